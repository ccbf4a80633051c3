import ReaderCore
import ReaderScreen
import ReaderUI
import Testing

/// Highlights, articles, search and the author filter on a small hand-built document:
/// highlights 1–2 in article 1, none in article 2, 3–4 in article 3; Ann Lee wrote 1 and 3.
@Suite struct NavigationTests {
  /// `[` at the top of article 1 has nothing above it and wraps to the last highlight.
  @Test func highlightCounterFollowsTheKeys() throws {
    let document = tinyDocument()
    let statuses = try ["", "]", "]]", "]]]", "]]]]", "]]]]]", "[", "]][["].map {
      try frame(document, 80, 12, keys: $0).row(11)
    }
    #expect(
      statuses == [
        " test.txt │ Article 1/3 │ Highlight –/4 │ 83%                            ? help",
        " test.txt │ Article 1/3 │ Highlight 1/4 │ 100%                           ? help",
        " test.txt │ Article 1/3 │ Highlight 2/4 │ 100%                           ? help",
        " test.txt │ Article 3/3 │ Highlight 3/4 │ 100%                           ? help",
        " test.txt │ Article 3/3 │ Highlight 4/4 │ 100%                           ? help",
        " test.txt │ Article 1/3 │ Highlight 1/4 │ 100%       wrapped to first highlight",
        " test.txt │ Article 3/3 │ Highlight 4/4 │ 100%        wrapped to last highlight",
        " test.txt │ Article 3/3 │ Highlight 4/4 │ 100%        wrapped to last highlight",
      ])
  }

  /// Another article opened by `}`, `{` or the list leaves the highlight behind: the counter
  /// no longer names it, and `]` goes on from the view.
  @Test func changingArticleLeavesTheCurrentHighlightBehind() throws {
    let statuses = try ["]}", "]}}", "]]]{{"].map {
      try frame(tinyDocument(), 80, 12, keys: $0).row(11)
    }
    #expect(
      statuses == [
        " test.txt │ Article 2/3 │ Highlight –/4 │ 100%                           ? help",
        " test.txt │ Article 3/3 │ Highlight –/4 │ 100%                           ? help",
        " test.txt │ Article 1/3 │ Highlight –/4 │ 83%                            ? help",
      ])
    #expect(try frame(tinyDocument(), 80, 12, keys: "]}}]").row(11).contains("Highlight 3/4"))
  }

  @Test func currentHighlightIsStyledApartFromTheOthers() throws {
    let screen = try frame(tinyDocument(), 80, 12, keys: "]]]")
    #expect(
      screen.styledText(marking: [.highlight, .currentHighlight]).split(separator: "\n")[3]
        == "  2 Second thoughts     │ ⟦cur:Bold start⟧ and a lantern and ⟦hl:bold end⟧.")
  }

  @Test func articleKeysStopAtTheEnds() throws {
    #expect(try frame(tinyDocument(), 80, 12, keys: "}").row(0).hasSuffix("│ 2. Second thoughts"))
    #expect(
      try frame(tinyDocument(), 80, 12, keys: "}}}").row(11).hasSuffix(
        "already at the last article"))
    #expect(
      try frame(tinyDocument(), 80, 12, keys: "{").row(11).hasSuffix("already at the first article")
    )
  }

  @Test func authorFilterKeepsKeysInsideTheAuthorsArticles() throws {
    let options = ReaderOptions(authorFilter: "Ann Lee", fileLabel: "test.txt")
    let first = try frame(tinyDocument(), 80, 12, options: options)
    #expect(first.row(0) == " By Ann Lee (2 of 3)    │ 1. First steps")
    #expect(first.row(1) == "▸ 1 First steps         │ by Ann Lee ·\u{00A0}2024-03-01")
    #expect(first.row(2) == "    Ann Lee   2024-03-01│")
    #expect(first.row(3) == "  3 Third time          │ Editor's note — ED")
    // `}` skips article 2, which Ann Lee did not write.
    #expect(
      try frame(tinyDocument(), 80, 12, keys: "}", options: options).row(0).hasSuffix(
        "│ 3. Third time"))
    let status = try frame(tinyDocument(), 80, 12, keys: "]]]", options: options).row(11)
    #expect(
      status == " test.txt │ Article 2/2 │ Highlight 3/4 (filtered) │ author: Ann Lee     ? help")
    // Search finds the word in article 2 only without the filter.
    #expect(
      try frame(tinyDocument(), 80, 12, keys: "/lantern<Enter>").row(0).hasSuffix(
        "│ 2. Second thoughts"))
    #expect(
      try frame(tinyDocument(), 80, 12, keys: "/lantern<Enter>", options: options).row(0)
        .hasSuffix("│ 3. Third time"))
  }

  @Test func authorPickerNarrowsAndApplies() throws {
    let picking = try frame(tinyDocument(), 80, 12, keys: "ab")
    #expect(picking.row(4).contains("│ Name: b▏"))
    #expect(picking.row(6).contains("│ Bo Chen (1)"))
    #expect(!picking.text().contains("Ann Lee (2)"))
    let applied = try frame(tinyDocument(), 80, 12, keys: "ab<Enter>")
    #expect(applied.row(0) == " By Bo Chen (1 of 3)    │ 2. Second thoughts")
    let cleared = try frame(tinyDocument(), 80, 12, keys: "ab<Enter>A")
    #expect(cleared.row(0) == " Articles (3)           │ 2. Second thoughts")
    #expect(cleared.row(11).hasSuffix("showing all articles"))
    let cancelled = try frame(tinyDocument(), 80, 12, keys: "a<Down><Esc>")
    #expect(cancelled.row(0) == " Articles (3)           │ 1. First steps")
    // Enter with no name listed keeps the picker and what was typed, and says why.
    let unmatched = try frame(tinyDocument(), 80, 12, keys: "axyz<Enter>")
    #expect(unmatched.row(4).contains("│ Name: xyz▏"))
    #expect(unmatched.row(11).contains("no author matches “xyz”"))
  }

  @Test func searchMarksMatchesAndWraps() throws {
    let typing = try frame(tinyDocument(), 80, 12, keys: "/lan")
    #expect(typing.row(11).hasPrefix(" /lan▏"))
    #expect(
      typing.styledText(marking: [.searchMatch]).split(separator: "\n")[3]
        == "▸ 2 Second thoughts     │ Nothing bold here, only a word to find: ⟦sm:lan⟧tern.")
    let second = try frame(tinyDocument(), 80, 12, keys: "/lantern<Enter>n")
    #expect(second.row(0).hasSuffix("│ 3. Third time"))
    #expect(
      second.styledText(marking: [.searchMatch, .highlight]).split(separator: "\n")[3]
        == "  2 Second thoughts     │ ⟦hl:Bold start⟧ and a ⟦sm:lantern⟧ and ⟦hl:bold end⟧.")
    let wrapped = try frame(tinyDocument(), 80, 12, keys: "/lantern<Enter>nn")
    #expect(wrapped.row(0).hasSuffix("│ 2. Second thoughts"))
    #expect(wrapped.row(11).hasSuffix("search wrapped to the top"))
    let back = try frame(tinyDocument(), 80, 12, keys: "/lantern<Enter>N")
    #expect(back.row(0).hasSuffix("│ 3. Third time"))
    #expect(back.row(11).hasSuffix("search wrapped to the bottom"))
    // Esc gives the position back and clears the marks.
    let cancelled = try frame(tinyDocument(), 80, 12, keys: "/lantern<Esc>")
    #expect(cancelled.row(0).hasSuffix("│ 1. First steps"))
    #expect(!cancelled.styledText().contains("⟦sm:"))
    let missing = try frame(tinyDocument(), 80, 12, keys: "/zebra")
    #expect(missing.row(11).hasSuffix("not found"))
  }

  @Test func resolveAuthorAcceptsSurnamesAndRefusesStrangers() {
    let document = tinyDocument()
    #expect(resolveAuthor("lee", in: document) == .success("Ann Lee"))
    #expect(resolveAuthor("BO CHEN", in: document) == .success("Bo Chen"))
    let failure = resolveAuthor("Smith", in: document)
    #expect(failure == .failure(.unknown(query: "Smith", known: ["Ann Lee", "Bo Chen"])))
    if case .failure(let error) = failure {
      #expect(error.description == "no author named \"Smith\"; known authors: Ann Lee, Bo Chen")
    }
  }
}

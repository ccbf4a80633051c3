import ReaderCore
import Testing

/// What the Markdown reader makes of each construct: only strong is a highlight, code is
/// literal, escapes are text, links keep their text.
@Suite struct MarkdownReaderTests {
  private static let head = "## A title\n\n*by Ann Lee*\n\n"

  private func body(_ markdown: String) throws -> Document {
    try load(Self.head + markdown, as: "t.md")
  }

  @Test func strongIsAHighlightAndEmphasisIsNot() throws {
    let document = try body("One __strong__ word, one *soft* word and **another**.\n")
    #expect(document.highlightTexts == ["strong", "another"])
    #expect(document.blockTexts.last == "One strong word, one soft word and another.")
  }

  @Test func codeAndEscapesAreLiteral() throws {
    let document = try body(
      "Code `**not**` and \\*\\*escaped\\*\\* here.\n\n```\n**fenced**\n```\n")
    #expect(document.highlightTexts == [])
    #expect(document.blockTexts.suffix(2) == ["Code **not** and **escaped** here.", "**fenced**"])
  }

  @Test func linksKeepTheirText() throws {
    let document = try body("See [the **map**](https://example.org/map) now.\n")
    #expect(document.blockTexts.last == "See the map now.")
    #expect(document.highlightTexts == ["map"])
  }

  /// A hard break is a line break the author asked for: the lines are kept as lines (one
  /// `.verse` block each), not re-wrapped as prose.
  @Test func hardBreaksSplitLines() throws {
    let document = try body("First line\\\nsecond line.\n")
    #expect(Array(document.blockTexts.suffix(2)) == ["First line", "second line."])
    #expect(document.blocks.suffix(2).allSatisfy { $0.kind == .verse })
  }

  @Test func listItemsAreBlocksWithMarkers() throws {
    let document = try body("1. one **bold**\n2. two\n\n- a\n  - nested\n")
    let items = document.blocks.filter { $0.kind == .listItem }.map { document.text(of: $0) }
    #expect(items == ["1. one bold", "2. two", "• a", "• nested"])
    #expect(document.blocks.filter { $0.kind == .listItem }.map(\.indent) == [0, 0, 0, 2])
  }

  @Test func aTopHeadingIsTheTitleAndOthersStartArticles() throws {
    let document = try load(
      "# The Book\n\n## One\n\nby Ann Lee\n\nText.\n\n## Two\n\n_By Bo Chen_\n\nMore.\n",
      as: "b.markdown")
    #expect(document.title == "The Book")
    #expect(document.articles.map(\.title) == ["One", "Two"])
    #expect(document.articles.map(\.authors) == [["Ann Lee"], ["Bo Chen"]])
  }

  @Test func boldCoveringAHeadingIsFormatting() throws {
    let document = try load("## **Bold heading**\n\nby Ann Lee\n\nA **real** one.\n", as: "h.md")
    #expect(document.highlightTexts == ["real"])
  }

  @Test func boldSpeakerLinesAndLabelsAreFormatting() throws {
    let document = try body(
      "Text.\n\n**Mayor Lena Brandt:**\n\n> It **will** sail.\n\n**Source**\n\n**Related**\n\n"
        + "[Other story](https://example.org/o) [1-2-2025]\n")
    #expect(document.highlightTexts == ["will"])
    #expect(document.quotes.map(\.speaker) == ["Lena Brandt"])
    #expect(document.articles[0].related.map(\.url) == ["https://example.org/o"])
  }

  @Test func pathologicalNestingAndDelimiterRunsAreRead() throws {
    let quotes = String(repeating: ">", count: 10_000) + " deep\n"
    let stars = String(repeating: "**a ", count: 20_000) + "\n"
    let brackets = String(repeating: "[", count: 20_000) + "\n"
    let document = try load(quotes + "\n" + stars + "\n" + brackets, as: "p.md")
    #expect(document.blockTexts.first == "deep")
    #expect(document.highlights.count == 0)
  }

  /// A heading whose words look like a dividing line is still a heading (`## ---`, as the
  /// Markdown export writes a piece titled so), not a line dividing pieces.
  @Test func aHeadingOfDashesIsAHeading() throws {
    let document = try load("## ---\n\n*by Ann Lee*\n\nThe text.\n", as: "d.md")
    #expect(document.articles.map(\.title) == ["---"])
  }
}

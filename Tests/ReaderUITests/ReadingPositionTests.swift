import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// `]` `[` `n` `N` go on from where the reader is, paging runs on across articles, and keys
/// that cannot move say why: on the sample (17 highlights, 5 of them in article 1) and on the
/// small document of `NavigationTests`.
@Suite struct ReadingPositionTests {
  private func status(_ keys: String, _ document: Document = .sample(), size: (Int, Int) = (80, 24))
    throws -> String
  {
    try frame(document, size.0, size.1, keys: keys, options: sampleOptions).row(size.1 - 1)
  }

  @Test func highlightKeysStartFromTheView() throws {
    // From the end of article 1, `]` goes to its last highlight (on the last screen), not to 1.
    let end = try frame(.sample(), 80, 24, keys: "G]", options: sampleOptions)
    #expect(
      end.styledText(marking: [.currentHighlight]).split(separator: "\n")[7...8] == [
        "  4 Timetables, tides a…│ and the timetable is built for ⟦cur:people who need to get⟧",
        "    Odile Fe… 2024-05-03│ ⟦cur:somewhere⟧: pupils, nurses on early shifts, shoppers",
      ])
    #expect(
      end.row(23)
        == " (sample) │ Article 1/5 │ Highlight 5/17 │ 100%                          ? help")
    // After the first highlight, scrolling it away: `]` goes on from the view.
    #expect(
      try status("]G]]")
        == " (sample) │ Article 2/5 │ Highlight 6/17 │ 31%                           ? help")
    #expect(
      try status("G[")
        == " (sample) │ Article 1/5 │ Highlight 4/17 │ 78%                           ? help")
    // At the top of article 1 nothing is above: `[` wraps to the last highlight, and says so.
    #expect(
      try status("[")
        == " (sample) │ Article 5/5 │ Highlight 17/17 │ 77%       wrapped to last highlight")
    // While the current highlight is on screen, the keys go on from it.
    #expect(
      try status("]]]")
        == " (sample) │ Article 1/5 │ Highlight 3/17 │ 66%                           ? help")
  }

  @Test func highlightKeysFromTheViewKeepToTheFilteredAuthor() throws {
    let options = ReaderOptions(authorFilter: "Ann Lee", fileLabel: "test.txt")
    let document = tinyDocument()
    let rows = try ["G]", "G]]]", "}[", "}G]"].map {
      try frame(document, 80, 12, keys: $0, options: options).row(11)
    }
    // From the end of article 1, `]` finds its first highlight (below the top line); `[` from
    // article 3's top goes back to article 1's last, passing over Bo Chen's article 2.
    #expect(
      rows == [
        " test.txt │ Article 1/2 │ Highlight 1/4 (filtered) │ author: Ann Lee     ? help",
        " test.txt │ Article 2/2 │ Highlight 3/4 (filtered) │ author: Ann Lee     ? help",
        " test.txt │ Article 1/2 │ Highlight 2/4 (filtered) │ author: Ann Lee     ? help",
        " test.txt │ Article 2/2 │ Highlight 3/4 (filtered) │ author: Ann Lee     ? help",
      ])
  }

  @Test func matchKeysStartFromTheView() throws {
    let document = tinyDocument()
    // The match jumped to is in article 2; from article 3's top, `N` goes back to it without
    // wrapping (from the match itself it would wrap to article 3's).
    let back = try frame(document, 80, 12, keys: "/lantern<Enter>}N")
    #expect(back.row(0) == " Articles (3)           │ 2. Second thoughts")
    #expect(
      back.row(11)
        == " test.txt │ Article 2/3 │ Highlight –/4 │ /lantern 1/2 │ 100%            ? help")
    // While the match is on screen, `n` goes on from it.
    let next = try frame(document, 80, 12, keys: "/lantern<Enter>n")
    #expect(next.row(0) == " Articles (3)           │ 3. Third time")
    // Back at article 1's top, `n` finds article 2's match again, not article 3's.
    let fromTop = try frame(document, 80, 12, keys: "/lantern<Enter>{n")
    #expect(fromTop.row(0) == " Articles (3)           │ 2. Second thoughts")
    #expect(
      fromTop.row(11)
        == " test.txt │ Article 2/3 │ Highlight –/4 │ /lantern 1/2 │ 100%            ? help")
  }

  @Test func pagingGoesOnIntoTheNextArticleAndBack() throws {
    let document = tinyDocument()
    let rows = try [
      "<Space>", "<Space><Space>", "<Space><Space>k", "jj", "jjj", "}}G<Space>", "}}Gj", "k", "b",
      "g", "G", "GG", "<Tab>k", "<Tab>jjj",
    ].map {
      let screen = try frame(document, 80, 12, keys: $0)
      return screen.row(0).dropFirst(26) + " ¦ " + screen.row(11).dropFirst(42)
    }
    // Article 1 is two lines longer than the pane: `jj` reaches its end, the next `j` (or the
    // second Space) opens article 2, and `k` at its top goes back to article 1's end.
    #expect(
      rows == [
        "1. First steps ¦ 100%                           ? help",
        "2. Second thoughts ¦ 100%                           ? help",
        "1. First steps ¦ 100%                           ? help",
        "1. First steps ¦ 100%                           ? help",
        "2. Second thoughts ¦ 100%                           ? help",
        "3. Third time ¦ 100%           end of the compilation",
        "3. Third time ¦ 100%           end of the compilation",
        "1. First steps ¦ 83%            top of the compilation",
        "1. First steps ¦ 83%            top of the compilation",
        "1. First steps ¦ 83%                top of the article",
        "1. First steps ¦ 100%                           ? help",
        "1. First steps ¦ 100%               end of the article",
        "1. First steps ¦ 83%                   top of the list",
        "1. First steps ¦ 83%                   end of the list",
      ])
  }

  @Test func halfPagesAndPagesWithControlKeys() throws {
    func text(_ keys: String) throws -> String {
      try frame(.sample(), 80, 24, keys: keys, options: sampleOptions).text()
    }
    #expect(try text("<C-d>") == text("jjjjjjjjjj"))
    #expect(try text("<C-d><C-u>") == text(""))
    #expect(try text("<C-f>") == text("<Space>"))
    #expect(try text("<C-f><C-b>") == text(""))
    #expect(try text("<C-d>") != text(""))
  }

  @Test func aNumberThenEnterOpensThatArticle() throws {
    let document = tinyDocument()
    let typing = try frame(document, 80, 12, keys: "3")
    #expect(
      typing.row(11)
        == " test.txt │ Article 1/3 │ Highlight –/4 │ 83%             open article 3▏ Enter")
    #expect(typing.row(0) == " Articles (3)           │ 1. First steps")
    #expect(
      try frame(document, 80, 12, keys: "3<Enter>").row(0)
        == " Articles (3)           │ 3. Third time")
    #expect(
      try frame(document, 80, 12, keys: "3<BS>2<Enter>").row(0)
        == " Articles (3)           │ 2. Second thoughts")
    #expect(
      try frame(document, 80, 12, keys: "3<Esc><Enter>").row(0)
        == " Articles (3)           │ 1. First steps")
    #expect(
      try frame(document, 80, 12, keys: "9<Enter>").row(11).hasSuffix(
        "83%                      no article 9"))
    let filtered = ReaderOptions(authorFilter: "Ann Lee", fileLabel: "test.txt")
    #expect(
      try frame(document, 80, 12, keys: "2<Enter>", options: filtered).row(11)
        == " test.txt │ Article 1/2 │ Highlight –/4 (filtered)  article 2 is not by Ann Lee")
    // From the list too, and the reading pane takes the focus.
    let fromList = try program(document, 80, 12, keys: "<Tab>3<Enter>")
    #expect(fromList.state.openArticle == 2)
    #expect(fromList.state.focus == .reading)
  }

  @Test func helpOpensWithHAndF1AndScrolls() throws {
    let help = try frame(.sample(), 80, 24, keys: "?", options: sampleOptions).text()
    #expect(try frame(.sample(), 80, 24, keys: "h", options: sampleOptions).text() == help)
    #expect(try frame(.sample(), 80, 24, keys: "<F1>", options: sampleOptions).text() == help)
    let small = try frame(.sample(), 80, 12, keys: "?", options: sampleOptions)
    #expect(
      small.row(10)
        == "    Kenji └─ ↓ more · j k PgDn PgUp g G · Esc closes ───────────────┘ anyone")
    let scrolled = try frame(.sample(), 80, 12, keys: "?G", options: sampleOptions)
    #expect(
      scrolled.row(1) == "▸ 1 The Sa│ R               reload the file changed on disk         │")
    #expect(
      scrolled.row(9)
        == "  5 What t│ Shift-drag      select text to copy (the terminal's)    │ Read them")
    #expect(
      try frame(.sample(), 80, 12, keys: "?Gg", options: sampleOptions).text() == small.text())
    #expect(
      try frame(.sample(), 80, 12, keys: "?<PgDn>", options: sampleOptions).row(1)
        == "▸ 1 The Sa│ g Home G End    go to the top / the end                 │")
  }

  /// `Ctrl-L` repaints in a prompt, a list, help and selection mode too, and leaves them as
  /// they were.
  @Test(arguments: ["/abc", "a", "H", "?", "v"])
  func controlLRedrawsInEveryMode(opening keys: String) throws {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: tinyDocument(), mouseEnabled: false)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 80, height: 24), to: &model, lines: lines)
    for key in try KeyString.parse(keys) { _ = Update.apply(.key(key), to: &model, lines: lines) }
    let before = model.state
    #expect(before.overlay != nil || before.search != nil || model.notes.mode != .none)
    #expect(Update.apply(.key(.control("l")), to: &model, lines: lines) == [.redraw])
    #expect(model.state == before)
  }

  /// `Ctrl-L` changes nothing in the state and asks the runtime for a full repaint.
  @Test func controlLAsksForARedraw() throws {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: tinyDocument(), mouseEnabled: false)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 80, height: 12), to: &model, lines: lines)
    let before = model.state
    #expect(Update.apply(.key(.control("l")), to: &model, lines: lines) == [.redraw])
    #expect(model.state == before)
    #expect(Update.apply(.key(.character("j")), to: &model, lines: lines) == [])
    var reader = try program(tinyDocument(), 80, 12)
    let first = reader.takeRedrawRequest()
    reader.handle(.key(.control("l")))
    let second = reader.takeRedrawRequest()
    let third = reader.takeRedrawRequest()
    #expect([first, second, third] == [false, true, false])
  }
}

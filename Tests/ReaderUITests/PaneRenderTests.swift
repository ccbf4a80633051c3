import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// Panes drawn from hand-made view models alone: no document, no state, no update.
@Suite struct PaneRenderTests {
  private func rows(_ screen: Screen) -> [String] {
    screen.text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func theArticleListDrawsItsEntriesInItsArea() {
    var screen = Screen(width: 24, height: 6)
    let pane = ArticleListPane(
      header: PaneHeader(title: "Articles (2)", isFocused: true),
      entries: [
        .init(
          lead: "▸ 1 ", title: fit("Alpha", width: 18), detail: fit("Ann · 2024", width: 17),
          indent: 4, isSelected: false),
        .init(
          lead: "  2 ", title: fit("A title too long to fit", width: 18),
          detail: fit("Bo", width: 17), indent: 4, isSelected: true),
      ], emptyText: nil)
    pane.render(in: Rect(x: 2, y: 1, width: 20, height: 5), on: &screen)
    #expect(
      rows(screen) == [
        "", "   Articles (2)", "  ▸ 1 Alpha", "      Ann · 2024", "    2 A title too long",
        "      Bo",
      ])
    #expect(screen[2, 1].role == .header)
    #expect(screen[2, 4].role == .selection && screen[21, 5].role == .selection)
    #expect(screen[2, 3].role != .selection)
    #expect(screen[0, 4].role == .text && screen[22, 4].role == .text)
  }

  @Test func theReadingPaneMarksOnlyTheCurrentHighlight() {
    var screen = Screen(width: 12, height: 3)
    var cells = fit("ab cd", width: 10)
    cells[0].role = .highlight
    cells[1].role = .highlight
    cells[3].role = .highlight
    let line = ReadingLine(
      cells: cells, tags: [4, 4, -1, 5, -1], block: 0, part: 0, row: 0, rows: 1)
    let pane = ReadingPane(
      header: PaneHeader(title: "1. T", isFocused: false),
      body: .lines([line], currentHighlight: 4), textLeft: 1, textWidth: 10)
    pane.render(in: Rect(x: 0, y: 0, width: 12, height: 3), on: &screen)
    #expect(rows(screen) == [" 1. T", " ab cd", ""])
    #expect(screen[0, 0].role == .muted)
    #expect(screen[1, 1].role == .currentHighlight && screen[2, 1].role == .currentHighlight)
    #expect(screen[4, 1].role == .highlight)
  }

  /// Items that do not fit whole are left out from the end; but where the two after the
  /// file's name (the article and the highlight counter) do not fit beside it, the name goes
  /// first, and then a hint on the right.
  @Test func theStatusLineDropsItemsThatDoNotFitWhole() {
    let items: [[StatusLine.Piece]] = [
      [(" file.txt", .status)], [("Article 1/9", .statusAccent)],
      [("Highlight 2/7", .statusAccent)], [("55%", .status)],
    ]
    func shown(width: Int, hint: Bool = true) -> String {
      var screen = Screen(width: width, height: 1)
      StatusLine(items: items, right: ("? help ", .status), rightIsHint: hint, firstIsName: true)
        .render(row: 0, on: &screen)
      return rows(screen)[0]
    }
    #expect(shown(width: 48) == " file.txt │ Article 1/9 │ Highlight 2/7  ? help")
    #expect(shown(width: 40) == " Article 1/9 │ Highlight 2/7     ? help")
    #expect(shown(width: 30) == " Article 1/9 │ Highlight 2/7")
    #expect(shown(width: 30, hint: false) == " Article 1/9           ? help")
    #expect(shown(width: 24) == " Article 1/9")
    var screen = Screen(width: 40, height: 1)
    StatusLine(items: items, right: ("? help ", .status), rightIsHint: true, firstIsName: true)
      .render(row: 0, on: &screen)
    #expect(screen[1, 0].role == .statusAccent)
  }

  /// A status line shaped through the frame's cache of pieces is the line shaped anew, a
  /// piece past ASCII, a cut name and a cache started over included.
  @Test func cachedPiecesDrawTheSameStatusLine() {
    let items: [[StatusLine.Piece]] = [
      [(" Übersicht.txt", .status)], [("Article 1/9", .statusAccent)],
      [("no highlights — * for suggested key sentences", .statusAccent)], [("55%", .status)],
    ]
    let cache = PieceCellCache()
    for width in [120, 60, 40, 30] {
      let line = StatusLine(
        items: items, right: ("? help ", .status), rightIsHint: true, firstIsName: true)
      var fresh = Screen(width: width, height: 1)
      line.render(row: 0, on: &fresh)
      var cached = Screen(width: width, height: 1)
      line.render(row: 0, on: &cached, shaping: cache.cells(of:role:))
      let same = fresh == cached
      #expect(same, "\(width): \(rows(fresh)[0]) / \(rows(cached)[0])")
    }
    for number in 0..<600 { _ = cache.cells(of: "\(number)%", role: .status) }
    #expect(cache.cells(of: "a — b", role: .status) == cells(of: "a — b", role: .status))
  }

  /// The status line names the file by its last path component, whatever the letters.
  @Test func theFileIsNamedByItsLastComponent() {
    #expect(StatusLine.fileName("/home/ann/übersicht/Frühling – 2.md") == "Frühling – 2.md")
    #expect(StatusLine.fileName("notes.txt") == "notes.txt")
    #expect(StatusLine.fileName("relative/dir/") == "relative/dir/")
    #expect(StatusLine.fileName("/") == "/")
    #expect(StatusLine.fileName("a/日本語.html") == "日本語.html")
  }
}

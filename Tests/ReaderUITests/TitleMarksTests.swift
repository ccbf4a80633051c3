import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// The title's first row is the reading pane's header: it is drawn as the pane draws a line,
/// with your highlights over it and the highlight jumped to in its own role.
@Suite struct TitleMarksTests {
  static let text = "A **bright** harbour title\n\nby Ann Lee.\n\nThe boats came in late.\n"

  func header(_ model: ReaderModel) -> String {
    let screen = FrameView.render(
      model, fileLabel: "t.txt", caches: ViewCaches(), width: 100, height: 20)
    let rows = screen.styledText(marking: [.ownHighlight, .currentHighlight, .highlight])
      .split(separator: "\n", omittingEmptySubsequences: false)
    return String(rows[0])
  }

  @Test func yourHighlightOnTheTitleIsDrawnInTheHeader() throws {
    let document = try parsed(Self.text)
    var model = ReaderModel(document: document, mouseEnabled: false)
    let lines = WrappedLineCache()
    _ = Update.start(&model, lines: lines)
    let title = document.articles[0].blocks.lowerBound
    model.notes.placed["mine"] = TextSpan(article: 0, block: title, range: 9..<16)
    #expect(header(model).contains("⟦hl:bright⟧ ⟦own+b:harbour⟧ title"))
  }

  @Test func theHighlightJumpedToIsCurrentInTheHeader() throws {
    var model = ReaderModel(document: try parsed(Self.text), mouseEnabled: false)
    let lines = WrappedLineCache()
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 20), to: &model, lines: lines)
    #expect(header(model).contains("A ⟦hl:bright⟧ harbour"))
    _ = Update.apply(.key(.character("]")), to: &model, lines: lines)
    #expect(model.state.currentHighlight == 0)
    #expect(header(model).contains("A ⟦cur:bright⟧ harbour"))
  }
}

/// The editor's bold stays visible under marks whose own look would hide it: a search match
/// over a highlight is drawn bold too, one over plain text is not.
@Suite struct StrongUnderMarksTests {
  @Test func aSearchMatchOverAHighlightStaysBold() throws {
    let text = "A harbour title\n\nby Ann Lee.\n\nThe **lantern was lit** and a lantern was not.\n"
    var model = ReaderModel(document: try parsed(text), mouseEnabled: false)
    let lines = WrappedLineCache()
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 20), to: &model, lines: lines)
    for key in "/lantern" { _ = Update.apply(.key(.character(key)), to: &model, lines: lines) }
    let screen = FrameView.render(
      model, fileLabel: "t.txt", caches: ViewCaches(), width: 100, height: 20)
    #expect(
      screen.styledText(marking: [.searchMatch, .highlight]).contains(
        "The ⟦sm+b:lantern⟧⟦hl: was lit⟧ and a ⟦sm:lantern⟧ was"))
  }

  @Test func theBoldBitIsKeptWhenACellsTextOrRoleChanges() {
    var cell = Cell("a", width: 1, role: .highlight)
    #expect(!cell.isStrong && cell.look == Int(Role.highlight.rawValue))
    cell.mark(.ownHighlight)
    #expect(cell.isStrong && cell.role == .ownHighlight)
    #expect(cell.look == 256 + Int(Role.ownHighlight.rawValue))
    cell.text = "b"
    #expect(cell.isStrong && cell.text == "b" && cell.role == .ownHighlight)
    var plain = Cell("a", width: 1, role: .text)
    plain.mark(.ownHighlight)
    #expect(!plain.isStrong)
    #expect(plain != cell)
  }
}

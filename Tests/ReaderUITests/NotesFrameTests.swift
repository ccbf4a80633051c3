import ReaderCore
import ReaderScreen
import ReaderStore
import Testing

@testable import ReaderUI

/// Selection and your highlights as drawn: exact text and roles of the rows they touch.
@Suite struct NotesFrameTests {
  let marked: Set<Role> = [.selection, .ownHighlight, .control, .statusAccent, .highlight]

  func frame(_ model: ReaderModel, _ lines: WrappedLineCache) -> [String] {
    let caches = ViewCaches()
    let screen = FrameView.render(
      model, fileLabel: "n.txt", caches: caches, width: 100, height: 30)
    return screen.styledText(marking: marked).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map(String.init)
  }

  func stored(_ exact: String) -> StoredAnnotation {
    StoredAnnotation(
      id: "a1",
      anchor: QuoteAnchor(
        article: 1, articleTitle: "First steps",
        quote: TextQuote(exact: exact, prefix: "", suffix: "")),
      author: nil, source: "n.txt", note: nil, created: "2026-12-01T10:00:00Z")
  }

  @Test func theSelectionIsDrawnInTheSelectionRoleAndTheStatusLineSaysWhatKeysDo() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("]vw", &model, lines)
    let rows = frame(model, lines)
    #expect(
      rows[6]
        == "    Ann Lee         2024-03-09│"
        + " The opening has ⟦sel+b:one bold phrase⟧⟦sel: in⟧ it.    │")
    #expect(
      rows[29]
        == "⟦sa: select⟧ │ j k move · w b ) ( $ extend · h keep · c note"
        + String(repeating: " ", count: 34) + "Esc cancel")
  }

  @Test func yourHighlightIsDrawnInItsOwnRoleOverTheEditors() {
    let lines = WrappedLineCache()
    var model = notesModel(lines, annotations: [stored("has one bold")])
    // Any key (one bound to nothing here) ends what a test before it selected.
    press("x", &model, lines)
    let rows = frame(model, lines)
    #expect(
      rows[6]
        == "    Ann Lee         2024-03-09│"
        + " The opening ⟦own:has ⟧⟦own+b:one bold⟧⟦hl: phrase⟧ in it.    │")
  }

  @Test func theKeptHighlightStaysSelectedUntilTheNextKey() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("]vh", &model, lines)
    var saved = stored("one bold phrase")
    saved.author = "Ann Lee"
    _ = Update.apply(.annotationSaved(saved), to: &model, lines: lines)
    let rows = frame(model, lines)
    #expect(
      rows[6] == "    Ann Lee         2024-03-09│"
        + " The opening has ⟦sel+b:one bold phrase⟧ in it.    │"
    )
    #expect(rows[29].hasSuffix("⟦sa:highlight kept ⟧"))
    press("x", &model, lines)
    #expect(
      frame(model, lines)[6]
        == "    Ann Lee         2024-03-09│"
        + " The opening has ⟦own+b:one bold phrase⟧ in it.    │")
  }

  @Test func aNoteIsShownWithItsControlsVisible() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("vc", &model, lines)
    _ = Update.apply(.paste("red \u{1B}[31m!"), to: &model, lines: lines)
    let rows = frame(model, lines)
    #expect(
      rows[29]
        == "⟦sa: note: ⟧red ⟦ctl:^[⟧[31m!⟦sa:▏⟧" + String(repeating: " ", count: 57)
        + "Enter save · Esc cancel")
  }
}

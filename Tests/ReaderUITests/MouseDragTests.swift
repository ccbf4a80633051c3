import ReaderCore
import ReaderScreen
import ReaderStore
import Testing

@testable import ReaderUI

/// A drag of button 1 on the reading pane selects whole words inside one paragraph, then
/// the keys of selection mode act on it. `tinyDocument()` at 100×30: the text column starts
/// at x 32; row 6 is "The opening has one bold phrase in it.", rows 8–9 the paragraph "A
/// second paragraph that is long enough to / wrap at narrow widths.".
@Suite struct MouseDragTests {
  let marked: Set<Role> = [.selection, .ownHighlight, .highlight]

  func frame(_ model: ReaderModel) -> [String] {
    let screen = FrameView.render(
      model, fileLabel: "n.txt", caches: ViewCaches(), width: 100, height: 30)
    return screen.styledText(marking: marked).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map(String.init)
  }

  /// Button 1 down at `from`, up at `to`; the commands of both.
  @discardableResult
  func drag(
    from: (x: Int, y: Int), to: (x: Int, y: Int), _ model: inout ReaderModel,
    _ lines: WrappedLineCache
  ) -> [Command] {
    Update.apply(.mouse(MouseEvent(action: .press, x: from.x, y: from.y)), to: &model, lines: lines)
      + Update.apply(
        .mouse(MouseEvent(action: .release, x: to.x, y: to.y)), to: &model, lines: lines)
  }

  func selected(_ model: ReaderModel) -> String? {
    guard case .selecting(let span) = model.notes.mode else { return nil }
    return ShownText(block: span.block, article: span.article, in: model.document)
      .string(span.range)
  }

  @Test func aDragWithinALineSelectsTheWordsItTouches() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    // From the "e" of "opening" to the "o" of "bold".
    drag(from: (38, 6), to: (53, 6), &model, lines)
    #expect(selected(model) == "opening has one bold")
    let rows = frame(model)
    #expect(
      rows[6]
        == "    Ann Lee         2024-03-09│"
        + " The ⟦sel:opening has ⟧⟦sel+b:one bold⟧⟦hl: phrase⟧ in it.    │")
    #expect(rows[29].hasPrefix(" select │ j k move · w b ) ( $ extend · h keep · c note"))
  }

  @Test func aDragAcrossLinesSelectsOnBoth() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    // From the "o" of "long" to the "a" of "narrow".
    drag(from: (60, 8), to: (41, 9), &model, lines)
    #expect(selected(model) == "long enough to wrap at narrow")
    let rows = frame(model)
    #expect(
      rows[8] == "                              │ A second paragraph that is ⟦sel:long enough to⟧ │"
    )
    #expect(
      rows[9] == "                              │ ⟦sel:wrap at narrow⟧ widths.                    │"
    )
  }

  @Test func aDragBackwardsSelectsTheSameWay() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    // From the "a" of "narrow" back to the "c" of "second".
    drag(from: (41, 9), to: (36, 8), &model, lines)
    #expect(selected(model) == "second paragraph that is long enough to wrap at narrow")
    let rows = frame(model)
    #expect(
      rows[8] == "                              │ A ⟦sel:second paragraph that is long enough to⟧ │"
    )
    #expect(
      rows[9] == "                              │ ⟦sel:wrap at narrow⟧ widths.                    │"
    )
  }

  @Test func aDragIntoTheNextParagraphStopsAtTheEndOfTheFirst() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    // From the "b" of "bold" down to "narrow".
    drag(from: (52, 6), to: (41, 9), &model, lines)
    #expect(selected(model) == "bold phrase in it.")
    let rows = frame(model)
    #expect(
      rows[6]
        == "    Ann Lee         2024-03-09│"
        + " The opening has ⟦hl:one ⟧⟦sel+b:bold phrase⟧⟦sel: in it.⟧    │")
    #expect(
      rows[9] == "                              │ wrap at narrow widths.                    │")
  }

  @Test func aDragIntoTheParagraphAboveStopsAtTheStartOfTheFirst() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    // From the "g" of "paragraph" up to "opening".
    drag(from: (43, 8), to: (38, 6), &model, lines)
    #expect(selected(model) == "A second paragraph")
    let rows = frame(model)
    #expect(
      rows[6] == "    Ann Lee         2024-03-09│"
        + " The opening has ⟦hl:one bold phrase⟧ in it.    │")
    #expect(
      rows[8] == "                              │ ⟦sel:A second paragraph⟧ that is long enough to │"
    )
  }

  @Test func aClickSelectsNothing() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    drag(from: (38, 6), to: (38, 6), &model, lines)
    #expect(model.notes.mode == .none)
    #expect(model.state.focus == .reading)
  }

  @Test func aDragFromOutsideTheTextSelectsNothing() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    // From the article list onto the text: a click on the list, not a selection.
    drag(from: (5, 9), to: (41, 9), &model, lines)
    #expect(model.notes.mode == .none)
  }

  @Test func hKeepsTheDraggedWords() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    drag(from: (38, 6), to: (53, 6), &model, lines)
    let commands = press("h", &model, lines)
    guard case .saveAnnotation(let annotation, _)? = commands.first, commands.count == 1 else {
      Issue.record("expected one save, got \(commands)")
      return
    }
    #expect(annotation.anchor.quote.exact == "opening has one bold")
    #expect(annotation.anchor.quote.prefix == "The ")
    #expect(model.notes.mode == .none)
  }

  @Test func escCancelsADraggedSelection() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    drag(from: (38, 6), to: (53, 6), &model, lines)
    #expect(Update.apply(.key(.escape), to: &model, lines: lines) == [])
    #expect(model.notes.mode == .none)
    #expect(model.state.message == "selection cancelled")
  }

  @Test func noDragWhileANoteIsBeingWritten() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("vc", &model, lines)
    drag(from: (38, 6), to: (53, 6), &model, lines)
    #expect(model.notes.isEditingNote)
  }

  @Test func aReleaseInAnotherArticleSelectsNothing() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    _ = Update.apply(.mouse(MouseEvent(action: .press, x: 38, y: 6)), to: &model, lines: lines)
    press("}", &model, lines)
    _ = Update.apply(.mouse(MouseEvent(action: .release, x: 53, y: 6)), to: &model, lines: lines)
    #expect(model.state.openArticle == 1)
    #expect(model.notes.mode == .none)
  }
}

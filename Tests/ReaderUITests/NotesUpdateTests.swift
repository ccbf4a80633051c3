import ReaderCore
import ReaderStore
import Testing

@testable import ReaderUI

private let identity = DocumentIdentity(fingerprint: Fingerprint(value: 7), path: "/n.txt")

/// `tinyDocument()` at 100×30 with the store open (or, `memory: false`, history off).
func notesModel(
  _ lines: WrappedLineCache, memory: Bool = true, annotations: [StoredAnnotation] = []
)
  -> ReaderModel
{
  var model = ReaderModel(document: tinyDocument())
  if memory { model.memory.status = .opening }
  _ = Update.start(&model, lines: lines)
  _ = Update.apply(.resize(width: 100, height: 30), to: &model, lines: lines)
  if memory {
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: identity, annotations: annotations)), to: &model,
      lines: lines)
  }
  return model
}

/// Applies each character of `keys` as a key; the commands of all of them.
@discardableResult
func press(_ keys: String, _ model: inout ReaderModel, _ lines: WrappedLineCache) -> [Command] {
  keys.flatMap { Update.apply(.key(.character($0)), to: &model, lines: lines) }
}

/// Your highlights and notes in the update: events in, commands out.
@Suite struct NotesUpdateTests {
  let document = tinyDocument()
  var title: Int { document.articles[0].blocks.lowerBound }
  /// "The opening has one bold phrase in it."
  var opening: Int { document.articles[0].blocks.lowerBound + 3 }

  func stored(_ id: String, _ exact: String, note: String? = nil, prefix: String = "")
    -> StoredAnnotation
  {
    StoredAnnotation(
      id: id,
      anchor: QuoteAnchor(
        article: 1, articleTitle: "First steps",
        quote: TextQuote(exact: exact, prefix: prefix, suffix: "")),
      author: "Ann Lee", source: document.source, note: note, created: "2026-12-01T10:00:00Z")
  }

  @Test func vSelectsTheFirstSentenceAtTheTopOfTheViewTheTitle() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    #expect(press("v", &model, lines) == [])
    #expect(model.notes.mode == .selecting(TextSpan(article: 0, block: title, range: 0..<11)))
  }

  @Test func vStartsAtTheEditorsHighlightJumpedTo() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("]v", &model, lines)
    #expect(model.notes.mode == .selecting(TextSpan(article: 0, block: opening, range: 16..<31)))
  }

  @Test func wordsAndSentencesExtendTheSelectionInsideItsParagraph() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("]vw", &model, lines)
    #expect(model.notes.mode == .selecting(TextSpan(article: 0, block: opening, range: 16..<34)))
    press("b", &model, lines)
    #expect(model.notes.mode == .selecting(TextSpan(article: 0, block: opening, range: 16..<31)))
    press("$", &model, lines)
    #expect(model.notes.mode == .selecting(TextSpan(article: 0, block: opening, range: 16..<38)))
  }

  @Test func escCancelsWithNothingSaved() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    #expect(press("vw", &model, lines) == [])
    #expect(Update.apply(.key(.escape), to: &model, lines: lines) == [])
    #expect(model.notes.mode == .none)
    #expect(model.state.message == "selection cancelled")
  }

  @Test func hKeepsThroughTheStoreAndConfirmsOnlyWhenItReportsSuccess() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    let commands = press("vh", &model, lines)
    var draft = stored("", "First steps")
    draft.created = ""
    draft.anchor.quote.suffix = ""
    #expect(commands == [.saveAnnotation(draft, of: identity)])
    #expect(model.state.overlay == nil)
    #expect(model.state.message == nil)
    #expect(model.notes.mode == .none)
    let saved = stored("a1", "First steps")
    _ = Update.apply(.annotationSaved(saved), to: &model, lines: lines)
    #expect(model.state.message == "highlight kept")
    let span = TextSpan(article: 0, block: title, range: 0..<11)
    #expect(model.notes.placed == ["a1": span])
    #expect(model.notes.selected == span)
    #expect(model.memory.annotations == [saved])
  }

  @Test func cRightAfterKeepingWritesANoteThatEnterSaves() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("vh", &model, lines)
    let saved = stored("a1", "First steps")
    _ = Update.apply(.annotationSaved(saved), to: &model, lines: lines)
    press("c", &model, lines)
    #expect(model.notes.mode == .editingNote(.highlight("a1"), text: ""))
    press("ok!", &model, lines)
    _ = Update.apply(.key(.backspace), to: &model, lines: lines)
    let commands = Update.apply(.key(.enter), to: &model, lines: lines)
    #expect(commands == [.saveAnnotation(stored("a1", "First steps", note: "ok"), of: identity)])
    #expect(model.state.message == nil)
    _ = Update.apply(
      .annotationSaved(stored("a1", "First steps", note: "ok")), to: &model, lines: lines)
    #expect(model.state.message == "note saved")
  }

  @Test func cInSelectionModeKeepsAndNotesInOneSave() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("vc", &model, lines)
    _ = Update.apply(.paste("as typed: \u{1B}[31m red"), to: &model, lines: lines)
    let commands = Update.apply(.key(.enter), to: &model, lines: lines)
    var draft = stored("", "First steps", note: "as typed: \u{1B}[31m red")
    draft.created = ""
    #expect(commands == [.saveAnnotation(draft, of: identity)])
  }

  /// A terminal sends a pasted line break as a carriage return; the note keeps a line feed,
  /// so that its lines are lines in the exports, not `^M`.
  @Test func linesPastedIntoANoteAreKeptAsLinesNotCarriageReturns() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("vc", &model, lines)
    _ = Update.apply(.paste("one\rtwo\r\rthree\r\nfour\n\tfive"), to: &model, lines: lines)
    let commands = Update.apply(.key(.enter), to: &model, lines: lines)
    var draft = stored("", "First steps", note: "one\ntwo\n\nthree\nfour\n\tfive")
    draft.created = ""
    #expect(commands == [.saveAnnotation(draft, of: identity)])
  }

  @Test func escInTheNoteEditorSavesNothing() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("vcabc", &model, lines)
    #expect(Update.apply(.key(.escape), to: &model, lines: lines) == [])
    #expect(model.notes.mode == .none)
    #expect(model.state.message == "note not saved")
  }

  @Test func dRemovesOneOfYoursOnlyAfterY() {
    let lines = WrappedLineCache()
    var model = notesModel(lines, annotations: [stored("a1", "First steps")])
    #expect(press("dn", &model, lines) == [])
    #expect(model.state.message == "highlight not removed")
    #expect(press("d", &model, lines) == [])
    #expect(model.notes.mode == .confirmingRemoval(id: "a1"))
    #expect(press("y", &model, lines) == [.removeAnnotation(id: "a1")])
    #expect(model.notes.placed.count == 1)
    _ = Update.apply(.annotationRemoved(id: "a1"), to: &model, lines: lines)
    #expect(model.state.message == "highlight removed")
    #expect(model.notes.placed.isEmpty && model.memory.annotations.isEmpty)
  }

  /// A read-only store fails every save of the place: the status line says so once, not
  /// after every key that rests.
  @Test func aFailedPlaceSaveIsSaidOnce() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    let warning = StoreWarning("memory read-only: saving your place failed")
    _ = Update.apply(.memoryWarning(warning), to: &model, lines: lines)
    #expect(model.state.message == warning.message)
    press("j", &model, lines)
    let said = model.state.message
    _ = Update.apply(.memoryWarning(warning), to: &model, lines: lines)
    #expect(model.state.message == said)
    #expect(model.state.message != warning.message)
  }

  @Test func aFailedSaveShowsTheWarningAndKeepsNothing() {
    let lines = WrappedLineCache()
    var model = notesModel(lines)
    press("vh", &model, lines)
    let warning = StoreWarning("memory read-only: saving your highlight failed")
    _ = Update.apply(.memoryWarning(warning), to: &model, lines: lines)
    #expect(model.state.message == warning.message)
    #expect(model.notes.placed.isEmpty && model.notes.pendingKeep == nil)
  }

  @Test func withHistoryOffHInSelectionModeSaysSoAndIsNotHelp() {
    let lines = WrappedLineCache()
    var model = notesModel(lines, memory: false)
    #expect(press("vh", &model, lines) == [])
    #expect(model.state.overlay == nil)
    #expect(model.state.message == "history is off: highlights are not kept")
  }

  @Test func withHistoryOffCSaysAtOnceThatNotesAreNotKept() {
    let lines = WrappedLineCache()
    var model = notesModel(lines, memory: false)
    #expect(press("c", &model, lines) == [])
    #expect(model.notes.mode == .none)
    #expect(model.state.message == "history is off: notes are not kept")
  }

  @Test func withHistoryOffCInSelectionModeSaysSoBeforeANoteIsTyped() {
    let lines = WrappedLineCache()
    var model = notesModel(lines, memory: false)
    #expect(press("vc", &model, lines) == [])
    #expect(model.state.message == "history is off: highlights are not kept")
    guard case .selecting = model.notes.mode else {
      Issue.record("the selection should stay: \(model.notes.mode)")
      return
    }
  }

  @Test func highlightsWhoseTextIsGoneAreListedAsOrphanedNotDropped() {
    let lines = WrappedLineCache()
    let gone = stored("g1", "words that are nowhere in it")
    let model = notesModel(lines, annotations: [stored("a1", "one bold phrase"), gone])
    #expect(model.notes.placed == ["a1": TextSpan(article: 0, block: opening, range: 16..<31)])
    #expect(model.notes.orphaned == ["g1"])
    #expect(model.memory.annotations.count == 2)
    #expect(
      model.state.message == "1 highlight of yours lost its text (reader highlights lists it)")
  }

  @Test func aHighlightIsFoundAgainAfterAnEditAboveItAndAnotherArticleFirst() {
    let anchor = AnnotationPlacement.anchor(
      of: TextSpan(article: 2, block: document.articles[2].blocks.lowerBound + 2, range: 17..<24),
      in: document)
    #expect(
      anchor.quote
        == TextQuote(exact: "lantern", prefix: "Bold start and a ", suffix: " and bold end."))
    var builder = DocumentBuilder()
    builder.article("A new first article", by: ["Eve Ro"])
    builder.paragraph(.plain("Added later, with a lantern of its own."))
    builder.article("Third time", by: ["Ann Lee"])
    builder.paragraph(.plain("An added paragraph."))
    builder.paragraph(
      .bold("Bold start"), .plain(" and a lantern and "), .bold("bold end"), .plain("."))
    let edited = builder.build()
    #expect(
      AnnotationPlacement.find(anchor, in: edited)
        == TextSpan(article: 1, block: edited.articles[1].blocks.lowerBound + 3, range: 17..<24))
  }

  @Test func inAParagraphTooLongToWrapWholeOnlyItsFirstPartIsRead() {
    var builder = DocumentBuilder()
    builder.article("Long", by: ["Ann Lee"])
    builder.paragraph(.plain(String(repeating: "Gulls cry. ", count: 20_000)))
    let long = builder.build()
    let block = long.articles[0].blocks.lowerBound + 2
    let text = ShownText(block: block, article: 0, in: long)
    #expect(text.length > 60_000 && text.length <= 66_000)
    let span = TextSpan(article: 0, block: block, range: 11..<21)
    let anchor = AnnotationPlacement.anchor(of: span, in: long)
    #expect(anchor.quote.exact == "Gulls cry.")
    #expect(AnnotationPlacement.find(anchor, in: long) == span)
  }
}

/// Selection mode keeps what it selects in view.
@Suite struct NotesScrollingTests {
  @Test func extendingToTheParagraphsEndScrollsItsEndIntoView() {
    var builder = DocumentBuilder()
    builder.article("Tall", by: ["Ann Lee"])
    builder.paragraph(
      .plain((1...40).map { "Sentence number \($0) is here." }.joined(separator: " ")))
    let document = builder.build()
    let lines = WrappedLineCache()
    var model = ReaderModel(document: document)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 40, height: 12), to: &model, lines: lines)
    press("jjv", &model, lines)
    #expect(model.state.anchor.row == 0)
    press("$", &model, lines)
    let view = Update(model, lines: lines).readingView(model.state)!
    let bottom = view.lines.line(at: view.top + view.height - 1)
    #expect(bottom.cells.map(\.text).joined().hasSuffix("Sentence number 40 is here."))
  }
}

/// Which of your highlights `c` and `d` act on when several overlap the place.
@Suite struct OverlappingHighlightTests {
  static func span(_ range: Range<Int>) -> TextSpan { TextSpan(article: 0, block: 3, range: range) }

  /// A highlight kept inside an older, longer one is the one `c` then gives a note to: the
  /// first by id was the older one.
  @Test func theHighlightOverExactlyTheSpanComesFirst() {
    var notes = NotesState()
    notes.placed = ["a-older": Self.span(0..<40), "b-newer": Self.span(10..<20)]
    #expect(notes.highlight(overlapping: Self.span(10..<20)) == "b-newer")
    #expect(notes.highlight(overlapping: Self.span(0..<40)) == "a-older")
  }

  @Test func elseTheOneSharingMostOfIt() {
    var notes = NotesState()
    notes.placed = [
      "a": Self.span(0..<12), "b": Self.span(8..<30),
      "c": TextSpan(article: 0, block: 4, range: 0..<99),
    ]
    #expect(notes.highlight(overlapping: Self.span(10..<25)) == "b")
    #expect(notes.highlight(overlapping: Self.span(0..<9)) == "a")
    #expect(notes.highlight(overlapping: Self.span(50..<60)) == nil)
  }
}

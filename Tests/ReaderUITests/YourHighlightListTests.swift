import ReaderCore
import ReaderScreen
import ReaderStore
import Testing

@testable import ReaderUI

/// The `H` list with your highlights beside the editor's: marked, with the note's first
/// words, `Enter` jumps to them, and those whose text is gone are listed last with their text.
@Suite struct YourHighlightListTests {
  func annotation(_ id: String, _ exact: String, note: String?) -> StoredAnnotation {
    StoredAnnotation(
      id: id,
      anchor: QuoteAnchor(
        article: 1, articleTitle: "First steps",
        quote: TextQuote(exact: exact, prefix: "", suffix: "")),
      author: nil, source: "n.txt", note: note, created: "2026-12-01T10:00:00Z")
  }

  func model(_ lines: WrappedLineCache) -> ReaderModel {
    notesModel(
      lines,
      annotations: [
        annotation("a1", "A second paragraph", note: "read this again before the trip tomorrow"),
        annotation("a2", "words no longer in the file", note: nil),
        annotation("a3", "a lantern", note: "light"),
      ])
  }

  func rows(_ model: ReaderModel) -> [String] {
    FrameView.render(model, fileLabel: "n.txt", caches: ViewCaches(), width: 80, height: 16)
      .styledText(marking: [.ownHighlight, .selection, .muted, .overlayTitle])
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// A highlight too long for its row is cut, not its note: the note's first words show.
  @Test func aLongHighlightLeavesRoomForItsNote() {
    let lines = WrappedLineCache()
    var model = notesModel(
      lines,
      annotations: [
        annotation(
          "a1", "A second paragraph that is long enough to wrap at narrow widths.",
          note: "check the figures")
      ])
    press("H", &model, lines)
    let text = FrameView.render(
      model, fileLabel: "n.txt", caches: ViewCaches(), width: 50, height: 16
    ).text()
    let row = text.split(separator: "\n").first { $0.contains("✎") }.map(String.init) ?? ""
    #expect(row.contains("A second paragraph"), "\(row)")
    #expect(row.contains("… — check the figures"), "\(row)")
  }

  @Test func yoursAreListedAmongTheEditorsMarkedWithTheirNotesAndTheLostOnesLast() {
    let lines = WrappedLineCache()
    var model = model(lines)
    press("H", &model, lines)
    #expect(
      FrameView.render(model, fileLabel: "n.txt", caches: ViewCaches(), width: 80, height: 16)
        .text().split(separator: "\n").map(String.init)[0...12] == [
          "┌─ Highlights (4, 3 yours) ────────────────────────────────────────────────────┐",
          "│ Find: ▏                                                                      │",
          "│ 1. First steps                                                               │",
          "│    The opening has one bold phrase in it.                                    │",
          "│  ✎ A second paragraph — read this again before the …                         │",
          "│    We will open the line soon.                                               │",
          "│ 3. Third time                                                                │",
          "│    Bold start and a lantern and bold end.                                    │",
          "│    Bold start and a lantern and bold end.                                    │",
          "│  ✎ a lantern — light                                                         │",
          "│ Yours whose text is gone                                                     │",
          "│  ✎ words no longer in the file                                               │",
          "│                                                                              │",
        ])
    press("j", &model, lines)
    #expect(
      rows(model)[4]
        == "⟦ot:│⟧⟦sel:  ✎ ⟧⟦sel+b:A second paragraph⟧⟦sel: — read this again before the …                         ⟧⟦ot:│⟧"
    )
  }

  @Test func enterJumpsToYoursAndOffersToRemoveOneWhoseTextIsGone() {
    let lines = WrappedLineCache()
    var model = model(lines)
    press("Hjjjjj", &model, lines)
    #expect(model.state.overlay == .highlights(query: "", selection: nil, yours: "a3"))
    _ = Update.apply(.key(.enter), to: &model, lines: lines)
    #expect(model.state.overlay == nil)
    #expect(model.state.openArticle == 2)
    press("H", &model, lines)
    _ = Update.apply(.key(.end), to: &model, lines: lines)
    #expect(model.state.overlay == .highlights(query: "", selection: nil, yours: "a2"))
    _ = Update.apply(.key(.enter), to: &model, lines: lines)
    #expect(model.state.overlay == .highlights(query: "", selection: nil, yours: "a2"))
    #expect(model.notes.mode == .confirmingRemoval(id: "a2"))
    #expect(rows(model)[15].contains("its text is gone: remove it and its note?"))
    // Any other key keeps it, and the list goes on answering.
    #expect(Update.apply(.key(.character("n")), to: &model, lines: lines).isEmpty)
    #expect(model.state.message == "highlight not removed")
    press("k", &model, lines)
    #expect(model.state.overlay == .highlights(query: "", selection: nil, yours: "a3"))
  }

  /// While the file is still being read, one not found yet is not gone: `Enter` says so.
  @Test func enterOnOneNotFoundYetSaysSo() {
    let lines = WrappedLineCache()
    var model = model(lines)
    model.notes.orphaned = []
    press("H", &model, lines)
    _ = Update.apply(.key(.end), to: &model, lines: lines)
    #expect(model.state.overlay == .highlights(query: "", selection: nil, yours: "a2"))
    _ = Update.apply(.key(.enter), to: &model, lines: lines)
    #expect(model.notes.mode == .none)
    #expect(model.state.message == "not found yet: the file is still being read")
  }

  /// `y` removes it; once the store says so, the list selects its neighbour, and closes when
  /// nothing is left.
  @Test func yRemovesOneWhoseTextIsGoneAndTheListMovesOn() {
    let lines = WrappedLineCache()
    var model = model(lines)
    press("H", &model, lines)
    _ = Update.apply(.key(.end), to: &model, lines: lines)
    _ = Update.apply(.key(.enter), to: &model, lines: lines)
    let commands = Update.apply(.key(.character("y")), to: &model, lines: lines)
    #expect(commands == [.removeAnnotation(id: "a2")])
    _ = Update.apply(.annotationRemoved(id: "a2"), to: &model, lines: lines)
    #expect(model.notes.orphaned.isEmpty)
    #expect(model.state.overlay == .highlights(query: "", selection: nil, yours: "a3"))
    #expect(!rows(model).joined().contains("Yours whose text is gone"))

    var alone = notesModel(
      lines, annotations: [annotation("g1", "words that are nowhere in it", note: nil)])
    press("H", &alone, lines)
    _ = Update.apply(.key(.end), to: &alone, lines: lines)
    #expect(alone.state.overlay == .highlights(query: "", selection: nil, yours: "g1"))
    _ = Update.apply(.key(.enter), to: &alone, lines: lines)
    _ = Update.apply(.key(.character("y")), to: &alone, lines: lines)
    _ = Update.apply(.annotationRemoved(id: "g1"), to: &alone, lines: lines)
    // The editor's highlights are still listed: the last of them is selected.
    guard case .highlights(_, let selection?, nil) = alone.state.overlay else {
      Issue.record("no editor's highlight selected: \(String(describing: alone.state.overlay))")
      return
    }
    #expect(alone.document.highlights.indices.contains(selection))
    #expect(alone.state.message == "highlight removed")
  }

  /// Under an author filter the title counts the highlights of yours it lists, not every one
  /// in the file, and one whose text is gone stays with its article's author.
  @Test func anAuthorFilterCountsAndListsOnlyThatAuthorsHighlightsOfYours() {
    let lines = WrappedLineCache()
    var second = annotation("a4", "only a word to find", note: nil)
    second.anchor.article = 2
    second.anchor.articleTitle = "Second thoughts"
    var model = notesModel(
      lines,
      annotations: [
        annotation("a1", "A second paragraph", note: nil), second,
        annotation("a2", "words no longer in the file", note: nil),
      ])
    model.state.authorFilter = "Ann Lee"
    press("H", &model, lines)
    let annLee = FrameView.render(
      model, fileLabel: "n.txt", caches: ViewCaches(), width: 80, height: 16
    ).text()
    #expect(annLee.hasPrefix("┌─ Highlights by Ann Lee (4, 2 yours) "), "\(annLee)")
    #expect(annLee.contains("words no longer in the file"))
    #expect(!annLee.contains("only a word to find"))
    _ = Update.apply(.key(.escape), to: &model, lines: lines)
    model.state.authorFilter = "Bo Chen"
    press("H", &model, lines)
    let boChen = FrameView.render(
      model, fileLabel: "n.txt", caches: ViewCaches(), width: 80, height: 16
    ).text()
    #expect(boChen.hasPrefix("┌─ Highlights by Bo Chen (0, 1 yours) "), "\(boChen)")
    #expect(boChen.contains("only a word to find"))
    #expect(!boChen.contains("words no longer in the file"))
  }

  @Test func typingNarrowsYoursByTextAndNote() {
    let lines = WrappedLineCache()
    var model = model(lines)
    press("Htrip", &model, lines)
    #expect(model.state.overlay == .highlights(query: "trip", selection: nil, yours: "a1"))
    press("<", &model, lines)
    #expect(model.state.overlay == .highlights(query: "trip<", selection: nil, yours: nil))
  }
}

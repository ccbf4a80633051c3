import Foundation
import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderStore
@testable import ReaderUI

/// Your highlights through the runtime and a real store in a private folder: commands in,
/// events out, and what a second session finds.
@Suite struct NotesStoreTests {
  func withSettings(_ body: (MemorySettings) throws -> Void) rethrows {
    let folder = NSTemporaryDirectory() + "reader-notes-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(
      MemorySettings(location: StoreLocation(directory: folder + "/reader"), path: "/books/n.txt"))
  }

  /// Opens the store the way the loop does, after the first frame.
  func opened(_ settings: MemorySettings) -> (Runtime, MemoryOpening) {
    let runtime = Runtime(memory: settings)
    runtime.perform([.openMemory])
    guard case .memoryOpened(let opening) = runtime.idleWork(document: tinyDocument()).first
    else {
      Issue.record("the store did not open")
      return (runtime, MemoryOpening(identity: nil))
    }
    return (runtime, opening)
  }

  @Test func aSavedHighlightGetsAnIdAndDateAndComesBackWithItsNoteAsTyped() throws {
    try withSettings { settings in
      let (runtime, opening) = opened(settings)
      let identity = try #require(opening.identity)
      let draft = StoredAnnotation(
        id: "",
        anchor: QuoteAnchor(
          article: 1, articleTitle: "First steps",
          quote: TextQuote(exact: "First steps", prefix: "", suffix: "")),
        author: "Ann Lee", source: "n.txt", note: "bell \u{7} and \u{1B}]52;x\u{7}",
        created: "")
      runtime.perform([.saveAnnotation(draft, of: identity)])
      #expect(runtime.wakeInterval == 0)
      let events = runtime.pendingEvents()
      guard case .annotationSaved(let saved) = try #require(events.first) else {
        Issue.record("expected a confirmation, got \(events)")
        return
      }
      #expect(events.count == 1)
      #expect(saved.id.utf8.count == 16 && saved.created.hasSuffix("Z"))
      #expect(saved.note == draft.note)
      let (_, again) = opened(settings)
      #expect(again.annotations == [saved])
      runtime.perform([.removeAnnotation(id: saved.id)])
      #expect(runtime.pendingEvents() == [.annotationRemoved(id: saved.id)])
      #expect(opened(settings).1.annotations == [])
    }
  }

  @Test func aStoreLockedByAnotherReaderGivesAWarningNotAConfirmation() throws {
    try withSettings { settings in
      let (runtime, opening) = opened(settings)
      let identity = try #require(opening.identity)
      let other = try SQLiteDatabase(path: try #require(settings.location).path)
      try other.execute("BEGIN IMMEDIATE")
      defer { try? other.execute("COMMIT") }
      let draft = StoredAnnotation(
        id: "",
        anchor: QuoteAnchor(
          article: 1, articleTitle: "", quote: TextQuote(exact: "x", prefix: "", suffix: "")),
        author: nil, source: "", note: nil, created: "")
      runtime.perform([.saveAnnotation(draft, of: identity)])
      #expect(
        runtime.pendingEvents() == [
          .memoryWarning(
            StoreWarning(
              "memory busy: saving your highlight waits for another reader (database is locked)"))
        ])
    }
  }

  /// The warning says the highlight waits for the other reader, and it does: it was dropped,
  /// so a highlight kept while a backup or a `sqlite3` shell held the database was lost.
  @Test func aHighlightALockedStoreRefusedIsKeptOnceTheLockIsLetGo() throws {
    try withSettings { settings in
      let runtime = Runtime(memory: settings, retryInterval: 0)
      runtime.perform([.openMemory])
      guard case .memoryOpened(let opening) = runtime.idleWork(document: tinyDocument()).first,
        let identity = opening.identity
      else {
        Issue.record("the store did not open")
        return
      }
      let other = try SQLiteDatabase(path: try #require(settings.location).path)
      try other.execute("BEGIN IMMEDIATE")
      let draft = StoredAnnotation(
        id: "",
        anchor: QuoteAnchor(
          article: 1, articleTitle: "", quote: TextQuote(exact: "x", prefix: "", suffix: "")),
        author: nil, source: "", note: "mine", created: "")
      runtime.perform([.saveAnnotation(draft, of: identity)])
      guard case .memoryWarning(let warning) = try #require(runtime.pendingEvents().first) else {
        Issue.record("expected a warning")
        return
      }
      #expect(warning.isBusy)
      #expect(runtime.wakeInterval == 0)
      #expect(runtime.idleWork(document: tinyDocument()).isEmpty)
      #expect(runtime.pendingEvents().isEmpty)
      try other.execute("COMMIT")
      _ = runtime.idleWork(document: tinyDocument())
      let events = runtime.pendingEvents()
      guard events.count == 1, case .annotationSaved(let saved) = events[0] else {
        Issue.record("expected the highlight kept, got \(events)")
        return
      }
      #expect(saved.note == "mine")
      #expect(opened(settings).1.annotations == [saved])
    }
  }

  @Test func withoutAStoreASaveIsAWarningNotAConfirmation() {
    let runtime = Runtime(memory: nil)
    let identity = DocumentIdentity(fingerprint: Fingerprint(value: 1), path: nil)
    let draft = StoredAnnotation(
      id: "",
      anchor: QuoteAnchor(
        article: 1, articleTitle: "", quote: TextQuote(exact: "x", prefix: "", suffix: "")),
      author: nil, source: "", note: nil, created: "")
    runtime.perform([.saveAnnotation(draft, of: identity)])
    #expect(
      runtime.pendingEvents() == [.memoryWarning(StoreWarning("memory off: highlight not saved"))])
  }

  /// The whole loop: select, keep, note, quit; the next session draws it in its own role.
  @Test func aKeptHighlightWithANoteIsDrawnInTheNextSession() throws {
    try withSettings { settings in
      var options = ReaderOptions(fileLabel: "n.txt")
      options.memory = settings
      var first = ReaderProgram(document: tinyDocument(), options: options)
      first.handle(.resize(width: 100, height: 30))
      first.settle()
      for key in try KeyString.parse("]vwh") { first.handle(.key(key)) }
      first.handle(.tick)
      #expect(first.render(width: 100, height: 30).row(29).hasSuffix("highlight kept"))
      for key in try KeyString.parse("cslow<Enter>") { first.handle(.key(key)) }
      first.handle(.tick)
      #expect(first.render(width: 100, height: 30).row(29).hasSuffix("note saved"))
      first.handle(.key(.character("q")))
      var second = ReaderProgram(document: tinyDocument(), options: options)
      second.handle(.resize(width: 100, height: 30))
      second.settle()
      let screen = second.render(width: 100, height: 30)
      #expect(
        screen.styledText(marking: [.ownHighlight]).split(separator: "\n")[6]
          == "    Ann Lee         2024-03-09│"
          + " The opening has ⟦own+b:one bold phrase⟧⟦own: in⟧ it.    │")
      #expect(second.model.memory.annotations.map(\.note) == ["slow"])
    }
  }
}

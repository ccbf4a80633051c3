import Foundation
import ReaderCore
import ReaderStore
import Testing

@testable import ReaderUI

private let identity = DocumentIdentity(fingerprint: Fingerprint(value: 42), path: "/t.txt")

/// A model of `document` whose memory the runtime is about to open, started at 100×30.
private func openingModel(_ document: Document, lines: WrappedLineCache) -> ReaderModel {
  var model = ReaderModel(document: document)
  model.memory.status = .opening
  _ = Update.apply(.resize(width: 100, height: 30), to: &model, lines: lines)
  return model
}

/// Position memory in the update: events in, commands out.
@Suite struct MemoryUpdateTests {
  let document = tinyDocument()

  /// The stored position of the top of article `article`'s block `offset` in `document`.
  func position(article: Int, offset: Int) -> StoredPosition {
    let block = document.articles[article].blocks.lowerBound + offset
    return StoredPosition(
      anchor: QuoteAnchor(document: document, article: article, block: block), row: 0, rows: 1)
  }

  @Test func startingAsksToOpenMemoryOnlyWhenItIsOn() {
    let lines = WrappedLineCache()
    var model = openingModel(document, lines: lines)
    #expect(Update.start(&model, lines: lines) == [.openMemory])
    var off = ReaderModel(document: document)
    #expect(Update.start(&off, lines: lines) == [])
  }

  /// A notice from the start (a locale without UTF-8) is not replaced by the restore's.
  @Test func aNoticeAtStartIsKeptBesideTheRestore() {
    let lines = WrappedLineCache()
    var model = openingModel(document, lines: lines)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.notice("the locale is not UTF-8"), to: &model, lines: lines)
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: identity, position: position(article: 2, offset: 2))),
      to: &model, lines: lines)
    #expect(model.state.message == "the locale is not UTF-8 · back where you left off")
  }

  /// A damaged store turns memory off, and the status line says where what can still be read
  /// of it is listed.
  @Test func aDamagedStoreSaysWhereItsHighlightsCanStillBeRead() {
    let lines = WrappedLineCache()
    var model = openingModel(document, lines: lines)
    _ = Update.start(&model, lines: lines)
    let damaged = StoreWarning("memory off: the database is damaged (disk image is malformed)")
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: nil, warning: damaged)), to: &model, lines: lines)
    #expect(
      model.state.message
        == damaged.message + "; reader highlights lists what it can still read")
    var locked = openingModel(document, lines: lines)
    _ = Update.start(&locked, lines: lines)
    let busy = StoreWarning("memory off: cannot open /x (locked)")
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: nil, warning: busy)), to: &locked, lines: lines)
    #expect(locked.state.message == busy.message)
  }

  @Test func aRememberedPositionIsRestoredAndSaidSo() {
    let lines = WrappedLineCache()
    var model = openingModel(document, lines: lines)
    _ = Update.start(&model, lines: lines)
    let stored = position(article: 2, offset: 2)
    let commands = Update.apply(
      .memoryOpened(MemoryOpening(identity: identity, position: stored)), to: &model, lines: lines)
    #expect(commands == [])
    #expect(model.state.openArticle == 2)
    #expect(
      model.state.anchor
        == ReadingAnchor(block: document.articles[2].blocks.lowerBound + 2, row: 0, rows: 1))
    #expect(model.state.message == "back where you left off")
    #expect(model.memory.status == .open(identity))
  }

  @Test func quittingSavesTheNewPlaceAndNotAnUnchangedOne() {
    let lines = WrappedLineCache()
    var model = openingModel(document, lines: lines)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.memoryOpened(MemoryOpening(identity: identity)), to: &model, lines: lines)
    let moved = Update.apply(.key(.character("}")), to: &model, lines: lines)
    let expected = position(article: 1, offset: 0)
    #expect(
      moved == [
        .savePosition(StoredPosition(anchor: expected.anchor, row: 0, rows: 0), of: identity)
      ])
    #expect(Update.apply(.key(.character("q")), to: &model, lines: lines) == [])
  }

  @Test func withoutAStoreTheWarningShowsAndNothingIsSaved() {
    let lines = WrappedLineCache()
    var model = openingModel(document, lines: lines)
    _ = Update.start(&model, lines: lines)
    let warning = StoreWarning("memory off: cannot create /x: Permission denied")
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: nil, warning: warning)), to: &model, lines: lines)
    #expect(model.state.message == warning.message)
    #expect(model.memory.status == .unavailable)
    #expect(Update.apply(.key(.character("}")), to: &model, lines: lines) == [])
    #expect(Update.apply(.key(.character("q")), to: &model, lines: lines) == [])
  }

  @Test func aRestoreAfterTheReaderMovedIsDropped() {
    let lines = WrappedLineCache()
    var model = openingModel(document, lines: lines)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.key(.character("}")), to: &model, lines: lines)
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: identity, position: position(article: 2, offset: 2))),
      to: &model, lines: lines)
    #expect(model.state.openArticle == 1)
    #expect(model.state.message == nil)
  }

  @Test func aPositionWhoseTextIsGoneSaysSo() {
    let lines = WrappedLineCache()
    var model = openingModel(document, lines: lines)
    _ = Update.start(&model, lines: lines)
    let gone = StoredPosition(
      anchor: QuoteAnchor(
        article: 2, articleTitle: "Third time",
        quote: TextQuote(exact: "words that are nowhere", prefix: "", suffix: "")),
      row: 0, rows: 0)
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: identity, position: gone)), to: &model, lines: lines)
    #expect(model.state.openArticle == 0)
    #expect(model.state.message == "could not find where you left off")
  }

  @Test func quoteQuoteGoesBackBeforeTheLastJumpAndForthAgain() {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: document)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 30), to: &model, lines: lines)
    _ = Update.apply(.key(.character("j")), to: &model, lines: lines)
    let start = Update.place(model.state)
    _ = Update.apply(.key(.character("}")), to: &model, lines: lines)
    _ = Update.apply(.key(.character("}")), to: &model, lines: lines)
    let end = Update.place(model.state)
    #expect(end.article == 2)
    _ = Update.apply(.key(.character("'")), to: &model, lines: lines)
    _ = Update.apply(.key(.character("'")), to: &model, lines: lines)
    #expect(Update.place(model.state).article == 1)
    _ = Update.apply(.key(.character("'")), to: &model, lines: lines)
    _ = Update.apply(.key(.character("'")), to: &model, lines: lines)
    #expect(Update.place(model.state) == end)
    _ = Update.apply(.key(.character("g")), to: &model, lines: lines)
    _ = Update.apply(.key(.character("{")), to: &model, lines: lines)
    _ = Update.apply(.key(.character("{")), to: &model, lines: lines)
    #expect(Update.place(model.state).article == 0)
    #expect(Update.place(model.state) != start)
  }

  @Test func quoteQuoteWithNoEarlierPlaceSaysSo() {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: document)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.key(.character("'")), to: &model, lines: lines)
    _ = Update.apply(.key(.character("'")), to: &model, lines: lines)
    #expect(model.state.message == "no earlier place to return to")
  }
}

/// The whole loop with a real store in a private folder: read, quit, open again.
@Suite struct MemoryProgramTests {
  func withStore(_ body: (MemorySettings) throws -> Void) rethrows {
    let folder = NSTemporaryDirectory() + "reader-memory-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(
      MemorySettings(location: StoreLocation(directory: folder + "/reader"), path: "/books/t.txt"))
  }

  func session(_ settings: MemorySettings, keys: String) throws -> ReaderProgram {
    var options = ReaderOptions(fileLabel: "t.txt")
    options.memory = settings
    var program = ReaderProgram(document: tinyDocument(), options: options)
    program.handle(.resize(width: 100, height: 30))
    // The first frame comes before the store is opened.
    #expect(program.model.memory.status == .opening)
    program.settle()
    for key in try KeyString.parse(keys) { program.handle(.key(key)) }
    return program
  }

  @Test func reopeningPutsTheReaderBackWhereTheyLeftOff() throws {
    try withStore { settings in
      let first = try session(settings, keys: "}}jq")
      #expect(first.isFinished)
      let second = try session(settings, keys: "")
      #expect(second.state.openArticle == 2)
      #expect(second.state.anchor == first.state.anchor)
      let frame = second.render(width: 100, height: 30)
      #expect(frame.row(29).hasSuffix("back where you left off"))
    }
  }

  @Test func theSameTextUnderAnotherPathIsFoundByItsFingerprint() throws {
    try withStore { settings in
      _ = try session(settings, keys: "}q")
      var moved = settings
      moved.path = "/elsewhere/renamed.txt"
      #expect(try session(moved, keys: "").state.openArticle == 1)
    }
  }

  @Test func aStoreThatCannotBeMadeIsAWarningAndReadingGoesOn() throws {
    let blocker = NSTemporaryDirectory() + "reader-blocker-" + UUID().uuidString
    _ = FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
    defer { try? FileManager.default.removeItem(atPath: blocker) }
    let settings = MemorySettings(
      location: StoreLocation(directory: blocker + "/reader"), path: nil)
    let program = try session(settings, keys: "}")
    #expect(program.state.openArticle == 1)
    #expect(program.model.memory.status == .unavailable)
  }
}

import ReaderCore
import ReaderStore
import TestSupport
import Testing

@testable import ReaderUI

/// The place is saved while reading, not only on quitting: the update asks for a save once
/// the view rests, the runtime writes the latest such request in the quiet after it.
@Suite struct RestingSaveTests {
  /// Two articles, the first far longer than a screen, so `j` scrolls within it.
  static func longDocument() -> Document {
    var builder = DocumentBuilder()
    builder.article("A long walk", by: ["Ann Lee"])
    for number in 1...40 {
      builder.paragraph(.plain("Paragraph \(number) of the long walk, one line of it."))
    }
    builder.article("A short rest", by: ["Bo Chen"])
    builder.paragraph(.plain("Only this."))
    return builder.build()
  }

  let identity = DocumentIdentity(fingerprint: Fingerprint(value: 7), path: "/r.txt")

  func openModel(_ lines: WrappedLineCache) -> ReaderModel {
    var model = ReaderModel(document: Self.longDocument())
    model.memory.status = .opening
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 30), to: &model, lines: lines)
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: identity)), to: &model, lines: lines)
    return model
  }

  @Test func scrollingAsksForARestingSaveOfEachNewPlaceAndNothingElse() throws {
    let lines = WrappedLineCache()
    var model = openModel(lines)
    // The first event after the store opened saves the starting place once the view rests.
    let start = try #require(Update.storedPosition(model))
    #expect(
      Update.apply(.tick, to: &model, lines: lines) == [.savePositionAtRest(start, of: identity)])
    #expect(Update.apply(.tick, to: &model, lines: lines) == [])
    let scrolled = Update.apply(.key(.character("j")), to: &model, lines: lines)
    let place = try #require(Update.storedPosition(model))
    #expect(place != start)
    #expect(scrolled == [.savePositionAtRest(place, of: identity)])
    // A key that moves nothing asks for nothing.
    #expect(Update.apply(.key(.character("x")), to: &model, lines: lines) == [])
  }

  @Test func quittingSavesAtOnceEvenWhenARestingSaveOfThePlaceWaits() throws {
    let lines = WrappedLineCache()
    var model = openModel(lines)
    _ = Update.apply(.key(.character("j")), to: &model, lines: lines)
    let place = try #require(Update.storedPosition(model))
    #expect(
      Update.apply(.key(.character("q")), to: &model, lines: lines)
        == [.savePosition(place, of: identity)])
  }

  @Test func aChangeOfArticleSavesAtOnce() throws {
    let lines = WrappedLineCache()
    var model = openModel(lines)
    let commands = Update.apply(.key(.character("}")), to: &model, lines: lines)
    let place = try #require(Update.storedPosition(model))
    #expect(commands == [.savePosition(place, of: identity)])
  }

  @Test func historyOffAsksForNoSaves() {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: tinyDocument())
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 30), to: &model, lines: lines)
    #expect(Update.apply(.key(.character("j")), to: &model, lines: lines) == [])
    #expect(Update.apply(.key(.character("}")), to: &model, lines: lines) == [])
  }

  // MARK: The runtime, with a real store

  func position(_ model: ReaderModel, block offset: Int) -> StoredPosition {
    let document = model.document
    let block = document.articles[0].blocks.lowerBound + offset
    return StoredPosition(
      anchor: QuoteAnchor(document: document, article: 0, block: block), row: 0, rows: 1)
  }

  func storedPosition(_ settings: MemorySettings, _ identity: DocumentIdentity) throws
    -> StoredPosition?
  {
    let store = try ReadingStore.open(at: try #require(settings.location))
    return try store.position(of: identity)
  }

  func opened(_ runtime: Runtime) throws -> DocumentIdentity {
    runtime.perform([.openMemory])
    guard case .memoryOpened(let opening) = runtime.idleWork(document: tinyDocument()).first
    else { throw StoreWarning("the store did not open") }
    return try #require(opening.identity)
  }

  @Test func theRuntimeWritesTheLatestRestingSaveInTheQuietAfterIt() throws {
    let folder = try TemporaryFolder("resting")
    let settings = MemorySettings(
      location: StoreLocation(directory: folder.file("reader")), path: "/books/r.txt")
    let runtime = Runtime(memory: settings, restInterval: 0)
    let identity = try opened(runtime)
    let model = ReaderModel(document: tinyDocument())
    let first = position(model, block: 1)
    let latest = position(model, block: 2)
    runtime.perform([.savePositionAtRest(first, of: identity)])
    runtime.perform([.savePositionAtRest(latest, of: identity)])
    #expect(runtime.wakeInterval == 0)
    #expect(try storedPosition(settings, identity) == nil)
    #expect(runtime.idleWork(document: model.document) == [])
    #expect(try storedPosition(settings, identity) == latest)
    #expect(runtime.wakeInterval == nil)
  }

  @Test func aSaveThatDoesNotWaitReplacesARestingOne() throws {
    let folder = try TemporaryFolder("resting")
    let settings = MemorySettings(
      location: StoreLocation(directory: folder.file("reader")), path: "/books/r.txt")
    // A rest far longer than the test: only the replacement could write the old place.
    let runtime = Runtime(memory: settings, restInterval: 3_600_000)
    let identity = try opened(runtime)
    let model = ReaderModel(document: tinyDocument())
    let resting = position(model, block: 1)
    let now = position(model, block: 2)
    runtime.perform([.savePositionAtRest(resting, of: identity)])
    #expect(try #require(runtime.wakeInterval) > 3_000_000)
    runtime.perform([.savePosition(now, of: identity)])
    #expect(runtime.wakeInterval == nil)
    #expect(try storedPosition(settings, identity) == now)
  }
}

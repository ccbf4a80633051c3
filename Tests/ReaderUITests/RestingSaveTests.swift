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
    // The first event after the store opened asks to save the starting place once the view
    // rests; the rest saves it, once.
    let start = try #require(Update.storedPosition(model))
    #expect(Update.apply(.tick, to: &model, lines: lines) == [.saveWhenRested])
    #expect(Update.apply(.tick, to: &model, lines: lines) == [])
    #expect(Update.apply(.rested, to: &model, lines: lines) == [.savePosition(start, of: identity)])
    #expect(Update.apply(.rested, to: &model, lines: lines) == [])
    #expect(Update.apply(.key(.character("j")), to: &model, lines: lines) == [.saveWhenRested])
    let place = try #require(Update.storedPosition(model))
    #expect(place != start)
    // A key that moves nothing asks for nothing.
    #expect(Update.apply(.key(.character("x")), to: &model, lines: lines) == [])
    #expect(Update.apply(.rested, to: &model, lines: lines) == [.savePosition(place, of: identity)])
  }

  @Test func aRestBackWhereTheLastSaveWasSavesNothing() throws {
    let lines = WrappedLineCache()
    var model = openModel(lines)
    _ = Update.apply(.key(.character("j")), to: &model, lines: lines)
    let saved = Update.apply(.rested, to: &model, lines: lines)
    #expect(saved == [.savePosition(try #require(Update.storedPosition(model)), of: identity)])
    #expect(Update.apply(.key(.character("j")), to: &model, lines: lines) == [.saveWhenRested])
    #expect(Update.apply(.key(.character("k")), to: &model, lines: lines) == [.saveWhenRested])
    #expect(Update.apply(.rested, to: &model, lines: lines) == [])
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

  @Test func theRuntimeReportsTheRestOnceInTheQuietAfterTheLatestRequest() throws {
    let runtime = Runtime(memory: nil, restInterval: 0)
    let document = tinyDocument()
    runtime.perform([.saveWhenRested])
    runtime.perform([.saveWhenRested])
    #expect(runtime.wakeInterval == 0)
    #expect(runtime.idleWork(document: document) == [.rested])
    #expect(runtime.wakeInterval == nil)
    #expect(runtime.idleWork(document: document) == [])
  }

  @Test func theRestWaitsItsInterval() throws {
    let runtime = Runtime(memory: nil, restInterval: 3_600_000)
    runtime.perform([.saveWhenRested])
    #expect(try #require(runtime.wakeInterval) > 3_000_000)
    #expect(runtime.idleWork(document: tinyDocument()) == [])
  }

  @Test func aSaveThatDoesNotWaitCancelsTheRest() throws {
    let folder = try TemporaryFolder("resting")
    let settings = MemorySettings(
      location: StoreLocation(directory: folder.file("reader")), path: "/books/r.txt")
    let runtime = Runtime(memory: settings, restInterval: 3_600_000)
    let identity = try opened(runtime)
    let model = ReaderModel(document: tinyDocument())
    let now = position(model, block: 2)
    runtime.perform([.saveWhenRested])
    runtime.perform([.savePosition(now, of: identity)])
    #expect(runtime.wakeInterval == nil)
    #expect(try storedPosition(settings, identity) == now)
  }

  @Test func theSaveAskedForAtRestReachesTheStore() throws {
    let folder = try TemporaryFolder("resting")
    let settings = MemorySettings(
      location: StoreLocation(directory: folder.file("reader")), path: "/books/r.txt")
    let runtime = Runtime(memory: settings, restInterval: 0)
    let lines = WrappedLineCache()
    var model = ReaderModel(document: Self.longDocument())
    model.memory.status = .opening
    runtime.perform(Update.start(&model, lines: lines))
    runtime.perform(Update.apply(.resize(width: 100, height: 30), to: &model, lines: lines))
    for event in runtime.idleWork(document: model.document) {
      runtime.perform(Update.apply(event, to: &model, lines: lines))
    }
    let identity = try #require(model.memory.identity)
    runtime.perform(Update.apply(.key(.character("j")), to: &model, lines: lines))
    #expect(try storedPosition(settings, identity) == nil)
    #expect(runtime.idleWork(document: model.document) == [.rested])
    runtime.perform(Update.apply(.rested, to: &model, lines: lines))
    #expect(try storedPosition(settings, identity) == Update.storedPosition(model))
    #expect(try storedPosition(settings, identity) != nil)
  }
}

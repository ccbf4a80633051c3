import ReaderCore
import TestSupport
import Testing

@testable import ReaderUI

/// `count` articles, each with a byline and one bold phrase (about 300 bytes each).
private func stories(_ count: Int) -> String {
  (1...count).map { number in
    """
    Story number \(number)

    by Writer\(number % 3) Person [1-\(number % 28 + 1)-2024 published].

    The opening of story \(number) has **bold phrase \(number)** in it, and more after.

    A second paragraph of story \(number), long enough to be body text and not a dek line.


    """
  }.joined()
}

private func indexer(_ text: String) throws -> DocumentIndexer {
  try DocumentIndexer(storage: TextStorage(copying: Array(text.utf8)), source: "stories.txt")
}

/// The update on its own: events in, commands out, no runtime.
@Suite struct UpdateCommandTests {
  @Test func aPartlyIndexedDocumentAsksForIndexingAndQuittingCancelsIt() throws {
    let indexer = try indexer(stories(40))
    indexer.advance(untilArticles: 2, orBytes: 1 << 20)
    let snapshot = IndexSnapshot(indexer)
    let lines = WrappedLineCache()
    var model = ReaderModel(
      document: snapshot.document, indexing: IndexProgress(snapshot),
      generation: snapshot.generation)
    #expect(Update.start(&model, lines: lines) == [.startIndexing])
    #expect(Update.apply(.key(.character("j")), to: &model, lines: lines) == [])
    #expect(Update.apply(.key(.character("q")), to: &model, lines: lines) == [.cancelIndexing])
    #expect(model.state.isFinished)
  }

  @Test func aWholeDocumentAsksForNothingAndQuitsWithoutCommands() {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: Document.sample())
    #expect(Update.start(&model, lines: lines) == [])
    #expect(Update.apply(.key(.character("q")), to: &model, lines: lines) == [])
  }

  /// A snapshot event replaces the document and the progress; the state keeps its place.
  @Test func anIndexedEventTakesTheSnapshotAndKeepsThePlace() throws {
    let indexer = try indexer(stories(40))
    indexer.advance(untilArticles: 2, orBytes: 1 << 20)
    let first = IndexSnapshot(indexer)
    let lines = WrappedLineCache()
    var model = ReaderModel(
      document: first.document, indexing: IndexProgress(first), generation: first.generation)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 30), to: &model, lines: lines)
    _ = Update.apply(.key(.character("}")), to: &model, lines: lines)
    #expect(model.state.openArticle == 1)
    indexer.advance(untilArticles: 40, orBytes: Int.max / 2)
    while !indexer.advance() {}
    let last = IndexSnapshot(indexer)
    let commands = Update.apply(.indexed(last), to: &model, lines: lines)
    // Only the replaced document, to be freed off the reader's thread.
    #expect(commands.count == 1)
    #expect(commands.filter(\.isRelease).count == 1)
    #expect(model.indexing == nil)
    #expect(model.document.articles.count == 40)
    #expect(model.state.openArticle == 1)
  }

  /// A search typed while indexing goes on asks for a count again when more articles arrive.
  @Test func moreArticlesWhileCountingAskForTheirCount() throws {
    let indexer = try indexer(stories(40))
    indexer.advance(untilArticles: 2, orBytes: 1 << 20)
    let first = IndexSnapshot(indexer)
    let lines = WrappedLineCache()
    var model = ReaderModel(
      document: first.document, indexing: IndexProgress(first), generation: first.generation)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 30), to: &model, lines: lines)
    for key in try KeyString.parse("/bold<Enter>") {
      _ = Update.apply(.key(key), to: &model, lines: lines)
    }
    let request = MatchCountRequest(
      query: "bold", author: nil, from: 0, generation: 0, budget: Update.countSliceBytes)
    let counted = Update.apply(
      .matchesCounted(request.run(in: model.document)), to: &model, lines: lines)
    #expect(counted == [])
    let done = model.state.search?.count.counted ?? 0
    // All but the open article, which is counted once it closes.
    #expect(done == model.document.closedArticleCount)
    indexer.advance(untilArticles: 5, orBytes: 1 << 20)
    let more = Update.apply(.indexed(IndexSnapshot(indexer)), to: &model, lines: lines)
      .filter { !$0.isRelease }
    #expect(
      more == [
        .countMatches(
          MatchCountRequest(
            query: "bold", author: nil, from: done, generation: 0,
            budget: Update.countSliceBytes))
      ])
  }
}

/// The runtime on its own: commands in, events out.
@Suite struct RuntimeTests {
  @Test func aCountRequestRunsOnIdleWorkAndANewerOneReplacesIt() {
    let document = Document.sample()
    let runtime = Runtime()
    #expect(runtime.wakeInterval == nil)
    let older = MatchCountRequest(
      query: "the", author: nil, from: 0, generation: 0, budget: 1 << 20)
    var newer = older
    newer.query = "station"
    runtime.perform([.countMatches(older), .countMatches(newer)])
    #expect(runtime.wakeInterval == Runtime.countingInterval)
    #expect(runtime.idleWork(document: document) == [.matchesCounted(newer.run(in: document))])
    #expect(runtime.idleWork(document: document) == [])
    #expect(runtime.wakeInterval == nil)
  }

  /// A small file's indexing can be over before the runtime first looks at the thread: its
  /// end is still reported (it was compared with the thread's first snapshot, already the
  /// whole document, and never reported: the reader kept its first screen's share).
  @Test func indexingDoneBeforeTheThreadIsWatchedIsStillReported() throws {
    let indexer = try indexer(stories(30))
    indexer.advance(untilArticles: 2, orBytes: 1 << 20)
    let runtime = Runtime(indexer: indexer)
    runtime.perform([.startIndexing])
    // As if the thread had run to the end at once.
    while !indexer.advance() {}
    #expect(runtime.idleWork(document: indexer.snapshot()) == [])
    let events = runtime.pendingEvents()
    #expect(events.count == 1)
    guard case .indexed(let snapshot) = events.first else {
      Issue.record("no .indexed event: \(events)")
      return
    }
    #expect(snapshot.isComplete)
    #expect(snapshot.document.articles.count == 30)
    #expect(runtime.pendingEvents() == [])
  }

  @Test func indexingReportsSnapshotsUntilTheDocumentIsWhole() throws {
    let indexer = try indexer(stories(30))
    indexer.advance(untilArticles: 2, orBytes: 1 << 20)
    let runtime = Runtime(indexer: indexer)
    #expect(runtime.wakeInterval == nil)
    runtime.perform([.startIndexing])
    // The thread starts with the first idle work, after the first frame: asked at once.
    #expect(runtime.wakeInterval == 0)
    #expect(runtime.pendingEvents() == [])
    #expect(runtime.idleWork(document: indexer.snapshot()) == [])
    #expect(runtime.wakeInterval == Runtime.indexingInterval)
    var last: IndexSnapshot?
    // The indexing thread runs at a lower priority: on a busy machine it may take a while.
    let finished = waitUntil("indexing is complete", seconds: 120, interval: 0.001) {
      for case .indexed(let snapshot) in runtime.pendingEvents() { last = snapshot }
      return last?.isComplete == true
    }
    #expect(finished)
    #expect(last?.isComplete == true)
    #expect(last?.document.articles.count == 30)
    #expect(runtime.pendingEvents() == [])
    #expect(runtime.wakeInterval == nil)
  }

  @Test func cancellingStopsFollowingTheIndexer() throws {
    let indexer = try indexer(stories(30))
    indexer.advance(untilArticles: 2, orBytes: 1 << 20)
    let runtime = Runtime(indexer: indexer)
    runtime.perform([.startIndexing, .cancelIndexing])
    #expect(runtime.pendingEvents() == [])
    #expect(runtime.wakeInterval == nil)
  }
}

extension Command {
  /// Whether this is a replaced document on its way to be freed.
  fileprivate var isRelease: Bool {
    if case .releaseDocument = self { return true }
    return false
  }
}

import ReaderCore
import Testing

@testable import ReaderUI

/// A stepped feed that keeps what the reader hands back to it.
private final class KeepingFeed: DocumentFeed {
  let stepped: SteppedIndexing
  private(set) var disposed: [Document] = []

  init(_ indexer: DocumentIndexer) { stepped = SteppedIndexing(indexer) }

  func latest() -> IndexSnapshot { stepped.latest() }
  func cancel() {}
  func dispose(of document: Document) { disposed.append(document) }
}

/// A snapshot the model replaced goes to the feed to be freed there (the indexing thread),
/// not on the reader's thread between keys.
@Suite struct SupersededDocumentTests {
  private func compilation(articles: Int) -> String {
    (1...articles).map { number in
      "Report \(number) From The Coast\n\nby Vera Quill and Tomas Reyes\n\n"
        + "The harbour counted \(number) boats this spring, and **the fishers were pleased**.\n"
    }.joined(separator: "\n")
  }

  @Test func eachReplacedSnapshotIsHandedToTheFeed() throws {
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(compilation(articles: 400).utf8)),
      source: "coast.txt")
    indexer.advance(untilArticles: 10, orBytes: 1_000)
    let feed = KeepingFeed(indexer)
    var program = ReaderProgram(feed: feed, options: ReaderOptions(fileLabel: "coast.txt"))
    program.handle(.resize(width: 100, height: 30))
    var shown = [program.document.articles.count]
    for _ in 0..<3 {
      feed.stepped.step(bytes: 2_000)
      program.handle(.tick)
      shown.append(program.document.articles.count)
    }
    #expect(feed.disposed.map(\.articles.count) == Array(shown.dropLast()))
    #expect(shown == shown.sorted() && Set(shown).count == shown.count)
  }

  @Test func theUpdateAsksForTheReplacedDocumentToBeReleased() throws {
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(compilation(articles: 50).utf8)), source: "coast.txt")
    indexer.advance(untilArticles: 5, orBytes: 500)
    let first = IndexSnapshot(indexer)
    var model = ReaderModel(document: first.document)
    indexer.advance(bytes: 3_000)
    let commands = Update.apply(
      .indexed(IndexSnapshot(indexer)), to: &model, lines: WrappedLineCache())
    let released = commands.compactMap { command -> Document? in
      if case .releaseDocument(let superseded) = command { return superseded.document }
      return nil
    }
    #expect(released.map(\.articles.count) == [first.document.articles.count])
    #expect(model.document.articles.count > first.document.articles.count)
  }
}

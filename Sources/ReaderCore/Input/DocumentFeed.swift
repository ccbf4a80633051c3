/// A document as far as indexing has got, and how far that is.
///
/// Two snapshots are equal when they cover the same bytes of the same generation: one
/// indexer publishes exactly one document for each, so the document need not be compared.
public struct IndexSnapshot: Sendable, Hashable {
  /// The articles indexed so far (all of them once `isComplete`).
  public var document: Document
  public var indexedBytes: Int
  public var totalBytes: Int
  public var isComplete: Bool
  /// Goes up when indexing started over on converted text (a file that turned out to be
  /// Windows-1252): indexes into an earlier generation's document mean nothing in this one.
  public var generation: Int

  public init(
    document: Document, indexedBytes: Int, totalBytes: Int, isComplete: Bool, generation: Int
  ) {
    self.document = document
    self.indexedBytes = indexedBytes
    self.totalBytes = totalBytes
    self.isComplete = isComplete
    self.generation = generation
  }

  /// The snapshot of everything `indexer` has done so far.
  public init(_ indexer: DocumentIndexer) {
    self.init(
      document: indexer.snapshot(), indexedBytes: indexer.indexedBytes,
      totalBytes: indexer.totalBytes, isComplete: indexer.isComplete,
      generation: indexer.generation)
  }

  public static func == (a: IndexSnapshot, b: IndexSnapshot) -> Bool {
    a.generation == b.generation && a.indexedBytes == b.indexedBytes
      && a.totalBytes == b.totalBytes && a.isComplete == b.isComplete
      && a.document.articles.count == b.document.articles.count
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(generation)
    hasher.combine(indexedBytes)
    hasher.combine(isComplete)
  }

  /// Percent indexed, 0…99 until complete (a finished parse still has the end to settle).
  public var percent: Int {
    if isComplete { return 100 }
    guard totalBytes > 0 else { return 0 }
    return min(99, indexedBytes * 100 / totalBytes)
  }
}

/// Where a reader gets its document while it is being indexed.
public protocol DocumentFeed: AnyObject {
  /// The newest snapshot. Cheap: no parsing happens here.
  func latest() -> IndexSnapshot
  /// Stops indexing early (the reader is quitting). Snapshots taken so far stay valid.
  func cancel()
  /// Takes a document the reader has let go of, to free it off the reader's thread if the
  /// feed has one of its own.
  func dispose(of document: Document)
}

extension DocumentFeed {
  /// Without a thread of its own, the document is freed here, when the caller lets go.
  public func dispose(of document: Document) {}
}

/// A feed advanced by explicit calls, on the caller's thread: deterministic, for tests and
/// for timing the reader at chosen points of indexing.
public final class SteppedIndexing: DocumentFeed {
  private let indexer: DocumentIndexer
  private var current: IndexSnapshot

  public init(_ indexer: DocumentIndexer) {
    self.indexer = indexer
    current = IndexSnapshot(indexer)
  }

  /// Indexes about `bytes` more bytes and publishes the result; returns whether it is done.
  @discardableResult
  public func step(bytes: Int = DocumentIndexer.defaultSlice) -> Bool {
    let done = indexer.advance(bytes: bytes)
    current = IndexSnapshot(indexer)
    return done
  }

  /// Indexes until at least `articles` articles are closed (or the text ends) and publishes.
  public func step(untilArticles articles: Int) {
    indexer.advance(bytes: Int.max / 2, untilArticles: articles)
    current = IndexSnapshot(indexer)
  }

  public func latest() -> IndexSnapshot { current }
  public func cancel() {}
}

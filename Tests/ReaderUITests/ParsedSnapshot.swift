import ReaderCore

@testable import ReaderUI

extension IndexSnapshot {
  /// `text` parsed whole, as an indexer would hand it over: complete, or (for a snapshot
  /// taken while indexing goes on) as the first tenth of a larger text.
  static func parsed(_ text: String, generation: Int, complete: Bool) throws -> IndexSnapshot {
    let document = try DocumentLoader.parse(bytes: Array(text.utf8), source: "l.md")
    return IndexSnapshot(
      document: document, indexedBytes: text.utf8.count,
      totalBytes: complete ? text.utf8.count : 10 * text.utf8.count, isComplete: complete,
      generation: generation)
  }
}

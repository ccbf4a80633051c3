import ReaderCore
import ReaderScreen

/// Wrapped articles, kept per article, width and search text, so a frame wraps at most the
/// article it shows and usually nothing.
///
/// Only a few entries are kept: wrapping one article is cheap, wrapping the whole document
/// is what must never happen.
final class LineCache {
  private struct Key: Hashable {
    var article: Int
    var width: Int
    var query: String
  }

  /// What a pane row shows for one entry of the document (an article's title or detail in
  /// the list, a quote's label in the sidebar) at one width.
  struct RowKey: Hashable {
    enum Kind: Hashable {
      case articleTitle, articleDetail, quoteLabel
    }
    var kind: Kind
    var index: Int
    var width: Int
  }

  private var entries: [(key: Key, lines: ArticleLines)] = []
  /// Cells of list and sidebar rows. Every frame draws them and they only depend on the
  /// entry (snapshots add articles, never change one) and the width: making them again cost
  /// more than the rest of the frame.
  private var rows: [RowKey: [Cell]] = [:]
  /// Enough for every row of several widths; past it the cache starts over.
  private let rowCapacity = 4096
  private let capacity = 8
  /// How many articles were wrapped (tests use it to check the cache works).
  private(set) var wrapCount = 0

  private var picker: (query: String, articleCount: Int, width: Int)?

  /// The author picker's widest label for `query`, measured by `measure` once per query and
  /// document snapshot (`articleCount` grows with every snapshot that could change a label).
  func pickerWidth(query: String, articleCount: Int, measure: () -> Int) -> Int {
    if let picker, picker.query == query, picker.articleCount == articleCount {
      return picker.width
    }
    let width = measure()
    picker = (query, articleCount, width)
    return width
  }

  /// The cells for `key`, made by `make` the first time.
  func rowCells(_ key: RowKey, make: () -> [Cell]) -> [Cell] {
    if let found = rows[key] { return found }
    let cells = make()
    if rows.count >= rowCapacity { rows.removeAll(keepingCapacity: true) }
    rows[key] = cells
    return cells
  }

  func lines(
    of article: Int, width: Int, query: String?, in document: Document
  ) -> ArticleLines {
    let key = Key(article: article, width: width, query: query ?? "")
    if let found = entries.firstIndex(where: { $0.key == key }) {
      let entry = entries.remove(at: found)
      entries.append(entry)
      return entry.lines
    }
    let search = query.flatMap { $0.isEmpty ? nil : TextSearch($0) }
    // Marked lines reuse the unmarked ones for every block without a match.
    let plain =
      search == nil
      ? nil : entries.last { $0.key == Key(article: article, width: width, query: "") }?.lines
    let lines = ArticleLines(
      document: document, article: article, width: width, search: search, plain: plain)
    wrapCount += 1
    entries.append((key, lines))
    if entries.count > capacity { entries.removeFirst() }
    return lines
  }
}

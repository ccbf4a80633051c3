import ReaderCore
import ReaderScreen

/// Wrapped articles, kept per parse, article, width and search text, so a frame wraps at most
/// the article it shows and usually nothing.
///
/// A memo of `ArticleLines(document:article:width:search:)`: keyed by exactly what the lines
/// depend on (within one generation, snapshots only add articles and blocks at the end, and a
/// closed article never changes), owned by the view layer and lent to the update, which needs
/// line counts to scroll. An article still being read is keyed by its blocks so far too, and
/// when it grows its lines are extended rather than wrapped again. Only a few entries are
/// kept: wrapping one article is cheap, wrapping the whole document is what must never
/// happen.
final class WrappedLineCache {
  private struct Key: Hashable {
    var generation: Int
    var article: Int
    /// The end of the article's blocks: it grows while the article is being read.
    var blockEnd: Int
    var width: Int
    var query: String
    var skim: Bool
    /// The suggestions the skim view keeps; fixed for a generation once placed.
    var suggested: [TextSpan]

    /// The same lines in an earlier snapshot, where the article had fewer blocks.
    func isShorter(than other: Key) -> Bool {
      var same = self
      same.blockEnd = other.blockEnd
      return blockEnd < other.blockEnd && same == other
    }

    /// Lines of the same article in the same view and parse, whatever is marked: marked lines
    /// are an overlay on the unmarked ones.
    func hasSameLines(as other: Key) -> Bool {
      generation == other.generation && article == other.article && width == other.width
        && skim == other.skim && suggested == other.suggested
    }
  }

  private var entries: [(key: Key, lines: ArticleLines)] = []
  private let capacity = 8
  /// How many articles were wrapped (tests use it to check the cache works).
  private(set) var wrapCount = 0

  init() {}

  /// A cache that starts as this one and then goes its own way: each article's lines copied
  /// (an overlay over the copy of its plain lines). A frame drawn ahead wraps in a copy, so
  /// that the line counts a key leaves, estimates included, are those handling the key
  /// would have left, whether that frame is taken or not.
  func copy() -> WrappedLineCache {
    let copy = WrappedLineCache()
    copy.wrapCount = wrapCount
    var copies: [ObjectIdentifier: ArticleLines] = [:]
    func copied(_ lines: ArticleLines) -> ArticleLines {
      if let done = copies[ObjectIdentifier(lines)] { return done }
      let made = lines.copy(over: lines.overlaid.map(copied))
      copies[ObjectIdentifier(lines)] = made
      return made
    }
    copy.entries = entries.map { ($0.key, copied($0.lines)) }
    return copy
  }

  /// `article`'s lines at `width`, with `query`'s matches marked (nil or empty: none).
  func lines(
    of article: Int, width: Int, query: String?, in document: Document, generation: Int = 0,
    skim: Bool = false, suggested: [TextSpan] = []
  ) -> ArticleLines {
    let key = Key(
      generation: generation, article: article,
      blockEnd: document.articles[article].blocks.upperBound, width: width, query: query ?? "",
      skim: skim, suggested: skim ? suggested.filter { $0.article == article } : [])
    if let found = entries.firstIndex(where: { $0.key == key }) {
      let entry = entries.remove(at: found)
      entries.append(entry)
      return entry.lines
    }
    let search = query.flatMap { $0.isEmpty ? nil : TextSearch($0) }
    // Marked lines are an overlay on the unmarked ones, shared by every query typed.
    let plain =
      search == nil
      ? nil
      : lines(
        of: article, width: width, query: nil, in: document, generation: generation, skim: skim,
        suggested: suggested)
    let lines: ArticleLines
    if search == nil, let shorter = entries.lastIndex(where: { $0.key.isShorter(than: key) }) {
      // An article still being read grew: its lines are extended in place, not wrapped again,
      // and what was made for its shorter forms goes (marked lines are overlays on them).
      lines = entries[shorter].lines
      lines.extend(in: document)
      entries.removeAll { $0.key.hasSameLines(as: key) }
    } else {
      lines = ArticleLines(
        document: document, article: article, width: width, search: search, plain: plain,
        skim: skim, suggested: key.suggested)
    }
    wrapCount += 1
    entries.append((key, lines))
    if entries.count > capacity { entries.removeFirst() }
    return lines
  }
}

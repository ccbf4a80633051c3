import ReaderCore

/// The highlights the `H` list shows: those of the articles in the set whose phrase (or whose
/// article's title) holds the typed text, in document order.
///
/// Nothing is collected: moving and drawing step from one highlight to its neighbours, so a
/// list over a 100 MB file costs the rows on screen, not the file.
struct HighlightList {
  let document: Document
  let articles: ArticleSet
  private let search: TextSearch?
  private let probe: ByteProbe?

  init(document: Document, articles: ArticleSet, query: String) {
    self.document = document
    self.articles = articles
    let search = TextSearch(query)
    self.search = search.isEmpty ? nil : search
    probe = search.isEmpty ? nil : ByteProbe(query)
  }

  func matches(_ highlight: Int) -> Bool {
    titleMatches(article(of: highlight)) || phraseMatches(highlight)
  }

  private func titleMatches(_ article: Int) -> Bool {
    guard let search else { return true }
    return !search.offsets(in: document.articles[article].title).isEmpty
  }

  private func phraseMatches(_ highlight: Int) -> Bool {
    guard let search else { return true }
    let found = document.highlights[highlight]
    // A one-span phrase shows its bytes as they are (folding aside): most are settled by a
    // byte scan without making a string.
    if found.spans.count == 1, let probe, !probe.patterns.isEmpty {
      let range = document.spans[found.spans.lowerBound].range
      if !probe.occurs(in: UnsafeBufferPointer(rebasing: document.storage.bytes[range])) {
        return false
      }
    }
    return !search.offsets(in: document.text(of: found)).isEmpty
  }

  /// The listed highlights of `article` within `range`, in the direction asked.
  private func firstListed(in range: some Sequence<Int>, of article: Int) -> Int? {
    if titleMatches(article) { return range.first { _ in true } }
    return range.first(where: phraseMatches)
  }

  /// The article `highlight` belongs to.
  func article(of highlight: Int) -> Int { document.highlights[highlight].article }

  /// The listed highlight after (or before) `highlight`, without wrapping.
  func neighbour(of highlight: Int, forward: Bool) -> Int? {
    let owner = article(of: highlight)
    let range = document.articles[owner].highlights
    let rest =
      forward
      ? Array(range.clamped(to: (highlight + 1)..<range.upperBound))
      : range.clamped(to: range.lowerBound..<highlight).reversed()
    if let found = firstListed(in: rest, of: owner) { return found }
    guard let position = articles.position(of: owner) else { return nil }
    return first(fromPosition: position + (forward ? 1 : -1), forward: forward)
  }

  /// The first listed highlight (or the last).
  func first(forward: Bool = true) -> Int? {
    first(fromPosition: forward ? 0 : articles.count - 1, forward: forward)
  }

  /// `highlight` if it is listed, else the next listed one, else the last.
  func nearest(to highlight: Int?) -> Int? {
    guard let highlight, highlight >= 0, highlight < document.highlights.count,
      articles.contains(article(of: highlight))
    else { return first() }
    if matches(highlight) { return highlight }
    return neighbour(of: highlight, forward: true) ?? neighbour(of: highlight, forward: false)
  }

  private func first(fromPosition start: Int, forward: Bool) -> Int? {
    var position = start
    while position >= 0 && position < articles.count {
      let article = articles[position]
      let range = document.articles[article].highlights
      if let found = firstListed(in: forward ? Array(range) : range.reversed(), of: article) {
        return found
      }
      position += forward ? 1 : -1
    }
    return nil
  }

  /// One row of the list: an article's title, or one of its highlights.
  enum Row: Hashable {
    case article(Int)
    case highlight(Int)
  }

  /// `count` rows around `selection` (titles above each article's first listed highlight),
  /// and which of them is the selection: centred, except near the ends.
  func rows(around selection: Int, count: Int) -> (rows: [Row], selected: Int) {
    var above: [Row] = []
    var current = selection
    while above.count < count {
      let previous = neighbour(of: current, forward: false)
      if previous.map(article(of:)) != article(of: current) {
        above.append(.article(article(of: current)))
      }
      guard let previous else { break }
      above.append(.highlight(previous))
      current = previous
    }
    var below: [Row] = []
    current = selection
    while below.count < count, let next = neighbour(of: current, forward: true) {
      if article(of: next) != article(of: current) { below.append(.article(article(of: next))) }
      below.append(.highlight(next))
      current = next
    }
    let rows = above.reversed() + [.highlight(selection)] + below
    let top = clamp(above.count - count / 2, 0, rows.count - count)
    let shown = Array(rows[top..<min(rows.count, top + count)])
    return (shown, above.count - top)
  }
}

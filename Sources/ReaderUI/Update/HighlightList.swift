import ReaderCore

/// The highlights the `H` list shows: those of the articles in the set whose phrase (or whose
/// article's title) holds the typed text, in document order, with yours among the editor's
/// (after the editor's of the same paragraph) and, last, yours whose text is gone.
///
/// Nothing is collected for the editor's: moving and drawing step from one highlight to its
/// neighbours, so a list over a 100 MB file costs the rows on screen, not the file. Only an
/// article holding some of yours is listed whole when stepped through.
struct HighlightList {
  let document: Document
  let articles: ArticleSet
  private let search: TextSearch?
  private let probe: ByteProbe?
  /// Yours that are listed, by article (in reading order within each).
  private let yoursByArticle: [Int: [YourHighlight]]
  /// Yours whose text is gone that are listed.
  private let lost: [YourHighlight]

  /// The pseudo-article that heads yours whose text is gone.
  static let lostArticle = -1

  init(document: Document, articles: ArticleSet, query: String, yours: [YourHighlight] = []) {
    self.document = document
    self.articles = articles
    let search = TextSearch(query)
    self.search = search.isEmpty ? nil : search
    probe = search.isEmpty ? nil : ByteProbe(query)
    var byArticle: [Int: [YourHighlight]] = [:]
    var lost: [YourHighlight] = []
    let typed = self.search
    func listed(_ your: YourHighlight, title: String) -> Bool {
      guard let typed else { return true }
      return [your.exact, your.note ?? "", title].contains { !typed.offsets(in: $0).isEmpty }
    }
    for your in yours {
      if let span = your.span {
        guard articles.contains(span.article),
          listed(your, title: document.articles[span.article].title)
        else { continue }
        byArticle[span.article, default: []].append(your)
      } else if listed(your, title: your.articleTitle) {
        // One whose text is gone stays with the article it was made in while that article is
        // there: under an author filter, another author's loss is not yours to see. (Without
        // one every article is listed: no title is looked for through them all on each key.)
        if !articles.isEveryArticle,
          let made = document.articles.firstIndex(where: { $0.title == your.articleTitle }),
          !articles.contains(made)
        {
          continue
        }
        lost.append(your)
      }
    }
    yoursByArticle = byArticle
    self.lost = lost
  }

  /// One listed entry: the editor's highlight (an index into `Document.highlights`) or one of
  /// yours (by id).
  enum Entry: Hashable {
    case editor(Int)
    case yours(String)
  }

  /// How many of yours are listed: the count the list's title gives.
  var yoursCount: Int { yoursByArticle.values.reduce(lost.count) { $0 + $1.count } }

  /// Yours with `id`, when listed.
  func yours(_ id: String) -> YourHighlight? {
    lost.first { $0.id == id }
      ?? yoursByArticle.values.lazy.compactMap { $0.first { $0.id == id } }.first
  }

  /// The article `entry` belongs to; `lostArticle` for yours whose text is gone.
  func article(of entry: Entry) -> Int {
    switch entry {
    case .editor(let index): return article(of: index)
    case .yours(let id): return yours(id)?.span?.article ?? HighlightList.lostArticle
    }
  }

  func isListed(_ entry: Entry) -> Bool {
    switch entry {
    case .editor(let index):
      return index >= 0 && index < document.highlights.count
        && articles.contains(article(of: index)) && matches(index)
    case .yours(let id): return yours(id) != nil
    }
  }

  /// The listed entries of an article holding some of yours, in reading order; nil for an
  /// article without any (stepped through without listing it).
  private func entries(of article: Int) -> [Entry]? {
    if article == HighlightList.lostArticle { return lost.map { .yours($0.id) } }
    guard let yours = yoursByArticle[article] else { return nil }
    var entries: [(key: (Int, Int, Int), entry: Entry)] = yours.map {
      ((($0.span?.block ?? 0), 1, $0.span?.range.lowerBound ?? 0), .yours($0.id))
    }
    let range = document.articles[article].highlights
    let editors = titleMatches(article) ? Array(range) : range.filter(phraseMatches)
    entries += editors.map { ((document.highlights[$0].block, 0, $0), .editor($0)) }
    return entries.sorted { $0.key < $1.key }.map(\.entry)
  }

  /// The listed entry after (or before) `entry`, without wrapping.
  func neighbour(of entry: Entry, forward: Bool) -> Entry? {
    let owner = article(of: entry)
    if let list = entries(of: owner), let at = list.firstIndex(of: entry) {
      let next = at + (forward ? 1 : -1)
      if list.indices.contains(next) { return list[next] }
    } else if case .editor(let index) = entry,
      let found = neighbourInArticle(of: index, forward: forward)
    {
      return .editor(found)
    }
    if owner == HighlightList.lostArticle {
      return forward ? nil : firstEntry(fromPosition: articles.count - 1, forward: false)
    }
    guard let position = articles.position(of: owner) else { return nil }
    return firstEntry(fromPosition: position + (forward ? 1 : -1), forward: forward)
  }

  /// The first listed entry (or the last).
  func firstEntry(forward: Bool = true) -> Entry? {
    if !forward, let last = lost.last { return .yours(last.id) }
    return firstEntry(fromPosition: forward ? 0 : articles.count - 1, forward: forward)
  }

  /// The first (or last) listed entry from the article at `start` on; forward past the last
  /// article, yours whose text is gone.
  private func firstEntry(fromPosition start: Int, forward: Bool) -> Entry? {
    var position = start
    while position >= 0 && position < articles.count {
      let article = articles[position]
      if let list = entries(of: article) {
        if let found = forward ? list.first : list.last { return found }
      } else {
        if let found = firstListed(
          in: document.articles[article].highlights, forward: forward, of: article)
        {
          return .editor(found)
        }
      }
      position += forward ? 1 : -1
    }
    return forward ? lost.first.map { .yours($0.id) } : nil
  }

  /// `entry` if it is listed, else the nearest listed one.
  func nearest(to entry: Entry?) -> Entry? {
    switch entry {
    case .yours(let id) where yours(id) != nil: return entry
    case .editor(let index):
      guard let found = nearest(to: index) else { return firstEntry() }
      // An editor's highlight in an article with yours: the same one, found in the list.
      return .editor(found)
    default: return firstEntry()
    }
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

  /// The first listed highlight of `range` from its start (forward) or its end, walked in
  /// place: `H` asks for a neighbour for every row it shows, and copying the rest of an
  /// article's highlights each time cost 9–12 ms in a book of 21,321 of them.
  private func firstListed(in range: Range<Int>, forward: Bool, of article: Int) -> Int? {
    let backward: ReversedCollection<Range<Int>> = range.reversed()
    return forward ? firstListed(in: range, of: article) : firstListed(in: backward, of: article)
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
    if let found = neighbourInArticle(of: highlight, forward: forward) { return found }
    guard let position = articles.position(of: owner) else { return nil }
    return first(fromPosition: position + (forward ? 1 : -1), forward: forward)
  }

  /// The listed highlight after (or before) `highlight` in its own article.
  private func neighbourInArticle(of highlight: Int, forward: Bool) -> Int? {
    let owner = article(of: highlight)
    let range = document.articles[owner].highlights
    let rest =
      forward
      ? range.clamped(to: (highlight + 1)..<range.upperBound)
      : range.clamped(to: range.lowerBound..<highlight)
    return firstListed(in: rest, forward: forward, of: owner)
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
      if let found = firstListed(
        in: document.articles[article].highlights, forward: forward, of: article)
      {
        return found
      }
      position += forward ? 1 : -1
    }
    return nil
  }

  /// One row of the list: an article's title (`lostArticle`: the heading of yours whose text
  /// is gone), or one of its entries.
  enum Row: Hashable {
    case article(Int)
    case highlight(Int)
    case yours(String)
  }

  private func row(_ entry: Entry) -> Row {
    switch entry {
    case .editor(let index): return .highlight(index)
    case .yours(let id): return .yours(id)
    }
  }

  /// `count` rows around `selection` (titles above each article's first listed entry), and
  /// which of them is the selection: centred, except near the ends.
  func rows(around selection: Entry, count: Int) -> (rows: [Row], selected: Int) {
    var above: [Row] = []
    var current = selection
    while above.count < count {
      let previous = neighbour(of: current, forward: false)
      if previous.map(article(of:)) != article(of: current) {
        above.append(.article(article(of: current)))
      }
      guard let previous else { break }
      above.append(row(previous))
      current = previous
    }
    var below: [Row] = []
    current = selection
    while below.count < count, let next = neighbour(of: current, forward: true) {
      if article(of: next) != article(of: current) { below.append(.article(article(of: next))) }
      below.append(row(next))
      current = next
    }
    let rows = above.reversed() + [row(selection)] + below
    let top = clamp(above.count - count / 2, 0, rows.count - count)
    let shown = Array(rows[top..<min(rows.count, top + count)])
    return (shown, above.count - top)
  }
}

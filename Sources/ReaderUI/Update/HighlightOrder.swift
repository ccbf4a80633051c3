import ReaderCore

/// The highlights the user steps through: those of the articles in the set, in document
/// order. Works per article, so a filter over a huge document costs only its articles.
struct HighlightOrder {
  let document: Document
  let articles: ArticleSet

  /// The highlight after (or before) `current`; with no current highlight, the first one in
  /// or after the open article (or the last one in or before it).
  func step(from current: Int?, openArticle: Int, forward: Bool) -> (highlight: Int, wrapped: Bool)?
  {
    guard !articles.isEmpty else { return nil }
    if let current, current >= 0, current < document.highlights.count {
      let article = document.articles[document.highlights[current].article]
      let next = current + (forward ? 1 : -1)
      if article.highlights.contains(next)
        && articles.contains(document.highlights[current].article)
      {
        return (next, false)
      }
      return search(
        fromArticle: document.highlights[current].article, forward: forward, skipStart: true)
    }
    return search(fromArticle: openArticle, forward: forward, skipStart: false)
  }

  /// The first (or last) highlight of the next article in the set that has any, starting at
  /// `article` itself unless `skipStart`, wrapping around the set once.
  func search(fromArticle article: Int, forward: Bool, skipStart: Bool) -> (
    highlight: Int, wrapped: Bool
  )? {
    let count = articles.count
    var start: Int
    if forward {
      start = articles.firstPosition(atOrAfter: skipStart ? article + 1 : article) ?? count
    } else {
      start = articles.lastPosition(atOrBefore: skipStart ? article - 1 : article) ?? -1
    }
    for step in 0..<count {
      let raw = forward ? start + step : start - step
      let wrapped = raw >= count || raw < 0
      let position = ((raw % count) + count) % count
      let highlights = document.articles[articles[position]].highlights
      if !highlights.isEmpty {
        return (forward ? highlights.lowerBound : highlights.upperBound - 1, wrapped)
      }
    }
    return nil
  }

  /// `(i, n)`: the 1-based place of `highlight` among the set's highlights, and how many
  /// there are.
  func counter(of highlight: Int?) -> (index: Int?, total: Int) {
    if articles.count == document.articles.count {
      return (highlight.map { $0 + 1 }, document.highlights.count)
    }
    var total = 0
    var index: Int?
    let owner = highlight.map { document.highlights[$0].article }
    for position in 0..<articles.count {
      let article = articles[position]
      let range = document.articles[article].highlights
      if article == owner, let highlight { index = total + (highlight - range.lowerBound) + 1 }
      total += range.count
    }
    return (index, total)
  }
}

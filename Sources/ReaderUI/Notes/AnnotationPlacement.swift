import ReaderCore
import ReaderStore

/// Finds your highlights in a document as the reading pane shows it: the quote's exact text
/// in a block's shown text, the place whose surroundings agree longest with the prefix and
/// suffix winning. The article the highlight was made in (by number and title) is searched
/// first, then every other; so a highlight survives edits elsewhere, and a moved article.
public enum AnnotationPlacement {
  /// Where `anchor` stands in `document` now, or nil when its text is gone (orphaned).
  /// `everywhere: false` looks only in the article it was made in.
  public static func find(_ anchor: QuoteAnchor, in document: Document, everywhere: Bool = true)
    -> TextSpan?
  {
    guard !anchor.quote.exact.isEmpty else { return nil }
    var searched = Set<Int>()
    for article in likelyArticles(anchor, in: document) where searched.insert(article).inserted {
      if let found = best(anchor.quote, inArticle: article, of: document) { return found.span }
    }
    guard everywhere else { return nil }
    var best: (span: TextSpan, score: Int)?
    for article in document.articles.indices where !searched.contains(article) {
      if let found = self.best(anchor.quote, inArticle: article, of: document),
        best == nil || found.score > best!.score
      {
        best = found
      }
    }
    return best?.span
  }

  /// The anchor of `span` in `document`: the article's number and title and the shown text
  /// with up to `TextQuote.context` scalars of its block either side.
  public static func anchor(of span: TextSpan, in document: Document) -> QuoteAnchor {
    let text = ShownText(block: span.block, article: span.article, in: document)
    let article = document.articles[span.article]
    return QuoteAnchor(
      article: article.number, articleTitle: article.title,
      quote: TextQuote(
        exact: text.string(span.range),
        prefix: text.context(before: span.range.lowerBound, count: TextQuote.context),
        suffix: text.context(after: span.range.upperBound, count: TextQuote.context)))
  }

  private static func best(_ quote: TextQuote, inArticle article: Int, of document: Document)
    -> (span: TextSpan, score: Int)?
  {
    var best: (span: TextSpan, score: Int)?
    let length = quote.exact.utf8.count
    for block in document.articles[article].blocks {
      let text = ShownText(block: block, article: article, in: document)
      for start in text.occurrences(of: quote.exact) {
        let before = text.context(before: start, count: TextQuote.context)
        let after = text.context(after: start + length, count: TextQuote.context)
        let score = commonSuffix(before, quote.prefix) + commonPrefix(after, quote.suffix)
        if best == nil || score > best!.score {
          best = (TextSpan(article: article, block: block, range: start..<start + length), score)
        }
      }
    }
    return best
  }

  private static func commonPrefix(_ a: String, _ b: String) -> Int {
    zip(a.unicodeScalars, b.unicodeScalars).prefix { $0 == $1 }.count
  }

  private static func commonSuffix(_ a: String, _ b: String) -> Int {
    zip(a.unicodeScalars.reversed(), b.unicodeScalars.reversed()).prefix { $0 == $1 }.count
  }

  /// The article with the anchor's number when its title agrees, the one with its title,
  /// then the one with its number.
  private static func likelyArticles(_ anchor: QuoteAnchor, in document: Document) -> [Int] {
    var result: [Int] = []
    let byNumber = anchor.article - 1
    let numbered = byNumber >= 0 && byNumber < document.articles.count
    if numbered && document.articles[byNumber].title == anchor.articleTitle {
      result.append(byNumber)
    }
    if let titled = document.articles.indices.first(where: {
      document.articles[$0].title == anchor.articleTitle
    }) {
      result.append(titled)
    }
    if numbered { result.append(byNumber) }
    return result
  }
}

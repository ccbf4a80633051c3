import ReaderCore

/// A quote tied to the article it was taken from: its number and title, which say where to
/// look first, and the quote, which says where exactly.
public struct QuoteAnchor: Sendable, Hashable {
  /// 1-based, as `Article.number`.
  public var article: Int
  public var articleTitle: String
  public var quote: TextQuote

  public init(article: Int, articleTitle: String, quote: TextQuote) {
    self.article = article
    self.articleTitle = articleTitle
    self.quote = quote
  }

  /// The anchor of the top of block `block` of article `article` (an index).
  public init(document: Document, article: Int, block: Int) {
    let text = ArticleText(document, article: article)
    let entry = document.articles[article]
    self.init(article: entry.number, articleTitle: entry.title, quote: text.quote(atBlock: block))
  }

  /// Where the anchor stands in `document` now: in its own article (found by number, else by
  /// title) if the quote is still there, else anywhere in the document, best match first; nil
  /// when the quote is gone (or not indexed yet).
  public func find(in document: Document) -> FoundQuote? {
    var searched = Set<Int>()
    for candidate in likelyArticles(in: document) where searched.insert(candidate).inserted {
      let text = ArticleText(document, article: candidate)
      if let found = text.find(quote) { return FoundQuote(text: text, range: found.range) }
    }
    var best: (found: FoundQuote, score: Int)?
    for candidate in document.articles.indices where !searched.contains(candidate) {
      let text = ArticleText(document, article: candidate)
      if let found = text.find(quote), best == nil || found.score > best!.score {
        best = (FoundQuote(text: text, range: found.range), found.score)
      }
    }
    return best?.found
  }

  /// The article with the anchor's number when its title agrees, then the one with its title,
  /// then the one with its number.
  private func likelyArticles(in document: Document) -> [Int] {
    var result: [Int] = []
    let byNumber = article - 1
    let numbered = byNumber >= 0 && byNumber < document.articles.count
    if numbered && document.articles[byNumber].title == articleTitle { result.append(byNumber) }
    if let titled = document.articles.indices.first(where: {
      document.articles[$0].title == articleTitle
    }) {
      result.append(titled)
    }
    if numbered { result.append(byNumber) }
    return result
  }
}

/// Where a quote was found: the article, the block it starts in, and its scalar range.
public struct FoundQuote: Sendable, Hashable {
  /// Index into `Document.articles`.
  public var article: Int
  /// Index into `Document.blocks` of the block the quote starts in.
  public var block: Int
  /// Scalar offsets into that block's plain text (the end may run past the block).
  public var range: Range<Int>

  public init(article: Int, block: Int, range: Range<Int>) {
    self.article = article
    self.block = block
    self.range = range
  }

  init(text: ArticleText, range: Range<Int>) {
    let location = text.location(of: range.lowerBound)
    self.init(
      article: text.article, block: location.block,
      range: location.offset..<location.offset + range.count)
  }
}

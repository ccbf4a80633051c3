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
    let text = ArticleText(document, article: article, window: QuoteAnchor.window(around: block))
    let entry = document.articles[article]
    self.init(article: entry.number, articleTitle: entry.title, quote: text.quote(atBlock: block))
  }

  /// Where the anchor stands in `document` now: in its own article (found by number, else by
  /// title) if the quote is still there, else anywhere in the document, best match first; nil
  /// when the quote is gone (or not indexed yet).
  public func find(in document: Document) -> FoundQuote? {
    let key = QuoteAnchor.searchKey(quote.exact)
    var searched = Set<Int>()
    for candidate in likelyArticles(in: document) where searched.insert(candidate).inserted {
      if let found = find(in: document, article: candidate, key: key) { return found.quote }
    }
    var best: (quote: FoundQuote, score: Int)?
    for candidate in document.articles.indices where !searched.contains(candidate) {
      if let found = find(in: document, article: candidate, key: key),
        best == nil || found.score > best!.score
      {
        best = found
      }
    }
    return best?.quote
  }

  /// Where the anchor stands in its own article, the one with its number and title; nil when
  /// that article or the quote is not there. All a document still being indexed can answer:
  /// the same words earlier on (a disclaimer every article ends with) are no sign of the place
  /// while its own article may be still to come.
  public func findInItsArticle(in document: Document) -> FoundQuote? {
    let index = article - 1
    guard index >= 0, index < document.articles.count,
      document.articles[index].title == articleTitle
    else { return nil }
    return find(in: document, article: index, key: QuoteAnchor.searchKey(quote.exact))?.quote
  }

  /// The best place for the quote in one article: only blocks whose bytes hold the quote's
  /// first word are looked at closely (with a few blocks either side for the context), so a
  /// long article costs a byte scan, not its whole text decoded.
  private func find(in document: Document, article: Int, key: [UInt8])
    -> (quote: FoundQuote, score: Int)?
  {
    var best: (quote: FoundQuote, score: Int)?
    for block in document.articles[article].blocks
    where key.isEmpty || QuoteAnchor.block(block, of: document, contains: key) {
      let text = ArticleText(document, article: article, window: QuoteAnchor.window(around: block))
      if let found = text.find(quote), best == nil || found.score > best!.score {
        best = (FoundQuote(text: text, range: found.range), found.score)
      }
    }
    return best
  }

  /// The blocks quoted around `block`: enough for 32 scalars of context either side unless
  /// the neighbours are very short.
  static func window(around block: Int) -> Range<Int> { max(0, block - 2)..<block + 3 }

  /// The start of the quote as bytes, up to 24, cut before anything the file may spell
  /// otherwise (markup, entities) and before a line feed; empty when it starts with one.
  static func searchKey(_ exact: String) -> [UInt8] {
    var key: [UInt8] = []
    for byte in exact.utf8 {
      if byte == 0x0A || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || key.count == 24
      {
        break
      }
      key.append(byte)
    }
    while key.last == 0x20 { key.removeLast() }
    return key
  }

  /// Whether the stored bytes of one of `block`'s spans hold `key` (or its start, up to the
  /// span's end), where a space in the key
  /// stands for any run of whitespace (soft line breaks are folded in the quote, not in the
  /// file).
  static func block(_ block: Int, of document: Document, contains key: [UInt8]) -> Bool {
    let bytes = document.storage.bytes
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    for index in document.blocks[block].spans {
      let range = document.spans[index].range
      for start in range where bytes[start] == key[0] {
        var source = start
        var matched = 0
        while matched < key.count && source < range.upperBound {
          if key[matched] == 0x20 {
            guard isSpace(bytes[source]) else { break }
            while source < range.upperBound && isSpace(bytes[source]) { source += 1 }
            while matched < key.count && key[matched] == 0x20 { matched += 1 }
          } else {
            guard bytes[source] == key[matched] else { break }
            source += 1
            matched += 1
          }
        }
        // A quote runs on across spans (an editor's highlight, the markers between): reaching
        // the span's end agreeing is a match to look at closely.
        if matched == key.count || source == range.upperBound { return true }
      }
    }
    return false
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

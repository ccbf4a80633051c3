import ReaderCore

/// An article's text as one run of Unicode scalars: its blocks' plain texts joined by line
/// feeds, with where each block starts. Quotes are taken from it and found again in it.
public struct ArticleText: Sendable {
  /// Index into `Document.articles`.
  public let article: Int
  public let scalars: [Unicode.Scalar]
  /// Index into `Document.blocks` of the first block.
  public let firstBlock: Int
  /// Where each block starts in `scalars`, in block order.
  public let blockStarts: [Int]

  /// The text of the article's blocks in `window` (all of them when nil): quoting and finding
  /// look at a few blocks around a place, never at the whole of a long article.
  public init(_ document: Document, article: Int, window: Range<Int>? = nil) {
    self.article = article
    let all = document.articles[article].blocks
    let blocks = window.map { $0.clamped(to: all) } ?? all
    firstBlock = blocks.lowerBound
    var scalars: [Unicode.Scalar] = []
    var starts: [Int] = []
    for block in blocks {
      if !scalars.isEmpty { scalars.append("\n") }
      starts.append(scalars.count)
      scalars.append(contentsOf: ArticleText.text(of: block, in: document).unicodeScalars)
    }
    self.scalars = scalars
    blockStarts = starts
  }

  /// How much of a block is quoted from or searched: a place is kept near a block's start
  /// (its wrapped line is kept beside it), and decoding all of a 20 MB paragraph to quote 32
  /// characters of it took seconds.
  public static let blockLimit = 4096

  /// The plain text of `block`'s first `blockLimit` bytes or so (whole spans, then cut at a
  /// character), soft line breaks folded.
  static func text(of block: Int, in document: Document) -> String {
    var raw = ""
    for index in document.blocks[block].spans {
      let range = document.spans[index].range
      let room = blockLimit - raw.utf8.count
      guard room > 0 else { break }
      raw += document.storage.string(
        range.lowerBound..<min(range.upperBound, range.lowerBound + room))
    }
    return Document.foldingLineBreaks(raw)
  }

  /// Where block `block` (an index into `Document.blocks`) starts.
  public func start(ofBlock block: Int) -> Int {
    blockStarts[clamped(block - firstBlock, 0, blockStarts.count - 1)]
  }

  /// The block holding scalar `offset`, and the offset within that block.
  public func location(of offset: Int) -> (block: Int, offset: Int) {
    var low = 0
    var high = blockStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if blockStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return (firstBlock + low, offset - blockStarts[low])
  }

  /// The quote of `range`, with up to `TextQuote.context` scalars either side.
  public func quote(of range: Range<Int>) -> TextQuote {
    let lower = clamped(range.lowerBound, 0, scalars.count)
    let upper = clamped(range.upperBound, lower, scalars.count)
    return TextQuote(
      exact: string(lower..<upper),
      prefix: string(max(0, lower - TextQuote.context)..<lower),
      suffix: string(upper..<min(scalars.count, upper + TextQuote.context)))
  }

  /// The quote at the start of block `block`: `TextQuote.context` scalars of it (running into
  /// the next blocks when it is shorter), and the context either side.
  public func quote(atBlock block: Int) -> TextQuote {
    let start = start(ofBlock: block)
    return quote(of: start..<min(scalars.count, start + TextQuote.context))
  }

  /// Where `quote` stands now: among the places its `exact` text occurs, the one whose
  /// surroundings agree longest with its prefix and suffix (the first of equals); nil when the
  /// text occurs nowhere.
  public func find(_ quote: TextQuote) -> (range: Range<Int>, score: Int)? {
    let exact = Array(quote.exact.unicodeScalars)
    guard !exact.isEmpty, exact.count <= scalars.count else { return nil }
    let prefix = Array(quote.prefix.unicodeScalars)
    let suffix = Array(quote.suffix.unicodeScalars)
    var best: (range: Range<Int>, score: Int)?
    let first = exact[0]
    var start = 0
    while start + exact.count <= scalars.count {
      defer { start += 1 }
      guard scalars[start] == first, scalars[start..<start + exact.count].elementsEqual(exact)
      else { continue }
      let end = start + exact.count
      var score = 0
      while score < prefix.count, start - score - 1 >= 0,
        scalars[start - score - 1] == prefix[prefix.count - score - 1]
      {
        score += 1
      }
      var after = 0
      while after < suffix.count, end + after < scalars.count, scalars[end + after] == suffix[after]
      {
        after += 1
      }
      score += after
      if best == nil || score > best!.score { best = (start..<end, score) }
    }
    return best
  }

  private func string(_ range: Range<Int>) -> String {
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[range])
    return text
  }
}

func clamped(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), max(low, high)) }

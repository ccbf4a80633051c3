import ReaderCore

/// Counting the matches before one match of an article that was found by reading forward
/// from the view (an article over `MatchFinder.hugeArticle`), a slice at a time, so the
/// status line can say `i/n` rather than `–/n` without a pass over a book holding up a key.
public struct MatchRankRequest: Sendable, Hashable {
  public var query: String
  /// The match whose rank in its article is counted.
  public var match: SearchMatch
  /// Which parse of the text the positions refer to (`IndexSnapshot.generation`).
  public var generation: Int
  public var budget: Int
  /// Where the count goes on (a block, and a part of a long block), and what it found before.
  public var block: Int?
  public var part: Int
  public var counted: Int

  public init(query: String, match: SearchMatch, generation: Int, budget: Int) {
    self.query = query
    self.match = match
    self.generation = generation
    self.budget = budget
    block = nil
    part = 0
    counted = 0
  }

  /// One slice: the next request when the count goes on, else the rank.
  public func run(in document: Document) -> MatchRankSlice {
    let finder = MatchFinder(document: document, query: query)
    let article = match.article
    guard article < document.articles.count else { return MatchRankSlice(request: self, rank: 0) }
    var counted = self.counted
    var block = self.block ?? document.articles[article].blocks.lowerBound
    var part = self.part
    var spent = 0
    if block < match.block {
      let before = finder.countForward(
        in: article, fromBlock: block, fromPart: part, toBlock: match.block, budget: budget)
      counted += before.matches
      if let resume = before.resume {
        return MatchRankSlice(
          request: self, next: going(on: resume, part: before.resumePart, counted))
      }
      spent = before.spent
      block = match.block
      part = 0
    }
    let model = document.blocks[match.block]
    guard let parts = LongBlock.parts(of: model, in: document) else {
      let earlier = finder.matches(inBlock: match.block, article: article).filter { $0 < match }
      return MatchRankSlice(request: self, rank: counted + earlier.count)
    }
    for index in min(part, parts.count)..<parts.count {
      let piece = parts[index]
      // A match starts in its part: parts from the one past the match's offset hold none.
      if piece.bytes.lowerBound > match.offset { break }
      if spent >= budget && index > part {
        return MatchRankSlice(request: self, next: going(on: match.block, part: index, counted))
      }
      let found = finder.matches(ofPart: piece, block: match.block, article: article)
      counted += found.filter { $0 < match }.count
      spent += piece.bytes.count * MatchFinder.partCostPerByte
    }
    return MatchRankSlice(request: self, rank: counted)
  }

  private func going(on block: Int, part: Int, _ counted: Int) -> MatchRankRequest {
    var next = self
    next.block = block
    next.part = part
    next.counted = counted
    return next
  }
}

/// What one slice of a `MatchRankRequest` came to: the rank, or the request that goes on.
public struct MatchRankSlice: Sendable, Hashable {
  public var request: MatchRankRequest
  /// The match's place among its article's matches (0-based), when the count is done.
  public var rank: Int?
  /// The next slice's request, when it is not.
  public var next: MatchRankRequest?

  public init(request: MatchRankRequest, rank: Int) {
    self.request = request
    self.rank = rank
    next = nil
  }

  init(request: MatchRankRequest, next: MatchRankRequest) {
    self.request = request
    rank = nil
    self.next = next
  }
}

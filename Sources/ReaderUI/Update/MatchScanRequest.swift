import ReaderCore

/// Look for the next (or previous) match of a search from a position, reading at most about
/// `budget` bytes: one slice of the scan a typed key starts, so that a miss in a long book
/// never holds up the next key. A slice that ends before the answer names where the next one
/// goes on (`step`, `block`).
public struct MatchScanRequest: Sendable, Hashable {
  public var query: String
  /// The author filter that defines the set of articles searched through.
  public var author: String?
  /// Which parse of the text the positions refer to (`IndexSnapshot.generation`).
  public var generation: Int
  /// How many articles of the set there were when the scan began: articles indexed later are
  /// left to the next search, as when the scan runs whole.
  public var articles: Int
  /// Where the search starts.
  public var from: SearchMatch
  public var forward: Bool
  /// Whether a match at `from` itself counts.
  public var inclusive: Bool
  /// Which article the scan is at, counted from `from`'s article (see `Update.findMatch`).
  public var step: Int
  /// Where in that article to go on, for a long article read in slices; nil from its start.
  public var block: Int?
  /// In a long block (`LongBlock`) paused inside: the part to go on from (forward), or the
  /// part below which to go on (backward, in block `block - 1`); 0 otherwise.
  public var part: Int
  public var budget: Int

  public init(
    query: String, author: String?, generation: Int, articles: Int, from: SearchMatch,
    forward: Bool, inclusive: Bool, budget: Int
  ) {
    self.query = query
    self.author = author
    self.generation = generation
    self.articles = articles
    self.from = from
    self.forward = forward
    self.inclusive = inclusive
    step = 0
    block = nil
    part = 0
    self.budget = budget
  }
}

/// What one slice of a scan (`MatchScanRequest`) came to.
public struct MatchScanSlice: Sendable, Hashable {
  /// How a slice ended.
  public enum Outcome: Sendable, Hashable {
    /// The match, whether the scan went round the end of the set to reach it, and its rank
    /// among its article's matches (nil when the article was read forward only).
    case found(SearchMatch, wrapped: Bool, rank: Int?)
    /// No match anywhere in the articles searched.
    case missing
    /// The budget ran out: the request for the next slice.
    case goesOn(MatchScanRequest)
  }

  public var request: MatchScanRequest
  public var outcome: Outcome

  public init(request: MatchScanRequest, outcome: Outcome) {
    self.request = request
    self.outcome = outcome
  }
}

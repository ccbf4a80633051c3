import ReaderCore

/// Counting a search's matches a slice at a time: the update asks for the next slice
/// (`Command.countMatches`) whenever the count is behind, the runtime counts it when the keys
/// leave time, and the result comes back as `.matchesCounted`. Neither typing nor the first
/// match waits for a pass over the whole document.
extension Update {
  /// Bytes of articles one slice reads (a block searched counts `MatchFinder.blockCost`):
  /// about 9.5 M instructions, 3–4 ms on an idle machine, at most 128 blocks searched.
  static let countSliceBytes = 448 << 10

  /// Adds a slice's counts, if it is the next slice of the search shown; a slice for an
  /// older query, filter or parse is dropped.
  static func takeCount(_ slice: MatchCountSlice, into model: inout ReaderModel) {
    guard var search = model.state.search, !search.query.isEmpty else { return }
    let request = slice.request
    guard
      request.query == search.query, request.author == model.state.authorFilter,
      request.generation == model.generation, request.from == search.count.counted,
      request.block == search.count.resume, request.part == search.count.resumePart
    else { return }
    search.count.perArticle += slice.perArticle
    search.count.total += slice.perArticle.reduce(0, +) - request.carried + slice.carried
    search.count.resume = slice.resume
    search.count.resumePart = slice.resumePart
    search.count.carried = slice.carried
    model.state.search = search
  }

  /// Takes a slice of a match's rank, if it is the one awaited for the match shown.
  static func takeRank(_ slice: MatchRankSlice, into model: inout ReaderModel) {
    guard var search = model.state.search, search.ranking == slice.request,
      slice.request.generation == model.generation, search.current == slice.request.match
    else { return }
    if let rank = slice.rank {
      search.currentRank = rank
      search.ranking = nil
    } else {
      search.ranking = slice.next
    }
    model.state.search = search
  }

  /// Whether the count still has articles to go through.
  func isCounting(_ state: AppState) -> Bool {
    guard let search = state.search, !search.query.isEmpty else { return false }
    return search.count.counted < Self.countable(articles(state), in: document)
  }

  /// How many articles of `set` can be counted: all but an article still being read, whose
  /// count would fall short once it grows (it is counted when it closes).
  static func countable(_ set: ArticleSet, in document: Document) -> Int {
    guard document.lastArticleIsOpen, !set.isEmpty,
      set[set.count - 1] == document.articles.count - 1
    else { return set.count }
    return set.count - 1
  }

  /// `(i, n, complete)`: the place of the current match among all (nil when unknown), how
  /// many were counted, and whether that is all of them.
  func matchCounter(_ state: AppState) -> (index: Int?, total: Int, isComplete: Bool)? {
    guard let search = state.search, !search.query.isEmpty else { return nil }
    let set = articles(state)
    let complete = search.count.counted >= set.count && indexingPercent == nil
    var index: Int?
    // Every article before the current match's counted is enough: in a book still being read,
    // the match's own article is counted only once it closes, but its place is known.
    if let current = search.current, let rank = search.currentRank,
      let position = set.position(of: current.article), position <= search.count.counted,
      position <= search.count.perArticle.count
    {
      index = search.count.perArticle[..<position].reduce(0, +) + rank + 1
    }
    // Matches counted so far, and at least those up to the current one.
    return (index, max(search.count.total, index ?? 0), complete)
  }
}

/// Where a match count stands, to tell after an event whether the next slice must be asked
/// for: only when the search, the filter, the count or the set of articles changed, so that a
/// key that changes none of them asks for nothing.
struct CountProgress: Equatable {
  var query: String
  var author: String?
  var counted: Int
  /// Matches counted in the article the count is inside.
  var carried: Int
  /// The block the count goes on from, inside a long article.
  var resume: Int?
  var resumePart: Int
  var articles: Int
  var generation: Int

  init(_ model: ReaderModel) {
    let state = model.state
    query = state.search?.query ?? ""
    author = state.authorFilter
    counted = state.search?.count.counted ?? 0
    resume = state.search?.count.resume
    resumePart = state.search?.count.resumePart ?? 0
    carried = state.search?.count.carried ?? 0
    articles = Update.countable(
      ArticleSet(document: model.document, author: state.authorFilter), in: model.document)
    generation = model.generation
  }

  /// The next slice to count, if the count is behind and anything changed since `before`.
  func nextRequest(after before: CountProgress) -> MatchCountRequest? {
    guard !query.isEmpty, counted < articles, self != before else { return nil }
    return MatchCountRequest(
      query: query, author: author, from: counted, generation: generation,
      budget: Update.countSliceBytes, block: resume, part: resumePart, carried: carried)
  }
}

extension MatchCountRequest {
  /// Counts the slice in `document`: articles of the set from `from` on until about `budget`
  /// is spent, bytes read and blocks searched (`MatchFinder.blockCost`) together: at least one
  /// block, and an article goes on in the next slice from the block where the budget ran out
  /// (`MatchFinder.countForward`), however short it is: an article of many short matching
  /// paragraphs costs more to count than its bytes say. Pure, so the runtime may run it
  /// anywhere.
  public func run(in document: Document) -> MatchCountSlice {
    let set = ArticleSet(document: document, author: author)
    let finder = MatchFinder(document: document, query: query)
    var counts: [Int] = []
    var spent = 0
    var position = from
    var resume = block
    var part = self.part
    var carried = self.carried
    let end = Update.countable(set, in: document)
    while position < end && spent < budget {
      let article = set[position]
      let first = resume ?? document.articles[article].blocks.lowerBound
      let counted = finder.countForward(
        in: article, fromBlock: first, fromPart: part, budget: budget - spent)
      carried += counted.matches
      if let next = counted.resume {
        return MatchCountSlice(
          request: self, perArticle: counts, resume: next, resumePart: counted.resumePart,
          carried: carried)
      }
      counts.append(carried)
      carried = 0
      resume = nil
      part = 0
      spent += counted.spent
      position += 1
    }
    return MatchCountSlice(request: self, perArticle: counts)
  }
}

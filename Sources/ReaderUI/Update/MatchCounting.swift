import ReaderCore

/// Counting a search's matches in slices, on ticks, so neither typing nor the first match
/// waits for a pass over the whole document.
extension Reducer {
  /// Bytes of articles one slice reads: a few milliseconds.
  static let countSliceBytes = 2 << 20

  /// Whether the count still has articles to go through.
  func isCounting(_ state: AppState) -> Bool {
    guard let search = state.search, !search.query.isEmpty else { return false }
    return search.count.counted < articles(state).count
  }

  /// Counts the matches of the next articles of the set, about `budget` bytes of them.
  func countMatches(_ state: inout AppState, budget: Int = Reducer.countSliceBytes) {
    guard var search = state.search, !search.query.isEmpty else { return }
    let set = articles(state)
    guard search.count.counted < set.count else { return }
    let finder = MatchFinder(document: document, query: search.query)
    var spent = 0
    while search.count.counted < set.count && spent < budget {
      let article = set[search.count.counted]
      let found = finder.matches(in: article).count
      search.count.perArticle.append(found)
      search.count.total += found
      spent += finder.byteRange(of: article).count + 1
    }
    state.search = search
  }

  /// `(i, n, complete)`: the place of the current match among all (nil when unknown), how
  /// many were counted, and whether that is all of them.
  func matchCounter(_ state: AppState) -> (index: Int?, total: Int, isComplete: Bool)? {
    guard let search = state.search, !search.query.isEmpty else { return nil }
    let set = articles(state)
    let complete = search.count.counted >= set.count && indexingPercent == nil
    var index: Int?
    if let current = search.current, let rank = search.currentRank,
      let position = set.position(of: current.article), position < search.count.counted
    {
      index = search.count.perArticle[..<position].reduce(0, +) + rank + 1
    }
    return (index, search.count.total, complete)
  }
}

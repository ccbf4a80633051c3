import ReaderCore

/// Finding search matches across the articles in the set, and the search prompt's keys.
extension Update {
  /// The first match strictly after (or before) `position`, or at it when `inclusive`,
  /// going through the set's articles and wrapping around once.
  func findMatch(
    _ query: String, from position: SearchMatch, forward: Bool, inclusive: Bool,
    in set: ArticleSet
  ) -> (match: SearchMatch, wrapped: Bool, rank: Int?)? {
    let finder = MatchFinder(document: document, query: query)
    guard !finder.search.isEmpty, !set.isEmpty else { return nil }
    let count = set.count
    let start =
      set.position(of: position.article)
      ?? (forward
        ? (set.firstPosition(atOrAfter: position.article) ?? 0)
        : (set.lastPosition(atOrBefore: position.article) ?? count - 1))
    let startsInside = set.contains(position.article)
    // Starting inside the set, the start article is visited twice: after the position first,
    // then, all the way round, before it.
    let steps = startsInside ? count + 1 : count
    var firstStep = 0
    // In a huge article, forward from the view only as far as the next match: its rank among
    // the article's matches is then unknown (the counter shows –/n).
    if forward && startsInside
      && finder.byteRange(of: position.article).count > MatchFinder.hugeArticle
    {
      if let match = finder.firstMatch(
        in: position.article, from: position,
        where: { isBeyond($0, position, forward, inclusive) })
      {
        return (match, false, nil)
      }
      firstStep = 1
    }
    for step in firstStep..<steps {
      let raw = forward ? start + step : start - step
      let article = set[((raw % count) + count) % count]
      let matches = finder.matches(in: article)
      for rank in forward ? Array(matches.indices) : matches.indices.reversed() {
        let match = matches[rank]
        if startsInside && step == 0 && !isBeyond(match, position, forward, inclusive) { continue }
        if startsInside && step == count && isBeyond(match, position, forward, inclusive) {
          continue
        }
        return (match, raw >= count || raw < 0, rank)
      }
    }
    return nil
  }

  /// Whether `match` comes after `position` in the direction of the search.
  private func isBeyond(
    _ match: SearchMatch, _ position: SearchMatch, _ forward: Bool, _ inclusive: Bool
  ) -> Bool {
    if match == position || (match.block == position.block && match.offset == position.offset) {
      return inclusive
    }
    return forward ? position < match : match < position
  }

  /// Where a search starts: the top of the reading pane.
  func readingPosition(_ state: AppState) -> SearchMatch {
    // Lines without search marks: usually cached already, and a query being typed must not
    // cost a wrap of the article per key.
    guard let view = readingView(state, query: nil) else {
      return SearchMatch(
        article: state.openArticle, block: state.anchor.block, offset: 0, ordinal: 0)
    }
    let block = topBlock(of: view, state) ?? view.lines.anchor(at: view.top).block
    return SearchMatch(article: state.openArticle, block: block, offset: 0, ordinal: 0)
  }

  func handleSearchInput(_ state: inout AppState, _ key: Key) {
    handleSearchInput(&state, key, pasted: nil)
  }

  /// Pasted text is added to the query as if typed, searching once for the whole of it.
  func pasteIntoSearch(_ state: inout AppState, _ text: String) {
    handleSearchInput(&state, nil, pasted: Update.oneLine(text))
  }

  private func handleSearchInput(_ state: inout AppState, _ key: Key?, pasted: String?) {
    guard var search = state.search else { return }
    let previous = (query: search.query, match: search.current)
    if let pasted {
      guard !pasted.isEmpty else { return }
      search.query += pasted
    } else if let key {
      switch key {
      case .escape:
        state.openArticle = search.origin.article
        state.listSelection = search.origin.article
        state.anchor = search.origin.anchor
        state.search = nil
        return
      case .enter:
        search.isEditing = false
        if search.query.isEmpty {
          state.search = nil
        } else {
          if search.current == nil { state.message = notFound(search.query) }
          state.search = search
        }
        return
      case .backspace, .delete, .control("h"):
        if !search.query.isEmpty { search.query.removeLast() }
      case .character(let character):
        search.query.append(character)
      default:
        return
      }
    }
    // Incremental: every change searches again from where `/` was pressed (or, for a longer
    // query, from the last match).
    state.openArticle = search.origin.article
    state.listSelection = search.origin.article
    state.anchor = search.origin.anchor
    search.current = nil
    search.currentRank = nil
    search.count = MatchCount()
    state.search = search
    guard !search.query.isEmpty else { return }
    var from = readingPosition(state)
    // A longer query only matches where the shorter one did: typing on goes on from the last
    // match, and a query that matched nowhere in the whole document stays unmatched. Typing a
    // word then costs one pass, not one per letter.
    if !previous.query.isEmpty && search.query.hasPrefix(previous.query) {
      if let match = previous.match {
        from = match
      } else if indexingPercent == nil {
        return
      }
    }
    if let found = findMatch(
      search.query, from: from, forward: true, inclusive: true, in: articles(state))
    {
      search.current = found.match
      search.currentRank = found.rank
      state.search = search
      jump(&state, toMatch: found.match)
    }
  }

  func stepMatch(_ state: inout AppState, forward: Bool) {
    guard var search = state.search, !search.query.isEmpty else {
      state.message = "no search: press / to search"
      return
    }
    // From the match last jumped to while it is on screen, else from the view, as in `less`.
    let fromCurrent = search.current.flatMap { isOnScreen($0, state) ? $0 : nil }
    let from = fromCurrent ?? viewPosition(state)
    let inclusive = fromCurrent == nil && forward
    guard
      let found = findMatch(
        search.query, from: from, forward: forward, inclusive: inclusive, in: articles(state))
    else {
      state.message = notFound(search.query)
      return
    }
    search.current = found.match
    search.currentRank = found.rank
    state.search = search
    jump(&state, toMatch: found.match)
    if found.wrapped {
      state.message = forward ? "search wrapped to the top" : "search wrapped to the bottom"
    }
  }

  /// While indexing goes on, a search only covers the articles indexed so far.
  private func notFound(_ query: String) -> String {
    guard let percent = indexingPercent else { return "not found: \(query)" }
    return "not found so far: \(query) (indexing \(percent)%)"
  }
}

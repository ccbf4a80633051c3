import ReaderCore

/// Finding search matches across the articles in the set, and the search prompt's keys.
extension Update {
  /// The first match strictly after (or before) `position`, or at it when `inclusive`,
  /// going through the set's articles and wrapping around once: a scan without a budget.
  func findMatch(
    _ query: String, from position: SearchMatch, forward: Bool, inclusive: Bool,
    in set: ArticleSet
  ) -> (match: SearchMatch, wrapped: Bool, rank: Int?)? {
    // Run over `set` itself: the request's author names a set only for the runtime.
    let request = MatchScanRequest(
      query: query, author: nil, generation: generation, articles: set.count, from: position,
      forward: forward, inclusive: inclusive, budget: .max)
    guard
      case .found(let match, let wrapped, let rank) = request.run(in: document, over: set).outcome
    else { return nil }
    return (match, wrapped, rank)
  }

  /// Where a search starts: the top of the reading pane.
  func readingPosition(_ state: AppState) -> SearchMatch {
    // Lines without search marks: usually cached already, and a query being typed must not
    // cost a wrap of the article per key.
    guard let view = readingView(state, query: nil) else {
      return SearchMatch(
        article: state.openArticle, block: state.anchor.block, offset: 0, ordinal: 0)
    }
    if let block = topBlock(of: view, state) {
      return SearchMatch(article: state.openArticle, block: block, offset: 0, ordinal: 0)
    }
    return SearchMatch(
      article: state.openArticle, block: view.lines.anchor(at: view.top).block,
      offset: view.lines.searchOffset(at: view.top), ordinal: 0)
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
    let previous = (query: search.query, match: search.current, scan: search.scan)
    var line = LineEdit(search.query, cursor: state.promptCursor)
    if let pasted {
      guard !pasted.isEmpty else { return }
      line.insert(pasted)
      search.query = line.text
      state.promptCursor = line.cursor
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
          if search.current == nil {
            state.message = search.scan == nil ? notFound(search.query, state) : "searching…"
          }
          state.search = search
        }
        return
      default:
        guard line.apply(key) else { return }
        state.promptCursor = line.cursor
        // Moving the cursor changes nothing to search for.
        guard line.text != search.query else { return }
        search.query = line.text
      }
    }
    // Incremental: every change searches again from where `/` was pressed (or, for a longer
    // query, from the last match).
    state.openArticle = search.origin.article
    state.listSelection = search.origin.article
    state.anchor = search.origin.anchor
    search.current = nil
    search.currentRank = nil
    search.ranking = nil
    search.count = MatchCount()
    search.scan = nil
    state.search = search
    guard !search.query.isEmpty else { return }
    var from = readingPosition(state)
    // A longer query only matches where the shorter one did: typing on goes on from the last
    // match (or from where the shorter one's scan began, while it runs), and a query that
    // matched nowhere in the whole document stays unmatched. Typing a word then costs one
    // pass, not one per letter.
    if !previous.query.isEmpty && search.query.hasPrefix(previous.query) {
      if let match = previous.match {
        from = match
      } else if let scan = previous.scan {
        from = scan.from
      } else if indexingPercent == nil {
        return
      }
    }
    // The key reads one slice; a longer scan goes on as idle work (`Command.scanForMatch`),
    // its answer arriving as `.matchScanned`.
    let request = MatchScanRequest(
      query: search.query, author: state.authorFilter, generation: generation,
      articles: articles(state).count, from: from, forward: true, inclusive: true,
      budget: scanSliceBytes)
    takeScan(request.run(in: document, over: articles(state)), into: &state)
  }

  /// Bytes one slice of a typed search reads: about a millisecond of `memchr`, or a few
  /// ordinary articles searched whole.
  static let scanSliceBytes = 2 << 20

  /// Takes one slice of a search's scan (typed, or `n` `N`): the match found is shown, a miss
  /// is said once the query is accepted, and a scan that goes on waits as `search.scan` (for
  /// which `apply` asks the runtime).
  func takeScan(_ slice: MatchScanSlice, into state: inout AppState) {
    var slice = slice
    // The skim view leaves most sentences out: a match in one of them is passed over, as if
    // the text were not there. A bound keeps a search whose every match is hidden from going
    // round for ever.
    var passedOver = 0
    while state.skim, case .found(let match, _, _) = slice.outcome, !isShownInSkim(match, state) {
      passedOver += 1
      guard passedOver <= Self.hiddenMatchesPassedOver else {
        state.search?.scan = nil
        state.message = notFound(slice.request.query, state)
        return
      }
      let next = MatchScanRequest(
        query: slice.request.query, author: state.authorFilter, generation: generation,
        articles: articles(state).count, from: match, forward: slice.request.forward,
        inclusive: false, budget: scanSliceBytes)
      slice = next.run(in: document, over: articles(state))
    }
    guard var search = state.search else { return }
    search.scan = nil
    switch slice.outcome {
    case .found(let match, let wrapped, let rank):
      search.current = match
      search.currentRank = rank
      // Found reading forward from the view: its place among the article's matches is
      // counted in the background.
      search.ranking =
        rank == nil
        ? MatchRankRequest(
          query: search.query, match: match, generation: generation,
          budget: Update.countSliceBytes)
        : nil
      state.search = search
      if !search.isEditing { state.message = nil }
      jump(&state, toMatch: match)
      if wrapped && !search.isEditing {
        state.message =
          slice.request.forward ? "search wrapped to the top" : "search wrapped to the bottom"
      }
    case .missing:
      state.search = search
      if !search.isEditing { state.message = notFound(search.query, state) }
    case .goesOn(let next):
      search.scan = next
      state.search = search
    }
  }

  /// How many matches the skim view's `n` passes over before it gives up.
  static let hiddenMatchesPassedOver = 500

  private func isShownInSkim(_ match: SearchMatch, _ state: AppState) -> Bool {
    skimShows(character: match.offset, inBlock: match.block, article: match.article, state)
  }

  /// Whether the skim view shows character `offset` (counted in characters) of `block`.
  func skimShows(character offset: Int, inBlock block: Int, article: Int, _ state: AppState)
    -> Bool
  {
    let suggested =
      usesSuggestions(state) ? Set(state.suggestions.spans.map(\.block)) : Set<Int>()
    return SkimText.shows(
      offset: offset, inBlock: block, article: article, of: document, suggested: suggested)
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
    // In slices as typing is: a match far away (or none) is reported when the scan gets there.
    let request = MatchScanRequest(
      query: search.query, author: state.authorFilter, generation: generation,
      articles: articles(state).count, from: from, forward: forward, inclusive: inclusive,
      budget: scanSliceBytes)
    search.scan = nil
    state.search = search
    takeScan(request.run(in: document, over: articles(state)), into: &state)
    if state.search?.scan != nil { state.message = "searching…" }
  }

  /// While indexing goes on, a search only covers the articles indexed so far.
  private func notFound(_ query: String, _ state: AppState) -> String {
    // The count covers the whole text; the skim view may hide every match it counts.
    if state.skim {
      return "no match of \(query) shown in the skim view (S shows all)"
    }
    guard let percent = indexingPercent else { return "not found: \(query)" }
    return "not found so far: \(query) (indexing \(percent)%)"
  }
}

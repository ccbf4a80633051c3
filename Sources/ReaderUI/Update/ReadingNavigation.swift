import ReaderCore

/// Scrolling, opening articles, and jumping to highlights and quotes.
extension Update {
  /// Lines of context kept above a highlight, match or quote jumped to.
  static let jumpContext = 2

  func readingView(_ state: AppState) -> ReadingView? {
    readingView(state, query: activeQuery(state))
  }

  /// The reading view with `query`'s matches marked (nil: none marked).
  func readingView(_ state: AppState, query: String?) -> ReadingView? {
    guard state.openArticle >= 0, state.openArticle < document.articles.count else { return nil }
    let layout = state.layout
    let lines = self.lines.lines(
      of: state.openArticle, width: layout.textWidth, query: query, in: document,
      generation: generation, skim: state.skim,
      suggested: state.skim && usesSuggestions(state) ? state.suggestions.spans : [])
    return ReadingView(lines: lines, height: max(1, layout.contentRows), anchor: state.anchor)
  }

  /// The search text whose matches are marked, if any.
  func activeQuery(_ state: AppState) -> String? {
    guard let query = state.search?.query, !query.isEmpty else { return nil }
    return query
  }

  func scroll(_ state: inout AppState, by delta: Int) {
    guard let view = readingView(state) else { return }
    let top = clamp(view.top + delta, 0, view.maxTop(reaching: view.top + delta))
    state.anchor = view.lines.anchor(at: top)
    state.sidebarSelection = nil
  }

  /// Opens `article` at its top.
  func open(_ state: inout AppState, article: Int) {
    guard article >= 0, article < document.articles.count else { return }
    state.openArticle = article
    state.listSelection = article
    state.openMatter = nil
    state.listMatter = nil
    state.anchor = ReadingAnchor(block: document.articles[article].blocks.lowerBound, row: 0)
    state.sidebarSelection = nil
  }

  /// Opens the article holding `block` (if needed) and scrolls `line(lines)` into view.
  func show(
    _ state: inout AppState, article: Int, line: (ArticleLines) -> Int?
  ) {
    if state.openArticle != article || state.openMatter != nil { open(&state, article: article) }
    guard let view = readingView(state), let target = line(view.lines) else { return }
    state.anchor = view.anchor(showing: target, context: Update.jumpContext)
    state.sidebarSelection = nil
  }

  func jump(_ state: inout AppState, toHighlight index: Int) {
    let highlight = document.highlights[index]
    show(&state, article: highlight.article) {
      $0.line(ofHighlight: index, block: highlight.block)
    }
    state.currentHighlight = index
  }

  func jump(_ state: inout AppState, toMatch match: SearchMatch) {
    show(&state, article: match.article) {
      $0.line(ofMatch: match.ordinal, block: match.block, offset: match.offset)
    }
  }

  func jump(_ state: inout AppState, toQuote index: Int) {
    let quote = document.quotes[index]
    show(&state, article: quote.article) { quoteLine(index, in: $0) }
    state.sidebarSelection = index
  }

  // MARK: Quotes

  /// The open article's quotes (indexes into `Document.quotes`).
  func openQuotes(_ state: AppState) -> Range<Int>? {
    guard state.openArticle >= 0, state.openArticle < document.articles.count else { return nil }
    return document.articles[state.openArticle].quotes
  }

  /// The line where quote `index` starts: its speaker's heading, or the block holding it.
  func quoteLine(_ index: Int, in lines: ArticleLines) -> Int? {
    lines.firstLine(ofBlock: quoteStartBlock(index))
  }

  /// The block where quote `index` starts: its speaker's heading, or the block holding it.
  private func quoteStartBlock(_ index: Int) -> Int {
    let quote = document.quotes[index]
    let first = quote.blocks.lowerBound
    if quote.kind == .block, first > 0 {
      let previous = document.blocks[first - 1]
      if previous.kind == .speaker && Int(previous.quote) == index { return first - 1 }
    }
    return first
  }

  /// The quote nearest the reading position: the last one starting at or above the top
  /// (give or take the jump context), else the first one below.
  ///
  /// Quotes are numbered in reading order, so their lines never decrease: the last one at or
  /// above the top is found by bisection (a book can hold tens of thousands, and this runs on
  /// every frame). A quote without a line falls back to looking at each.
  func followedQuote(_ state: AppState) -> Int? {
    guard let quotes = openQuotes(state), !quotes.isEmpty, let view = readingView(state) else {
      return nil
    }
    // A quote starts at or above the limit line exactly when its first block comes no later
    // than the block on that line: comparing blocks leaves the lines of quotes far below the
    // view unasked for, which in a long article's skim view would set them all.
    let limitBlock = view.lines.anchor(at: view.top + Update.jumpContext).block
    let blocks = document.articles[state.openArticle].blocks
    var low = quotes.lowerBound
    var high = quotes.upperBound
    while low < high {
      let middle = (low + high) / 2
      let block = quoteStartBlock(middle)
      guard blocks.contains(block) else { return nearestQuote(quotes, view) }
      if block <= limitBlock { low = middle + 1 } else { high = middle }
    }
    return low > quotes.lowerBound ? low - 1 : quotes.lowerBound
  }

  private func nearestQuote(_ quotes: Range<Int>, _ view: ReadingView) -> Int {
    var best: (quote: Int, line: Int)?
    var firstBelow: (quote: Int, line: Int)?
    for index in quotes {
      guard let line = quoteLine(index, in: view.lines) else { continue }
      if line <= view.top + Update.jumpContext {
        if best == nil || line >= best!.line { best = (index, line) }
      } else if firstBelow == nil || line < firstBelow!.line {
        firstBelow = (index, line)
      }
    }
    return best?.quote ?? firstBelow?.quote ?? quotes.lowerBound
  }

  /// The sidebar's marked entry: the one chosen with the keys, else the followed one.
  func sidebarCurrent(_ state: AppState) -> Int? {
    if let selection = state.sidebarSelection, let quotes = openQuotes(state),
      quotes.contains(selection)
    {
      return selection
    }
    return followedQuote(state)
  }

  // MARK: Highlights

  func stepHighlight(_ state: inout AppState, forward: Bool) {
    if usesSuggestions(state) { return stepSuggestion(&state, forward: forward) }
    guard let found = highlightFromView(state, forward: forward) else {
      // Each key says it in its own words: after `]`, a `[` with the same message would
      // change nothing on the screen and seem not to have been read.
      let none = state.authorFilter == nil ? "no highlights" : "no highlights by this author"
      state.message = none + (forward ? " for ] to go to" : " for [ to go back to")
      return
    }
    if found.wrapped, let percent = indexingPercent {
      // Wrapping would skip what is not indexed yet.
      state.message =
        forward
        ? "indexing \(percent)%: no further highlights yet"
        : "indexing \(percent)%: the last highlights are not indexed yet"
      return
    }
    jump(&state, toHighlight: found.highlight)
    if found.wrapped {
      state.message = forward ? "wrapped to first highlight" : "wrapped to last highlight"
    }
  }
}

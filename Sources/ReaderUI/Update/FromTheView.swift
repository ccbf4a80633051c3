import ReaderCore

/// Where `]` `[` `n` `N` start: from the highlight or match last jumped to while it is still
/// on screen, otherwise from the top line of the view, as `less` and `vim` do. So `G` then `]`
/// goes on from the end, not back to the first highlight.
extension Update {
  /// The highlight `]` (or `[`) goes to, and whether reaching it wrapped around the set.
  func highlightFromView(_ state: AppState, forward: Bool) -> (highlight: Int, wrapped: Bool)? {
    let order = HighlightOrder(document: document, articles: articles(state))
    let view = readingView(state)
    if let current = state.currentHighlight, let view, isOnScreen(highlight: current, view, state) {
      return order.step(from: current, openArticle: state.openArticle, forward: forward)
    }
    guard let view, order.articles.contains(state.openArticle) else {
      return order.step(from: nil, openArticle: state.openArticle, forward: forward)
    }
    if let inArticle = highlightInOpenArticle(state, view, forward: forward) {
      return (inArticle, false)
    }
    return order.search(fromArticle: state.openArticle, forward: forward, skipStart: true)
  }

  /// The open article's first highlight at or below the view's top line (or its last one
  /// above it).
  private func highlightInOpenArticle(_ state: AppState, _ view: ReadingView, forward: Bool)
    -> Int?
  {
    let top = view.top
    let topBlock = topBlock(of: view, state) ?? view.lines.anchor(at: top).block
    let range = document.articles[state.openArticle].highlights
    // Highlights are in document order, and so are their lines: those in blocks above the
    // top block are above the view, those in blocks below it below, and in the top block the
    // first at or below the top is found by bisection. Looking at each in turn wrapped every
    // part of a one-paragraph book up to the view (14 s and 700 MB at the end of 24 MB).
    let blockStart = firstHighlight(in: range) { document.highlights[$0].block >= topBlock }
    let blockEnd = firstHighlight(in: blockStart..<range.upperBound) {
      document.highlights[$0].block > topBlock
    }
    let firstBelowTop = firstHighlight(in: blockStart..<blockEnd) { index in
      guard let line = view.lines.line(ofHighlight: index, block: topBlock) else { return false }
      return line >= top
    }
    if forward {
      return firstBelowTop < range.upperBound ? firstBelowTop : nil
    }
    return firstBelowTop > range.lowerBound ? firstBelowTop - 1 : nil
  }

  /// The first index in `range` for which `isAtOrPast` holds, which holds for every index
  /// after it too; `range.upperBound` when there is none.
  private func firstHighlight(in range: Range<Int>, where isAtOrPast: (Int) -> Bool) -> Int {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let middle = low + (high - low) / 2
      if isAtOrPast(middle) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  func isOnScreen(highlight: Int, _ view: ReadingView, _ state: AppState) -> Bool {
    guard highlight >= 0, highlight < document.highlights.count else { return false }
    let found = document.highlights[highlight]
    guard found.article == state.openArticle,
      let line = view.lines.line(ofHighlight: highlight, block: found.block)
    else { return false }
    return (view.top..<view.top + view.height).contains(line)
  }

  /// Whether `match` is in the open article and on screen.
  func isOnScreen(_ match: SearchMatch, _ state: AppState) -> Bool {
    guard match.article == state.openArticle, let view = readingView(state),
      let line = view.lines.line(
        ofMatch: match.ordinal, block: match.block, offset: match.offset)
    else { return false }
    return (view.top..<view.top + view.height).contains(line)
  }

  /// The top of the view as a search position: the start of the block on the top line (of the
  /// block after it, when the top line is the blank line below a block).
  func viewPosition(_ state: AppState) -> SearchMatch {
    guard let view = readingView(state, query: nil) else { return readingPosition(state) }
    let anchor = view.lines.anchor(at: view.top)
    if let block = topBlock(of: view, state) {
      return SearchMatch(article: state.openArticle, block: block, offset: 0, ordinal: 0)
    }
    guard anchor.row != ReadingAnchor.gap else {
      return SearchMatch(article: state.openArticle, block: anchor.block + 1, offset: 0, ordinal: 0)
    }
    return SearchMatch(
      article: state.openArticle, block: anchor.block,
      offset: view.lines.searchOffset(at: view.top), ordinal: 0)
  }

  /// The title's block when the view is at the article's top, where the pane's header shows
  /// the title's first row: the reading starts there, above the first line.
  func topBlock(of view: ReadingView, _ state: AppState) -> Int? {
    guard view.top == 0, view.lines.headerTitle() != nil else { return nil }
    return document.articles[state.openArticle].blocks.lowerBound
  }
}

/// The first visible entry of a list that keeps `selection` in view, as near the middle as
/// the ends allow. A pure function of the selection, so clicks and drawing agree.
func scrollTop(selection: Int, count: Int, visible: Int) -> Int {
  guard count > visible, visible > 0 else { return 0 }
  return clamp(selection - visible / 2, 0, count - visible)
}

/// Which articles the list shows on which rows (two rows per article): what the list pane
/// draws and where a click lands.
struct ListRows {
  static let rowsPerEntry = ArticleListPane.rowsPerEntry

  let set: ArticleSet
  /// Position in `set` of the selected article, if it is in the set.
  let selection: Int?
  let visible: Int
  let top: Int

  init(_ queries: Update, _ state: AppState) {
    set = queries.articles(state)
    selection = set.position(of: state.listSelection)
    visible = max(1, state.layout.contentRows / ListRows.rowsPerEntry)
    top = scrollTop(selection: selection ?? 0, count: set.count, visible: visible)
  }

  /// The article (index into `Document.articles`) drawn on content row `row`, if any.
  func article(atRow row: Int) -> Int? {
    guard row >= 0 else { return nil }
    let position = top + row / ListRows.rowsPerEntry
    return position < set.count ? set[position] : nil
  }
}

/// Which quotes the sidebar shows on which rows (one row each).
struct SidebarRows {
  /// Indexes into `Document.quotes`.
  let quotes: Range<Int>
  let current: Int?
  let top: Int
  let visible: Int

  init(_ queries: Update, _ state: AppState) {
    quotes = queries.openQuotes(state) ?? 0..<0
    current = queries.sidebarCurrent(state)
    visible = max(1, state.layout.contentRows)
    top = scrollTop(
      selection: (current ?? quotes.lowerBound) - quotes.lowerBound, count: quotes.count,
      visible: visible)
  }

  func quote(atRow row: Int) -> Int? {
    guard row >= 0 else { return nil }
    let index = quotes.lowerBound + top + row
    return quotes.contains(index) ? index : nil
  }
}

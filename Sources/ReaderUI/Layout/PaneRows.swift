/// The first visible entry of a list that keeps `selection` in view, as near the middle as
/// the ends allow. A pure function of the selection, so clicks and drawing agree.
func scrollTop(selection: Int, count: Int, visible: Int) -> Int {
  guard count > visible, visible > 0 else { return 0 }
  return clamp(selection - visible / 2, 0, count - visible)
}

/// Which articles the list shows on which rows (two rows per article): what the list pane
/// draws and where a click lands. The document's front and back matter, when it has any and
/// no author filter is on, stand dimmed before the first article and after the last, in slots
/// of their own that the selection reaches too.
struct ListRows {
  static let rowsPerEntry = ArticleListPane.rowsPerEntry

  /// What one slot of the list holds.
  enum Slot: Equatable {
    case frontMatter
    /// A position in `set`.
    case article(Int)
    case backMatter
  }

  let set: ArticleSet
  /// Position in `set` of the selected article, if it is in the set.
  let selection: Int?
  let visible: Int
  let top: Int
  /// Whether a slot for the front (back) matter comes first (last).
  let front: Bool
  let back: Bool

  init(_ queries: Update, _ state: AppState) {
    set = queries.articles(state)
    selection = set.position(of: state.listSelection)
    visible = max(1, state.layout.contentRows / ListRows.rowsPerEntry)
    let unfiltered = state.authorFilter == nil && !set.isEmpty
    front = unfiltered && queries.document.frontMatter != nil
    back = unfiltered && queries.document.backMatter != nil
    let slots = set.count + (front ? 1 : 0) + (back ? 1 : 0)
    let selected =
      state.listMatter == .front && front
      ? 0 : state.listMatter == .back && back ? slots - 1 : (selection ?? 0) + (front ? 1 : 0)
    top = scrollTop(selection: selected, count: slots, visible: visible)
  }

  var slotCount: Int { self.set.count + (front ? 1 : 0) + (back ? 1 : 0) }

  func slot(_ index: Int) -> Slot? {
    guard index >= 0, index < slotCount else { return nil }
    if front && index == 0 { return .frontMatter }
    let position = index - (front ? 1 : 0)
    return position < set.count ? .article(position) : .backMatter
  }

  /// The slot drawn on content row `row`, if any.
  func slot(atRow row: Int) -> Slot? {
    row >= 0 ? slot(top + row / ListRows.rowsPerEntry) : nil
  }

  /// The slot the list's selection stands on.
  func selectedSlot(_ state: AppState) -> Int {
    if state.listMatter == .front && front { return 0 }
    if state.listMatter == .back && back { return slotCount - 1 }
    return (selection ?? set.firstPosition(atOrAfter: state.listSelection) ?? 0) + (front ? 1 : 0)
  }

  /// The article (index into `Document.articles`) drawn on content row `row`, if any.
  func article(atRow row: Int) -> Int? {
    guard row >= 0, case .article(let position) = slot(top + row / ListRows.rowsPerEntry) else {
      return nil
    }
    return set[position]
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

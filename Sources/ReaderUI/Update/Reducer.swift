import ReaderCore

/// Applies events to the state. Holds the document and the wrapped-line cache it needs to
/// turn "scroll a page" into a new anchor; the state itself stays a plain value.
struct Reducer {
  let document: Document
  let cache: LineCache
  let mouseEnabled: Bool
  /// How much of the file is indexed, while indexing goes on; nil once the document is whole.
  var indexingPercent: Int? = nil

  /// The articles the user moves between under the current filter.
  func articles(_ state: AppState) -> ArticleSet {
    ArticleSet(document: document, author: state.authorFilter)
  }

  func reduce(_ state: inout AppState, _ event: Event) {
    switch event {
    case .resize(let width, let height):
      state.width = max(0, width)
      state.height = max(0, height)
    case .tick:
      countMatches(&state)
    case .mouse(let mouse):
      if mouseEnabled { handleMouse(&state, mouse) }
    case .key(let key):
      state.message = nil
      if state.search?.isEditing == true {
        handleSearchInput(&state, key)
      } else if let overlay = state.overlay {
        handleOverlay(&state, overlay, key)
      } else if let action = Keymap.action(for: key) {
        perform(&state, action)
      }
    }
    if !state.layout.shows(state.focus) { state.focus = .reading }
  }

  func perform(_ state: inout AppState, _ action: Action) {
    let set = articles(state)
    switch action {
    case .quit: state.isFinished = true
    case .help: state.overlay = .help(offset: 0)
    case .focusNext, .focusPrevious:
      let order = Pane.allCases.filter { state.layout.shows($0) }
      if let at = order.firstIndex(of: state.focus) {
        let step = action == .focusNext ? 1 : order.count - 1
        state.focus = order[(at + step) % order.count]
      }
    case .down: move(&state, by: 1)
    case .up: move(&state, by: -1)
    case .pageDown: move(&state, by: pageSize(state, of: state.focus))
    case .pageUp: move(&state, by: -pageSize(state, of: state.focus))
    case .top: move(&state, by: Int.min / 2)
    case .bottom: move(&state, by: Int.max / 2)
    case .activate:
      switch state.focus {
      case .list:
        if set.contains(state.listSelection) {
          open(&state, article: state.listSelection)
          state.focus = .reading
        }
      case .sidebar:
        if let quote = sidebarCurrent(state) { jump(&state, toQuote: quote) }
      case .reading: break
      }
    case .nextHighlight: stepHighlight(&state, forward: true)
    case .previousHighlight: stepHighlight(&state, forward: false)
    case .nextArticle, .previousArticle:
      guard let position = set.position(of: state.openArticle) else {
        if !set.isEmpty { open(&state, article: set[0]) }
        return
      }
      let target = position + (action == .nextArticle ? 1 : -1)
      if target < 0 {
        state.message = "already at the first article"
      } else if target >= set.count {
        state.message =
          indexingPercent.map { "indexing \($0)%: no further articles yet" }
          ?? "already at the last article"
      } else {
        open(&state, article: set[target])
      }
    case .authorPicker:
      if document.authors.entries.isEmpty {
        state.message = "no authors in this file"
      } else {
        state.overlay = .authorPicker(query: "", selection: 0)
      }
    case .clearAuthor:
      if state.authorFilter != nil {
        state.authorFilter = nil
        state.message = "showing all articles"
        state.search?.count = MatchCount()
      }
    case .search:
      state.search = SearchState(
        query: "", isEditing: true,
        origin: ReadingOrigin(article: state.openArticle, anchor: state.anchor), current: nil)
    case .nextMatch: stepMatch(&state, forward: true)
    case .previousMatch: stepMatch(&state, forward: false)
    case .toggleSidebar: state.sidebarChoice = !state.layout.shows(.sidebar)
    case .toggleList: state.listChoice = !state.layout.shows(.list)
    case .escape:
      if state.search != nil { state.search = nil }
    }
  }

  /// Moves whatever the focused pane moves: the list selection, the sidebar selection, or
  /// the reading position.
  func move(_ state: inout AppState, by delta: Int) {
    switch state.focus {
    case .list:
      let set = articles(state)
      guard !set.isEmpty else { return }
      let position =
        set.position(of: state.listSelection) ?? set.firstPosition(atOrAfter: state.listSelection)
        ?? 0
      state.listSelection = set[clamp(position + delta, 0, set.count - 1)]
    case .sidebar:
      guard let quotes = openQuotes(state), !quotes.isEmpty else { return }
      let current = sidebarCurrent(state) ?? quotes.lowerBound
      state.sidebarSelection = clamp(current + delta, quotes.lowerBound, quotes.upperBound - 1)
    case .reading:
      scroll(&state, by: delta)
    }
  }

  func pageSize(_ state: AppState, of pane: Pane) -> Int {
    let rows = state.layout.contentRows
    switch pane {
    case .list: return max(1, rows / 2 - 1)
    case .sidebar, .reading: return max(1, rows - 2)
    }
  }
}

func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), max(low, high)) }

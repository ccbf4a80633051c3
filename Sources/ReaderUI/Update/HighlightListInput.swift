import ReaderCore

/// Keys in the `H` list: `j` `k` (while nothing is typed) and the arrows move, other
/// characters narrow the list, `Enter` jumps to the selected highlight, `Esc` closes.
extension Update {
  func openHighlightList(_ state: inout AppState) {
    let list = HighlightList(document: document, articles: articles(state), query: "")
    // The highlight `]` would go to, or the current one while it is on screen.
    var start = highlightFromView(state, forward: true)?.highlight
    if let current = state.currentHighlight, let view = readingView(state),
      isOnScreen(highlight: current, view, state)
    {
      start = current
    }
    guard let selection = list.nearest(to: start) else {
      state.message = state.authorFilter == nil ? "no highlights" : "no highlights by this author"
      return
    }
    state.overlay = .highlights(query: "", selection: selection)
  }

  func handleHighlightList(_ state: inout AppState, query: String, selection: Int?, _ key: Key) {
    var query = query
    var selection = selection
    let list = HighlightList(document: document, articles: articles(state), query: query)
    switch key {
    case .escape:
      state.overlay = nil
      return
    case .enter:
      state.overlay = nil
      if let selection { jump(&state, toHighlight: selection) }
      return
    case .down, .control("n"):
      selection = selection.flatMap { list.neighbour(of: $0, forward: true) } ?? selection
    case .up, .control("p"):
      selection = selection.flatMap { list.neighbour(of: $0, forward: false) } ?? selection
    case .character("j") where query.isEmpty, .character("k") where query.isEmpty:
      let forward = key == .character("j")
      selection = selection.flatMap { list.neighbour(of: $0, forward: forward) } ?? selection
    case .pageDown, .pageUp:
      for _ in 0..<10 {
        let next = selection.flatMap { list.neighbour(of: $0, forward: key == .pageDown) }
        guard let next else { break }
        selection = next
      }
    case .home: selection = list.first() ?? selection
    case .end: selection = list.first(forward: false) ?? selection
    case .backspace, .delete, .control("h"):
      guard !query.isEmpty else { break }
      query.removeLast()
      selection =
        HighlightList(document: document, articles: articles(state), query: query)
        .nearest(to: selection)
    case .character(let character):
      query.append(character)
      selection =
        HighlightList(document: document, articles: articles(state), query: query)
        .nearest(to: selection)
    default: break
    }
    state.overlay = .highlights(query: query, selection: selection)
  }
}

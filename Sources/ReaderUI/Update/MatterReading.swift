import ReaderCore

/// Reading the front or back matter: opened from the list, scrolled with the reading keys.
/// Paging past its end goes on into the first article (from the front matter) and back into
/// the last (from the back matter); nothing pages from an article into the matter.
extension Update {
  func openMatter(_ state: inout AppState, _ side: MatterSide) {
    guard side.matter(of: document) != nil else { return }
    state.openMatter = side
    state.listMatter = side
    state.matterTop = 0
  }

  /// How far the open matter scrolls: its last row at the bottom of the pane.
  func matterMaxTop(_ state: AppState) -> Int {
    guard let matter = state.openMatter?.matter(of: document) else { return 0 }
    let count = MatterLines.lines(of: matter, width: state.layout.textWidth).count
    return max(0, count - max(1, state.layout.contentRows))
  }

  func stepMatter(_ state: inout AppState, by delta: Int) {
    guard let side = state.openMatter else { return }
    let maxTop = matterMaxTop(state)
    let stuck = delta > 0 ? state.matterTop >= maxTop : state.matterTop <= 0
    guard stuck else {
      state.matterTop = clamp(state.matterTop + delta, 0, maxTop)
      return
    }
    let set = articles(state)
    let toEnd = abs(delta) >= Int.max / 4
    if !toEnd, !set.isEmpty, side == .front, delta > 0 {
      open(&state, article: set[0])
    } else if !toEnd, !set.isEmpty, side == .back, delta < 0 {
      open(&state, article: set[set.count - 1])
      scroll(&state, by: Int.max / 2)
    } else {
      state.message =
        delta > 0
        ? "end of the \(side.heading.lowercased())" : "top of the \(side.heading.lowercased())"
    }
  }
}

import ReaderCore

/// Moving with the keys, as a pager does: scrolling the reading pane goes on into the next
/// article at the end of one (and back into the previous one at the top), and a key that
/// cannot move says why instead of doing nothing.
extension Update {
  /// What the status line says at the end of an article the file is still being read into.
  static let endReadSoFarMessage = "the end read so far: the rest is still being read"
  /// What a key that moves through the text says when there is none to move through (an
  /// empty file, or one whose first article is still being read).
  static let noArticleMessage = "no article to move in"

  /// Moves the focused pane by `delta` (`Int.max / 2` and `Int.min / 2`: to the end, the top).
  func step(_ state: inout AppState, by delta: Int) {
    let toEnd = abs(delta) >= Int.max / 4
    switch state.focus {
    case .reading:
      if state.openMatter != nil {
        stepMatter(&state, by: delta)
        return
      }
      guard let view = readingView(state) else {
        state.message = Update.noArticleMessage
        return
      }
      let stuck = delta > 0 ? view.top >= view.maxTop : view.top <= 0
      // An article still being read ends where the reading has got: said, so that `G` in a
      // book opened a moment ago is not taken for its end.
      let growing = document.lastArticleIsOpen && state.openArticle == document.articles.count - 1
      state.followsEnd = growing && toEnd && delta > 0
      guard stuck else {
        scroll(&state, by: delta)
        if growing && toEnd && delta > 0 { state.message = Update.endReadSoFarMessage }
        return
      }
      if growing && delta > 0 {
        state.message = Update.endReadSoFarMessage
      } else if toEnd {
        state.message = delta > 0 ? "end of the article" : "top of the article"
      } else {
        continueAcross(&state, forward: delta > 0)
      }
    case .list:
      let before = (state.listSelection, state.listMatter)
      move(&state, by: delta)
      if (state.listSelection, state.listMatter) == before, articles(state).count > 0 {
        state.message = delta > 0 ? "end of the list" : "top of the list"
      }
    case .sidebar:
      let before = sidebarCurrent(state)
      move(&state, by: delta)
      if before == nil {
        state.message = "no quotes in this article"
      } else if sidebarCurrent(state) == before {
        state.message = delta > 0 ? "last quote of the article" : "first quote of the article"
      }
    }
  }

  /// Opens the next article of the set at its top, or the previous one at its end.
  private func continueAcross(_ state: inout AppState, forward: Bool) {
    let set = articles(state)
    guard let position = set.position(of: state.openArticle) else { return }
    let target = position + (forward ? 1 : -1)
    if target < 0 {
      state.message = "top of the compilation"
    } else if target >= set.count {
      state.message =
        indexingPercent.map { "indexing \($0)%: no further articles yet" }
        ?? "end of the compilation"
    } else {
      open(&state, article: set[target])
      if !forward { scroll(&state, by: Int.max / 2) }
    }
  }
}

/// Clicks and the wheel, mapped through the layout to the pane under the pointer.
extension Update {
  /// Lines the wheel scrolls the reading pane by.
  static let wheelLines = 3

  func handleMouse(_ state: inout AppState, _ mouse: MouseEvent) {
    guard state.overlay == nil, state.search?.isEditing != true else { return }
    let layout = state.layout
    guard layout.paneRows.contains(mouse.y), let pane = layout.pane(atColumn: mouse.x) else {
      return
    }
    let row = mouse.y - layout.paneRows.lowerBound - 1
    switch mouse.action {
    case .wheelUp, .wheelDown:
      let delta = mouse.action == .wheelDown ? 1 : -1
      let saved = state.focus
      state.focus = pane
      move(&state, by: pane == .reading ? delta * Update.wheelLines : delta)
      state.focus = saved
    case .press:
      state.focus = pane
      guard row >= 0 else { return }
      switch pane {
      case .list:
        switch ListRows(self, state).slot(atRow: row) {
        case .article:
          if let article = ListRows(self, state).article(atRow: row) {
            open(&state, article: article)
          }
        case .frontMatter: openMatter(&state, .front)
        case .backMatter: openMatter(&state, .back)
        case nil: break
        }
      case .sidebar:
        if let quote = SidebarRows(self, state).quote(atRow: row) {
          jump(&state, toQuote: quote)
        }
      case .reading:
        break
      }
    case .release:
      // A drag's end is the notes' business (`MouseDrag`); a click was done at its press.
      break
    }
  }
}

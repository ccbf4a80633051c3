import ReaderCore

/// `S`: the reading pane switches between the full text and the skim view. The anchor names a
/// block, not a row, so either view opens where the other was: a block the skim view leaves
/// out shows as the line standing for it, and leaving the skim view shows that block whole.
extension Update {
  func toggleSkim(_ state: inout AppState) {
    let top = readingView(state, query: nil).map { $0.lines.anchor(at: $0.top) }
    state.skim.toggle()
    if let top { state.anchor = ReadingAnchor(block: top.block, row: 0) }
    state.message = state.skim ? "skim view (S: full text)" : nil
  }
}

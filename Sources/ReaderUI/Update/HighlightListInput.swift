import ReaderCore

/// Keys in the `H` list: `j` `k` (while nothing is typed) and the arrows move, other
/// characters narrow the list, `Enter` jumps to the selected highlight (the editor's or
/// yours), `Esc` closes.
extension Update {
  func highlightList(_ state: AppState, query: String) -> HighlightList {
    HighlightList(document: document, articles: articles(state), query: query, yours: yours)
  }

  func openHighlightList(_ state: inout AppState) {
    let list = highlightList(state, query: "")
    // The highlight `]` would go to, or the current one while it is on screen.
    var start = highlightFromView(state, forward: true)?.highlight
    if let current = state.currentHighlight, let view = readingView(state),
      isOnScreen(highlight: current, view, state)
    {
      start = current
    }
    guard let selection = list.nearest(to: start.map { .editor($0) }) else {
      state.message = state.authorFilter == nil ? "no highlights" : "no highlights by this author"
      return
    }
    state.overlay = Update.highlightOverlay(query: "", selection)
  }

  /// `Enter` in a list with nothing listed: with nothing typed it closes; otherwise the list
  /// stays, with what was typed, and the status line says why.
  static func nothingListed(_ state: inout AppState, query: String, entries: String) {
    if query.isEmpty {
      state.overlay = nil
    } else {
      state.message = "no \(entries) matches “\(query)”: Backspace widens, Esc closes"
    }
  }

  static func highlightOverlay(query: String, _ entry: HighlightList.Entry?) -> Overlay {
    switch entry {
    case .editor(let index): return .highlights(query: query, selection: index)
    case .yours(let id): return .highlights(query: query, selection: nil, yours: id)
    case nil: return .highlights(query: query, selection: nil)
    }
  }

  func handleHighlightList(
    _ state: inout AppState, query: String, selection: HighlightList.Entry?, _ key: Key
  ) {
    var query = query
    var selection = selection
    let before = selection
    let list = highlightList(state, query: query)
    switch key {
    case .escape:
      state.overlay = nil
      return
    case .enter:
      guard let selection else {
        Update.nothingListed(&state, query: query, entries: "highlight")
        return
      }
      switch selection {
      case .editor(let index):
        state.overlay = nil
        jump(&state, toHighlight: index)
      case .yours(let id):
        // One whose text is gone is offered for removal before this (`goneHighlightChosen`);
        // one not placed but not gone either is looked for once the file is read whole.
        guard let span = list.yours(id)?.span else {
          state.message = "not found yet: the file is still being read"
          return
        }
        state.overlay = nil
        jump(&state, toYours: span)
      }
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
    case .home: selection = list.firstEntry() ?? selection
    case .end: selection = list.firstEntry(forward: false) ?? selection
    case .backspace, .delete, .control("h"):
      guard !query.isEmpty else { break }
      query.removeLast()
      selection = highlightList(state, query: query).nearest(to: selection)
    case .character(let character):
      query.append(character)
      selection = highlightList(state, query: query).nearest(to: selection)
    default: break
    }
    if selection == before, selection != nil {
      // A move past either end answers, as the article list's does.
      switch key {
      case .down, .control("n"), .pageDown, .end: state.message = "end of the list"
      case .up, .control("p"), .pageUp, .home: state.message = "top of the list"
      case .character("j") where query.isEmpty: state.message = "end of the list"
      case .character("k") where query.isEmpty: state.message = "top of the list"
      default: break
      }
    }
    state.overlay = Update.highlightOverlay(query: query, selection)
  }

  /// Opens the article holding your highlight at `span` and shows its paragraph.
  func jump(_ state: inout AppState, toYours span: TextSpan) {
    if state.openArticle != span.article { open(&state, article: span.article) }
    if state.skim {
      // The skim view may have left it out: the jump would land on a `… N paragraphs` line.
      let text = ShownText(block: span.block, article: span.article, in: document)
      let start = String(decoding: text.text.utf8.prefix(span.range.lowerBound), as: UTF8.self)
      if !skimShows(character: start.count, inBlock: span.block, article: span.article, state) {
        state.skim = false
        state.message = "your highlight is in text the skim view leaves out: full text (S skims)"
      }
    }
    guard let view = readingView(state), let line = view.lines.firstLine(ofBlock: span.block)
    else { return }
    state.anchor = view.anchor(showing: line, context: Update.jumpContext)
    state.sidebarSelection = nil
  }
}

extension Update {
  /// The id of your highlight whose text is gone when `key` is `Enter` on it in the `H` list:
  /// there is nowhere to jump, so `Enter` offers to remove it (`y`), the one way to let go of
  /// it short of `reader forget`, which drops everything kept for the file.
  static func goneHighlightChosen(by key: Key, _ model: ReaderModel) -> String? {
    guard key == .enter, model.notes.mode == .none,
      case .highlights(_, _, let id?) = model.state.overlay, model.notes.orphaned.contains(id)
    else { return nil }
    return id
  }

  /// After your highlight `id` is removed: the `H` list, if it had it selected, selects the
  /// entry after it (else before it), or closes when none is left.
  static func takeRemoved(_ id: String, into model: inout ReaderModel, lines: WrappedLineCache) {
    guard case .highlights(let query, _, id?) = model.state.overlay else {
      takeRemoved(id, into: &model)
      return
    }
    let list = Update(model, lines: lines).highlightList(model.state, query: query)
    let next =
      list.neighbour(of: .yours(id), forward: true)
      ?? list.neighbour(of: .yours(id), forward: false)
    takeRemoved(id, into: &model)
    model.state.overlay = next.map { highlightOverlay(query: query, $0) }
  }
}

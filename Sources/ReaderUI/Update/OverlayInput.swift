import ReaderCore

/// Keys while the help or the author picker is open.
extension Update {
  func handleOverlay(_ state: inout AppState, _ overlay: Overlay, _ key: Key) {
    switch overlay {
    case .help(let offset):
      let last = max(0, Keymap.help.count - max(1, state.layout.paneRows.count - 2))
      let page = max(1, state.layout.paneRows.count - 3)
      switch key {
      case .down, .character("j"): state.overlay = .help(offset: min(offset + 1, last))
      case .up, .character("k"): state.overlay = .help(offset: max(0, min(offset, last) - 1))
      case .pageDown, .character(" "), .control("f"), .control("d"):
        state.overlay = .help(offset: min(offset + page, last))
      case .pageUp, .character("b"), .control("b"), .control("u"):
        state.overlay = .help(offset: max(0, min(offset, last) - page))
      case .home, .character("g"): state.overlay = .help(offset: 0)
      case .end, .character("G"): state.overlay = .help(offset: last)
      case .character("q"), .character("?"), .character("h"), .function(1), .escape, .enter:
        state.overlay = nil
      default: break
      }
      // A key that would scroll past either end says so, as in the reading pane.
      if state.overlay == overlay {
        switch key {
        case .down, .character("j"), .pageDown, .character(" "), .control("f"), .control("d"),
          .end, .character("G"):
          state.message = "end of the keys"
        case .up, .character("k"), .pageUp, .character("b"), .control("b"), .control("u"),
          .home, .character("g"):
          state.message = "top of the keys"
        default: state.message = "help: j k scroll, q or Esc closes"
        }
      }
    case .highlights(let query, let selection, let yours):
      handleHighlightList(
        &state, query: query, selection: yours.map { .yours($0) } ?? selection.map { .editor($0) },
        key)
    case .suggestions(let query, let selection):
      handleSuggestionList(&state, query: query, selection: selection, key)
    case .authorPicker(var query, var selection):
      let matching = AuthorPicker.entries(matching: query, in: document)
      switch key {
      case .escape:
        state.overlay = nil
        return
      case .enter:
        guard matching.indices.contains(selection) else {
          // Nothing to apply: the picker stays, with what was typed, and says why.
          if query.isEmpty {
            state.overlay = nil
          } else {
            state.message = "no author matches “\(query)”: Backspace widens, Esc closes"
          }
          return
        }
        state.overlay = nil
        applyAuthorFilter(&state, matching[selection].name)
        return
      case .down, .control("n"): selection = min(selection + 1, max(0, matching.count - 1))
      case .up, .control("p"): selection = max(0, selection - 1)
      case .pageDown: selection = min(selection + 10, max(0, matching.count - 1))
      case .pageUp: selection = max(0, selection - 10)
      default:
        var line = LineEdit(query, cursor: state.promptCursor)
        guard line.apply(key) else { break }
        state.promptCursor = line.cursor
        if line.text != query { selection = 0 }
        query = line.text
      }
      state.overlay = .authorPicker(query: query, selection: selection)
    }
  }

  /// Shows only `author`'s articles, moving to the first of them if the open one is not.
  func applyAuthorFilter(_ state: inout AppState, _ author: String) {
    state.authorFilter = author
    let set = articles(state)
    if !set.contains(state.openArticle), !set.isEmpty {
      open(&state, article: set[0])
    }
    state.listSelection = state.openArticle
    if let highlight = state.currentHighlight,
      !set.contains(document.highlights[highlight].article)
    {
      state.currentHighlight = nil
    }
    if let match = state.search?.current, !set.contains(match.article) {
      state.search?.current = nil
    }
    // The count goes through the articles of the set: a new set, a new count.
    state.search?.count = MatchCount()
  }
}

/// The author picker's entries: every author whose name contains the typed text.
enum AuthorPicker {
  static func entries(matching query: String, in document: Document) -> [AuthorIndex.Entry] {
    let search = TextSearch(query)
    if search.isEmpty { return document.authors.entries }
    return document.authors.entries.filter { !search.offsets(in: $0.name).isEmpty }
  }
}

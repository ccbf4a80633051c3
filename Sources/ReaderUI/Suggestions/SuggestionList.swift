import ReaderCore
import ReaderScreen

/// `H` when the suggestions stand in for the editor's highlights: the suggested sentences of
/// the articles in the set under their articles' titles; typing narrows them (by sentence or
/// title), `Enter` jumps, `Esc` closes. They are few (one per 300 words), so the list is
/// simply collected.
extension Update {
  /// The suggestions listed for `query`, as indexes into `SuggestionState.spans`.
  func listedSuggestions(_ state: AppState, query: String) -> [Int] {
    let set = articles(state)
    let search = TextSearch(query)
    return state.suggestions.spans.indices.filter { index in
      let span = state.suggestions.spans[index]
      guard set.contains(span.article) else { return false }
      guard !search.isEmpty else { return true }
      return !search.offsets(in: document.articles[span.article].title).isEmpty
        || !search.offsets(in: suggestionText(state, index)).isEmpty
    }
  }

  /// The suggested sentence as the reading pane shows it.
  func suggestionText(_ state: AppState, _ index: Int) -> String {
    let span = state.suggestions.spans[index]
    return ShownText(block: span.block, article: span.article, in: document).string(span.range)
  }

  func openSuggestionList(_ state: inout AppState) {
    let listed = listedSuggestions(state, query: "")
    guard !listed.isEmpty else {
      state.message = "no suggestions by this author"
      return
    }
    let start = state.currentSuggestion.flatMap { listed.contains($0) ? $0 : nil }
    state.overlay = .suggestions(query: "", selection: start ?? listed[0])
  }

  func handleSuggestionList(_ state: inout AppState, query: String, selection: Int?, _ key: Key) {
    var query = query
    var selection = selection
    var listed = listedSuggestions(state, query: query)
    func step(_ delta: Int) {
      guard let current = selection, let at = listed.firstIndex(of: current) else { return }
      selection = listed[clamp(at + delta, 0, listed.count - 1)]
    }
    switch key {
    case .escape:
      state.overlay = nil
      return
    case .enter:
      guard let selection else {
        Update.nothingListed(&state, query: query, entries: "suggestion")
        return
      }
      state.overlay = nil
      jump(&state, toSuggestion: selection)
      return
    case .down, .control("n"): step(1)
    case .up, .control("p"): step(-1)
    case .character("j") where query.isEmpty: step(1)
    case .character("k") where query.isEmpty: step(-1)
    case .pageDown: step(10)
    case .pageUp: step(-10)
    case .home: selection = listed.first ?? selection
    case .end: selection = listed.last ?? selection
    case .backspace, .delete, .control("h"), .character:
      if case .character(let character) = key {
        query.append(character)
      } else if !query.isEmpty {
        query.removeLast()
      }
      listed = listedSuggestions(state, query: query)
      let kept = selection.flatMap { listed.contains($0) ? $0 : nil }
      selection = kept ?? listed.first { $0 > (selection ?? -1) } ?? listed.last
    default: break
    }
    state.overlay = .suggestions(query: query, selection: selection)
  }
}

/// The suggestions list's view model, drawn by the `H` list's pane.
struct SuggestionListModel {
  let queries: Update
  let model: ReaderModel

  func pane(_ query: String, _ selection: Int?) -> HighlightListPane {
    let state = model.state
    let document = model.document
    let listed = queries.listedSuggestions(state, query: query)
    let title =
      query.isEmpty
      ? "Suggested key sentences (\(listed.count))"
      : "Suggested key sentences holding “\(query)”"
    guard let selection, let selected = listed.firstIndex(of: selection) else {
      return HighlightListPane(
        title: title, query: query, rows: [], emptyText: "(no suggestion matches)")
    }
    let layout = state.layout
    let width = HighlightListPane.rowWidth(layout)
    // Each article's title above its first listed suggestion.
    var rows: [(row: HighlightListPane.Row, suggestion: Int?)] = []
    var previousArticle = -1
    for index in listed {
      let article = state.suggestions.spans[index].article
      if article != previousArticle {
        let head = document.articles[article]
        rows.append(
          (
            HighlightListPane.Row(
              cells: fit("\(head.number). \(head.title)", width: width, role: .overlayTitle),
              isSelected: false), nil
          ))
        previousArticle = article
      }
      let marker = index == state.currentSuggestion ? " ▸ " : "   "
      let lead = fit(marker, width: width, role: .overlayTitle)
      let text = fit(
        queries.suggestionText(state, index), width: max(0, width - lead.count), role: .suggested)
      rows.append(
        (HighlightListPane.Row(lead: lead, cells: text, isSelected: index == selection), index))
    }
    let count = HighlightListPane.listRows(layout)
    let at = rows.firstIndex { $0.suggestion == listed[selected] } ?? 0
    let top = clamp(at - count / 2, 0, max(0, rows.count - count))
    let shown = rows[top..<min(rows.count, top + count)].map(\.row)
    return HighlightListPane(title: title, query: query, rows: Array(shown), emptyText: nil)
  }
}

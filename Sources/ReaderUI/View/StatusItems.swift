import ReaderCore

/// The status line's items when no search is being typed: file, indexing progress, article,
/// highlight counter, filter, search and its count, position, encoding.
struct StatusItems {
  let queries: Update
  let model: ReaderModel

  /// Where there are no highlights: the offer of `*`, its progress, or its counter.
  private func suggestionItem(_ state: AppState) -> String {
    guard model.document.highlights.isEmpty else { return "no highlights" }
    switch state.suggestions {
    case .none:
      // The offer is long: a search's count matters more on a narrow line.
      let searching = !(state.search?.query.isEmpty ?? true)
      return searching ? "no highlights" : "no highlights — * for suggested key sentences"
    case .computing: return "suggesting…"
    case .ready:
      let counter = queries.suggestionCounter(state)
      return "Suggested \(counter.index.map(String.init) ?? "–")/\(counter.total)"
    }
  }

  func items(fileLabel: String) -> [[StatusLine.Piece]] {
    let state = model.state
    let document = model.document
    var result: [[StatusLine.Piece]] = [[(" " + StatusLine.fileName(fileLabel), .status)]]
    let saidAlready =
      state.message == Update.fileChangedMessage || state.message == Update.fileGoneMessage
    if model.fileGone && !saidAlready {
      result.append([("gone from disk", .statusAccent)])
    } else if model.fileChanged && !saidAlready {
      result.append([("changed on disk: R reloads", .statusAccent)])
    }
    if let percent = model.indexingPercent {
      result.append([("indexing \(percent)%", .statusAccent)])
    }
    let set = queries.articles(state)
    guard !set.isEmpty else {
      if model.indexing == nil { result.append([("no articles", .statusAccent)]) }
      return result
    }
    // The matter is no article: it names itself and leaves the count as it is.
    let position =
      state.openMatter != nil
      ? "–" : set.position(of: state.openArticle).map { String($0 + 1) } ?? "–"
    if let side = state.openMatter { result.append([(side.heading, .statusAccent)]) }
    result.append([("Article \(position)/\(set.count)", .statusAccent)])
    let counter = HighlightOrder(document: document, articles: set).counter(
      of: state.currentHighlight)
    if counter.total == 0 {
      result.append([(suggestionItem(state), .statusAccent)])
    } else {
      let index = counter.index.map(String.init) ?? "–"
      let filtered = state.authorFilter == nil ? "" : " (filtered)"
      result.append([("Highlight \(index)/\(counter.total)\(filtered)", .statusAccent)])
    }
    if state.skim { result.append([("skim", .statusAccent)]) }
    if let author = state.authorFilter {
      result.append([("author: " + author, .status)])
    }
    if let query = state.search?.query, !query.isEmpty {
      var text = "/" + query
      if let counter = queries.matchCounter(state) {
        // `+`: still counting, there may be more.
        text += " \(counter.index.map(String.init) ?? "–")/\(counter.total)"
        if !counter.isComplete { text += "+" }
      }
      result.append([(text, .status)])
    }
    if state.openMatter == nil, let view = queries.readingView(state) {
      result.append([("\(view.percent)%", .status)])
    }
    if document.encoding != .utf8 {
      result.append([(document.encoding.rawValue, .statusAccent)])
    }
    return result
  }
}

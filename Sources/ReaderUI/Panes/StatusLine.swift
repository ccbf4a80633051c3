import ReaderCore
import ReaderScreen

/// The bottom row: where you are on the left, a message or `? help` on the right; the
/// search prompt while typing a search.
struct StatusLine {
  let renderer: Renderer

  func draw(_ screen: inout Screen, row: Int) {
    let width = screen.width
    screen.fill(Rect(x: 0, y: row, width: width, height: 1), with: .blank(.status))
    let left: [[(String, Role)]]
    let right: (String, Role)
    if let search = renderer.state.search, search.isEditing {
      left = [[(" /", .statusAccent), (search.query, .status), ("▏", .statusAccent)]]
      if !search.query.isEmpty && search.current == nil {
        right = ("not found ", .statusAccent)
      } else {
        right = ("Enter accept · Esc cancel ", .status)
      }
    } else {
      left = segments()
      right = renderer.state.message.map { ($0 + " ", .statusAccent) } ?? ("? help ", .status)
    }
    let rightWidth = min(width, displayWidth(of: right.0))
    _ = screen.put(
      fit(right.0, width: rightWidth, role: right.1), x: width - rightWidth, y: row,
      maxWidth: rightWidth)
    // Items go left to right while they fit whole; only the first may be cut with `…`.
    var x = 0
    let limit = max(0, width - rightWidth - 1)
    for (number, item) in left.enumerated() {
      var pieces = item
      if number > 0 { pieces.insert((" │ ", .status), at: 0) }
      let itemWidth = pieces.reduce(0) { $0 + displayWidth(of: $1.0) }
      if number > 0 && x + itemWidth > limit { break }
      for (text, role) in pieces {
        let cells = fit(text, width: limit - x, role: role)
        x += screen.put(cells, x: x, y: row, maxWidth: limit - x)
      }
    }
  }

  /// File, article, highlight counter, filter, search, position, encoding: each an item of
  /// one or more styled pieces.
  func segments() -> [[(String, Role)]] {
    let state = renderer.state
    let document = renderer.document
    let reducer = renderer.reducer
    var result: [[(String, Role)]] = [[(" " + StatusLine.fileName(renderer.fileLabel), .status)]]
    if let percent = reducer.indexingPercent {
      result.append([("indexing \(percent)%", .statusAccent)])
    }
    let set = reducer.articles(state)
    guard !set.isEmpty else {
      if reducer.indexingPercent == nil { result.append([("no articles", .statusAccent)]) }
      return result
    }
    let position = set.position(of: state.openArticle).map { String($0 + 1) } ?? "–"
    result.append([("Article \(position)/\(set.count)", .statusAccent)])
    let counter = HighlightOrder(document: document, articles: set).counter(
      of: state.currentHighlight)
    if counter.total == 0 {
      result.append([("no highlights", .statusAccent)])
    } else {
      let index = counter.index.map(String.init) ?? "–"
      let filtered = state.authorFilter == nil ? "" : " (filtered)"
      result.append([("Highlight \(index)/\(counter.total)\(filtered)", .statusAccent)])
    }
    if let author = state.authorFilter {
      result.append([("author: " + author, .status)])
    }
    if let query = state.search?.query, !query.isEmpty {
      var text = "/" + query
      if let counter = reducer.matchCounter(state) {
        // `+`: still counting, there may be more.
        text += " \(counter.index.map(String.init) ?? "–")/\(counter.total)"
        if !counter.isComplete { text += "+" }
      }
      result.append([(text, .status)])
    }
    if let view = reducer.readingView(state) {
      result.append([("\(view.percent)%", .status)])
    }
    if document.encoding != .utf8 {
      result.append([(document.encoding.rawValue, .statusAccent)])
    }
    return result
  }

  /// The last path component: the status line has no room for directories.
  static func fileName(_ label: String) -> String {
    guard let slash = label.lastIndex(of: "/"), label.index(after: slash) < label.endIndex else {
      return label
    }
    return String(label[label.index(after: slash)...])
  }
}

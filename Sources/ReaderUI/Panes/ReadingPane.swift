import ReaderCore
import ReaderScreen

/// The reading pane: the open article's lines from the anchor down, the highlight jumped to
/// in `.currentHighlight`.
struct ReadingPane {
  let renderer: Renderer

  func draw(_ screen: inout Screen, _ layout: Layout) {
    let state = renderer.state
    let document = renderer.document
    let columns = layout.reading
    guard !columns.isEmpty else { return }
    let firstRow = layout.paneRows.lowerBound + 1
    guard let view = renderer.reducer.readingView(state) else {
      renderer.drawHeader(&screen, columns, "Reading", pane: .reading)
      let message =
        !document.articles.isEmpty
        ? "No article is open."
        : renderer.reducer.indexingPercent == nil ? "This file holds no articles." : "Indexing…"
      _ = screen.put(
        fit(message, width: layout.textWidth, role: .muted), x: layout.textLeft, y: firstRow,
        maxWidth: layout.textWidth)
      return
    }
    let article = document.articles[state.openArticle]
    renderer.drawHeader(&screen, columns, "\(article.number). \(article.title)", pane: .reading)
    let current = state.currentHighlight ?? -1
    let maxWidth = columns.upperBound - layout.textLeft
    for slot in 0..<layout.contentRows {
      let index = view.top + slot
      guard index < view.lines.count else { break }
      let line = view.lines.line(at: index)
      var cells = line.cells
      if current >= 0 {
        for (position, tag) in line.tags.enumerated()
        where tag == current && cells[position].role == .highlight {
          cells[position].role = .currentHighlight
        }
      }
      _ = screen.put(cells, x: layout.textLeft, y: firstRow + slot, maxWidth: maxWidth)
    }
  }
}

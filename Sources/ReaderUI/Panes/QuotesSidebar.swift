import ReaderCore
import ReaderScreen

/// The quotes sidebar: `speaker — first words…` for each quote of the open article; the one
/// nearest the reading position (or chosen with the keys) marked `▸`.
struct QuotesSidebar {
  let renderer: Renderer
  /// How a quote with no known speaker is labelled.
  static let unattributed = "(unattributed)"

  func draw(_ screen: inout Screen, _ columns: Range<Int>) {
    let state = renderer.state
    let rows = SidebarRows(reducer: renderer.reducer, state: state)
    renderer.drawHeader(&screen, columns, "Quotes (\(rows.quotes.count))", pane: .sidebar)
    let firstRow = state.layout.paneRows.lowerBound + 1
    let width = columns.count
    guard !rows.quotes.isEmpty else {
      let text = renderer.document.articles.isEmpty ? " (none)" : " (no quotes in this article)"
      _ = screen.put(
        fit(text, width: width, role: .muted), x: columns.lowerBound, y: firstRow, maxWidth: width)
      return
    }
    for slot in 0..<rows.visible {
      guard let quote = rows.quote(atRow: slot) else { break }
      let y = firstRow + slot
      let isCurrent = quote == rows.current
      var x = columns.lowerBound
      x += screen.put(isCurrent ? "▸ " : "  ", x: x, y: y, role: .muted, maxWidth: width)
      let room = columns.upperBound - x
      let cells = renderer.reducer.cache.rowCells(
        .init(kind: .quoteLabel, index: quote, width: room)
      ) {
        labelCells(label(of: quote), width: room)
      }
      x += screen.put(cells, x: x, y: y, maxWidth: room)
      if isCurrent {
        screen.setRole(
          renderer.selectionRole(in: .sidebar),
          in: Rect(x: columns.lowerBound, y: y, width: width, height: 1))
      }
    }
  }

  /// Speaker (or `(unattributed)`), a dash, and the quote's first words.
  func label(of index: Int) -> [(String, Role)] {
    let document = renderer.document
    let quote = document.quotes[index]
    let speaker: (String, Role) =
      quote.speaker.map { ($0, .speaker) } ?? (QuotesSidebar.unattributed, .muted)
    return [speaker, (" — ", .muted), (firstWords(of: quote), .text)]
  }

  private func firstWords(of quote: Quote) -> String {
    let document = renderer.document
    let text: String
    switch quote.kind {
    case .inline:
      let range =
        quote.range.lowerBound..<min(quote.range.upperBound, quote.range.lowerBound + 1000)
      text = document.storage.string(range)
    case .block:
      guard let first = quote.blocks.first else { return "" }
      text = document.text(of: document.blocks[first])
    }
    return Document.foldingLineBreaks(String(text.prefix(120)))
  }

  /// The segments one after the other in `width` columns, the last one shown cut with `…` if
  /// they do not fit.
  private func labelCells(_ segments: [(String, Role)], width: Int) -> [Cell] {
    var cells: [Cell] = []
    var used = 0
    for (text, role) in segments {
      let room = width - used
      let piece = fit(text, width: room, role: role)
      cells += piece
      used += displayWidth(of: piece)
      if !fits(text, width: room) { break }
    }
    return cells
  }
}

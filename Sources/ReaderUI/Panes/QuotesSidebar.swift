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
      x += put(label(of: quote), on: &screen, x: x, y: y, width: columns.upperBound - x)
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

  /// Puts the segments one after the other, the last one cut with `…` if they do not fit.
  /// Returns the columns used.
  private func put(
    _ segments: [(String, Role)], on screen: inout Screen, x: Int, y: Int, width: Int
  )
    -> Int
  {
    var used = 0
    for (text, role) in segments {
      let room = width - used
      let cells = fit(text, width: room, role: role)
      used += screen.put(cells, x: x + used, y: y, maxWidth: room)
      if !fits(text, width: room) { break }
    }
    return used
  }
}

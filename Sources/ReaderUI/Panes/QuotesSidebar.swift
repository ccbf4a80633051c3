import ReaderScreen

/// The quotes sidebar: `speaker — first words…` for each quote of the open article; the one
/// nearest the reading position (or chosen with the keys) marked `▸`. Draws only its view
/// model.
struct QuotesSidebar: Equatable {
  /// One quote's row.
  struct Entry: Equatable {
    var label: [Cell]
    var isCurrent: Bool
  }

  var header: PaneHeader
  var entries: [Entry]
  /// Shown instead of entries when there are none.
  var emptyText: String?

  func render(in area: Rect, on screen: inout Screen) {
    header.render(in: area, on: &screen)
    let firstRow = area.y + 1
    if let emptyText {
      _ = screen.put(
        fit(emptyText, width: area.width, role: .muted), x: area.x, y: firstRow,
        maxWidth: area.width)
      return
    }
    let role = selectionRole(isFocused: header.isFocused)
    for (slot, entry) in entries.enumerated() {
      let y = firstRow + slot
      var x = area.x
      x += screen.put(entry.isCurrent ? "▸ " : "  ", x: x, y: y, role: .muted, maxWidth: area.width)
      _ = screen.put(entry.label, x: x, y: y, maxWidth: area.maxX - x)
      if entry.isCurrent {
        screen.setRole(role, in: Rect(x: area.x, y: y, width: area.width, height: 1))
      }
    }
  }
}

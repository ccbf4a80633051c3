import ReaderScreen

/// The `H` list: a framed box over the panes with the typed text on top and, below it, the
/// rows on screen (article titles and highlights with their sentence). Draws only its view
/// model.
struct HighlightListPane {
  /// One row: its cells, and whether it is the selection.
  struct Row {
    var cells: [Cell]
    var isSelected: Bool
  }

  var title: String
  var query: String
  var rows: [Row]
  /// Shown instead of rows when nothing matches.
  var emptyText: String?

  static let footer = "↓↑ j k move · type to narrow · Enter jumps · Esc closes"
  static let maximumWidth = 100

  /// Rows of the list that fit: the box fills the pane rows, less its frame and the field.
  static func listRows(_ layout: Layout) -> Int { max(0, layout.paneRows.count - 3) }

  /// The width rows are made for: the box's inside, less a column of margin either side.
  static func rowWidth(_ layout: Layout) -> Int {
    max(0, min(layout.width, maximumWidth) - 4)
  }

  func render(_ layout: Layout, on screen: inout Screen) {
    guard
      let inside = OverlayBox(
        layout: layout, width: HighlightListPane.maximumWidth, height: layout.paneRows.count,
        title: title, footer: HighlightListPane.footer
      ).draw(on: &screen)
    else { return }
    let width = inside.width - 2
    var x = inside.x + 1
    x += screen.put(
      fit("Find: " + query, width: width - 1, role: .overlay), x: x, y: inside.y,
      maxWidth: width - 1)
    _ = screen.put("▏", x: x, y: inside.y, role: .overlayTitle, maxWidth: 1)
    if let emptyText {
      _ = screen.put(
        fit(emptyText, width: width, role: .muted), x: inside.x + 1, y: inside.y + 1,
        maxWidth: width)
      return
    }
    for (slot, row) in rows.enumerated() where slot + 1 < inside.height {
      let y = inside.y + 1 + slot
      var cells = row.cells
      if row.isSelected {
        screen.setRole(.selection, in: Rect(x: inside.x, y: y, width: inside.width, height: 1))
        // The phrase keeps its colour in the selection bar: it is what the row is about.
        for index in cells.indices
        where cells[index].role != .highlight && cells[index].role != .ownHighlight {
          cells[index].role = .selection
        }
      }
      _ = screen.put(cells, x: inside.x + 1, y: y, maxWidth: width)
    }
  }
}

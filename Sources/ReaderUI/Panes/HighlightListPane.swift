import ReaderScreen

/// The `H` list: a framed box over the panes with the typed text on top and, below it, the
/// rows on screen (article titles and highlights with their sentence). Draws only its view
/// model.
struct HighlightListPane {
  /// One row: a lead (a mark or nothing) and the cells after it, and whether it is the
  /// selection. Two arrays, so that a row is made of cached cells without copying them.
  struct Row {
    var lead: [Cell] = []
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
        title: title, footer: HighlightListPane.footer, blanksInside: false
      ).draw(on: &screen)
    else { return }
    let width = inside.width - 2
    screen.fill(Rect(x: inside.x, y: inside.y, width: 1, height: 1), with: .blank(.overlay))
    var x = inside.x + 1
    x += screen.put(
      fit("Find: " + query, width: width - 1, role: .overlay), x: x, y: inside.y,
      maxWidth: width - 1)
    x += screen.put("▏", x: x, y: inside.y, role: .overlayTitle, maxWidth: 1)
    blank(from: x, row: inside.y, of: inside, on: &screen, role: .overlay)
    for slot in 1..<max(1, inside.height) {
      let y = inside.y + slot
      let index = slot - 1
      guard emptyText == nil, index < rows.count else {
        blank(from: inside.x, row: y, of: inside, on: &screen, role: .overlay)
        continue
      }
      let row = rows[index]
      let role: Role = row.isSelected ? .selection : .overlay
      var end = inside.x + 1
      if row.isSelected {
        end += screen.put(Self.selected(row.lead), x: end, y: y, maxWidth: width)
        end += screen.put(
          Self.selected(row.cells), x: end, y: y, maxWidth: inside.x + 1 + width - end)
      } else {
        end += screen.put(row.lead, x: end, y: y, maxWidth: width)
        end += screen.put(row.cells, x: end, y: y, maxWidth: inside.x + 1 + width - end)
      }
      screen.fill(Rect(x: inside.x, y: y, width: 1, height: 1), with: .blank(role))
      blank(from: end, row: y, of: inside, on: &screen, role: role)
    }
    if let emptyText {
      _ = screen.put(
        fit(emptyText, width: width, role: .muted), x: inside.x + 1, y: inside.y + 1,
        maxWidth: width)
    }
  }

  /// Blanks row `row` of `inside` from column `x` to its right edge.
  private func blank(from x: Int, row: Int, of inside: Rect, on screen: inout Screen, role: Role) {
    let end = inside.x + inside.width
    guard x < end else { return }
    screen.fill(Rect(x: x, y: row, width: end - x, height: 1), with: .blank(role))
  }

  /// The selection bar's cells, the phrase in them bold on the bar as under any selection:
  /// kept in its own look, it left a hole in the bar where the highlight's background is the
  /// terminal's.
  private static func selected(_ cells: [Cell]) -> [Cell] {
    var cells = cells
    for index in cells.indices {
      if cells[index].role == .ownHighlight { cells[index].isStrong = true }
      cells[index].mark(.selection)
    }
    return cells
  }
}

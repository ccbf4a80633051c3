import ReaderScreen

/// A pane's title row: the focused pane's in `.header`, the others' in `.muted`.
struct PaneHeader: Equatable {
  let title: String
  let isFocused: Bool
  /// Drawn instead of `title` when set, from the second column: the reading pane's title row,
  /// its title-styled cells in the header's role, its marks (highlights, matches) kept.
  var cells: [Cell]? = nil

  /// Draws the title on the first row of `area`.
  func render(in area: Rect, on screen: inout Screen) {
    guard !area.isEmpty else { return }
    let role: Role = isFocused ? .header : .muted
    screen.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: .blank(role))
    if let cells {
      let x = area.x + (area.width >= 4 ? 1 : 0)
      let shown = cells.map { cell in
        var cell = cell
        if cell.role == .title || cell.role == .text { cell.role = role }
        return cell
      }
      _ = screen.put(shown, x: x, y: area.y, maxWidth: area.maxX - x)
      return
    }
    _ = screen.put(
      fit(" " + title, width: area.width, role: role), x: area.x, y: area.y,
      maxWidth: area.width)
  }
}

/// The role of a selected row: bright in the focused pane, dim elsewhere.
func selectionRole(isFocused: Bool) -> Role {
  isFocused ? .selection : .inactiveSelection
}

import ReaderScreen

/// A pane's title row: the focused pane's in `.header`, the others' in `.muted`.
struct PaneHeader: Equatable {
  let title: String
  let isFocused: Bool
  /// Drawn instead of `title` when set, from the second column: the reading pane's title row,
  /// its title-styled cells in the header's role, its marks (highlights, matches) kept.
  var cells: [Cell]? = nil
  /// `cells` is the first row of a title whose other rows are scrolled away: it ends in `…`.
  var continues = false

  /// Draws the title on the first row of `area`.
  func render(in area: Rect, on screen: inout Screen) {
    guard !area.isEmpty else { return }
    let role: Role = isFocused ? .header : .muted
    screen.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: .blank(role))
    if let cells {
      let x = area.x + (area.width >= 4 ? 1 : 0)
      var shown = cells.map { cell in
        var cell = cell
        if cell.role == .title || cell.role == .text { cell.role = role }
        return cell
      }
      if continues {
        while shown.last?.singleASCII == UInt8(ascii: " ") { shown.removeLast() }
        let room = area.maxX - x
        if room > 0 {
          // In the last column when the row is full (a wide character's two halves go
          // together: its continuation cell comes off first, then the character).
          while shown.reduce(0, { $0 + Int($1.width) }) >= room, !shown.isEmpty {
            shown.removeLast()
          }
          while shown.last?.width == 2 { shown.removeLast() }
          shown.append(Cell("…", width: 1, role: role))
        }
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

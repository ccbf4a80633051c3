import ReaderScreen

/// A pane's title row: the focused pane's in `.header`, the others' in `.muted`.
struct PaneHeader {
  let title: String
  let isFocused: Bool

  /// Draws the title on the first row of `area`.
  func render(in area: Rect, on screen: inout Screen) {
    guard !area.isEmpty else { return }
    let role: Role = isFocused ? .header : .muted
    screen.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: .blank(role))
    _ = screen.put(
      fit(" " + title, width: area.width, role: role), x: area.x, y: area.y,
      maxWidth: area.width)
  }
}

/// The role of a selected row: bright in the focused pane, dim elsewhere.
func selectionRole(isFocused: Bool) -> Role {
  isFocused ? .selection : .inactiveSelection
}

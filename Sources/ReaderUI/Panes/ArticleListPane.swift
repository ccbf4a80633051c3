import ReaderScreen

/// The article list: number, title, then author and date on a second row; the open article
/// marked `▸`, the selected one in a selection bar. Draws only its view model.
struct ArticleListPane: Equatable {
  /// One article's two rows.
  struct Entry: Equatable {
    /// The marker and the right-aligned number, e.g. `▸  3 `.
    var lead: String
    var title: [Cell]
    /// Author and date, drawn from column `indent` of the second row.
    var detail: [Cell]
    var indent: Int
    var isSelected: Bool
  }

  var header: PaneHeader
  /// The rows shown, top to bottom (as many as fit).
  var entries: [Entry]
  /// Shown instead of entries when the list is empty.
  var emptyText: String?

  static let rowsPerEntry = 2

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
      let y = firstRow + slot * ArticleListPane.rowsPerEntry
      var x = area.x
      x += screen.put(entry.lead, x: x, y: y, role: .muted, maxWidth: area.width)
      let used = x - area.x
      _ = screen.put(entry.title, x: x, y: y, maxWidth: area.width - used)
      _ = screen.put(
        entry.detail, x: area.x + entry.indent, y: y + 1, maxWidth: area.width - entry.indent)
      if entry.isSelected {
        screen.setRole(
          role,
          in: Rect(x: area.x, y: y, width: area.width, height: ArticleListPane.rowsPerEntry)
            .intersection(area))
      }
    }
  }
}

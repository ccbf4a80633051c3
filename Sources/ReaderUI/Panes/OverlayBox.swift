import ReaderScreen

/// The frame every overlay is drawn in: at most `width` × `height` (frame included), centred
/// over the panes, its title in the top edge and what its keys do in the bottom one.
struct OverlayBox {
  var layout: Layout
  var width: Int
  var height: Int
  var title: String
  var footer: String
  /// Whether the inside is blanked; an overlay that writes every cell of it blanks what it
  /// leaves itself, so that no cell is written twice.
  var blanksInside = true

  /// The smallest box with an inside: a frame around one row, and a column beside the text.
  static let minimumWidth = 4
  static let minimumHeight = 3

  /// Whether `layout` has room for an overlay's box above the status line.
  static func hasRoom(in layout: Layout) -> Bool {
    layout.width >= minimumWidth && layout.paneRows.count >= minimumHeight
  }

  /// Draws the frame over a blank inside (unless `blanksInside` is false) and returns the
  /// inside, or nil when there is no room for one.
  func draw(on screen: inout Screen) -> Rect? {
    let rows = layout.paneRows
    let boxWidth = min(width, layout.width)
    let boxHeight = min(height, rows.count)
    guard boxWidth >= OverlayBox.minimumWidth, boxHeight >= OverlayBox.minimumHeight else {
      return nil
    }
    let x = (layout.width - boxWidth) / 2
    let y = rows.lowerBound + (rows.count - boxHeight) / 2
    let frame = Role.overlayTitle
    if blanksInside {
      screen.fill(Rect(x: x, y: y, width: boxWidth, height: boxHeight), with: .blank(.overlay))
    }
    let horizontal = Cell(text: "─", width: 1, role: frame)
    let vertical = Cell(text: "│", width: 1, role: frame)
    screen.fill(Rect(x: x + 1, y: y, width: boxWidth - 2, height: 1), with: horizontal)
    screen.fill(
      Rect(x: x + 1, y: y + boxHeight - 1, width: boxWidth - 2, height: 1), with: horizontal)
    screen.fill(Rect(x: x, y: y + 1, width: 1, height: boxHeight - 2), with: vertical)
    screen.fill(
      Rect(x: x + boxWidth - 1, y: y + 1, width: 1, height: boxHeight - 2), with: vertical)
    _ = screen.put("┌", x: x, y: y, role: frame, maxWidth: 1)
    _ = screen.put("┐", x: x + boxWidth - 1, y: y, role: frame, maxWidth: 1)
    _ = screen.put("└", x: x, y: y + boxHeight - 1, role: frame, maxWidth: 1)
    _ = screen.put("┘", x: x + boxWidth - 1, y: y + boxHeight - 1, role: frame, maxWidth: 1)
    _ = screen.put(
      fit(" \(title) ", width: boxWidth - 4, role: frame), x: x + 2, y: y, maxWidth: boxWidth - 4)
    _ = screen.put(
      fit(" \(footer) ", width: boxWidth - 4, role: frame), x: x + 2, y: y + boxHeight - 1,
      maxWidth: boxWidth - 4)
    return Rect(x: x + 1, y: y + 1, width: boxWidth - 2, height: boxHeight - 2)
  }
}

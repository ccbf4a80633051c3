import ReaderCore
import ReaderScreen
import ReaderUI

/// Whether a cell may never hold `scalar`: C0 controls, DEL, C1 controls, the line and
/// paragraph separators, and the bidi and invisible characters the screen shows as `<U+…>`.
func isForbiddenOnScreen(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029: true
  case 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E: true
  case 0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0xFFF9...0xFFFB: true
  default: false
  }
}

/// Everything wrong with a frame as a terminal would take it, or nil: a cell holding a control
/// or bidi scalar, a wide cell without its continuation (or one in the last column), a
/// continuation without its wide cell, a row whose cells add up to more or fewer columns than
/// the screen has.
func frameProblem(in screen: Screen) -> String? {
  for y in 0..<screen.height {
    var columns = 0
    for x in 0..<screen.width {
      let cell = screen[x, y]
      columns += Int(cell.width)
      if let bad = cell.text.unicodeScalars.first(where: isForbiddenOnScreen) {
        return "row \(y), column \(x): U+\(String(bad.value, radix: 16)) in \(cell)"
      }
      switch cell.width {
      case 2:
        guard x + 1 < screen.width, screen[x + 1, y].width == 0, screen[x + 1, y].text.isEmpty
        else { return "row \(y), column \(x): wide cell without its continuation" }
      case 0:
        guard x > 0, screen[x - 1, y].width == 2, cell.text.isEmpty else {
          return "row \(y), column \(x): continuation without its wide cell"
        }
      case 1:
        guard !cell.text.isEmpty else { return "row \(y), column \(x): empty narrow cell" }
      default:
        return "row \(y), column \(x): width \(cell.width)"
      }
    }
    if columns != screen.width { return "row \(y) takes \(columns) of \(screen.width) columns" }
  }
  return nil
}

/// The rows where a pane separator is not a `│` in `.border` at its column, or nil when every
/// pane row has both separators the layout asks for (list and sidebar shown or not by width).
func borderProblem(in screen: Screen, layout: Layout) -> String? {
  for column in [layout.listBorder, layout.sidebarBorder].compactMap({ $0 }) {
    for y in layout.paneRows where screen[column, y] != Cell(text: "│", width: 1, role: .border) {
      return "row \(y), column \(column): \(screen[column, y]) instead of the separator"
    }
  }
  return nil
}

/// A document parsed from `text` the way `reader snapshot FILE` parses a file.
func parsed(_ text: String, source: String = "hostile.txt") throws -> Document {
  try DocumentLoader.parse(bytes: Array(text.utf8), source: source)
}

/// Every key the reader knows, and some it does not, except the ones that quit.
let everyKeyButQuit: [Key] =
  "?jk bgG][}{aA/nNslx".map { Key.character($0) }
  + [
    .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter,
    .escape, .backspace, .delete, .function(1), .function(12), .control("a"), .control("n"),
    .control("p"), .control("h"),
  ]

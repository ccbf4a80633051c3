import ReaderCore
import ReaderScreen
import ReaderUI
import TestSupport

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

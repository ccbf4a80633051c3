/// A grid of cells: what one frame of the terminal shows, with no terminal attached.
///
/// Panes draw into a `Screen`; tests read it back as text and roles; the backend copies it
/// to curses, only the cells that changed since the previous frame.
public struct Screen: Sendable, Hashable {
  public let width: Int
  public let height: Int
  /// Row-major, `width * height` cells.
  public private(set) var cells: [Cell]

  /// A screen of `width` × `height` blank cells (negative sizes are taken as 0).
  public init(width: Int, height: Int, fill: Cell = .blank()) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: fill, count: self.width * self.height)
  }

  /// A screen of these `cells`, row-major, `width * height` of them.
  init(width: Int, height: Int, cells: [Cell]) {
    precondition(cells.count == width * height)
    self.width = width
    self.height = height
    self.cells = cells
  }

  /// The cell at column `x`, row `y` (0-based). Both must be inside the screen.
  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Whether (`x`, `y`) is inside the screen.
  public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }
}

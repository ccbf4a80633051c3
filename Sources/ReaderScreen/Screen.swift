/// A grid of cells: what one frame of the terminal shows, with no terminal attached.
///
/// Panes draw into a `Screen`; tests read it back as text and roles; the backend copies it
/// to curses, only the cells that changed since the previous frame.
public struct Screen: Sendable, Hashable {
  public let width: Int
  public let height: Int
  /// Row-major, `width * height` cells.
  public private(set) var cells: [Cell]
  /// How this frame's rows moved since the frame before, when a pane scrolled: a hint for the
  /// terminal, not part of what is shown, so screens that differ only in it are equal.
  public var moved: MovedRows? = nil

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

  /// Sets `columns` of row `y` to `cell` with no regard for wide characters: the caller keeps
  /// them whole. One uniqueness check for the run instead of one per cell.
  mutating func overwrite(row y: Int, columns: Range<Int>, with cell: Cell) {
    let start = y * width + columns.lowerBound
    precondition(columns.lowerBound >= 0 && start + columns.count <= cells.count, "past the row")
    cells.withUnsafeMutableBufferPointer { buffer in
      (buffer.baseAddress! + start).update(repeating: cell, count: columns.count)
    }
  }

  /// Sets row `y` from column `x` on to `run`, as `overwrite(row:columns:with:)` does.
  mutating func overwrite(row y: Int, from x: Int, with run: ArraySlice<Cell>) {
    let start = y * width + x
    precondition(x >= 0 && start + run.count <= cells.count, "a run past the row")
    // Cells are plain bits: the run is one memory copy.
    cells.withUnsafeMutableBufferPointer { buffer in
      run.withUnsafeBufferPointer { source in
        guard let from = source.baseAddress else { return }
        (buffer.baseAddress! + start).update(from: from, count: source.count)
      }
    }
  }

  /// Whether (`x`, `y`) is inside the screen.
  public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  public static func == (left: Screen, right: Screen) -> Bool {
    left.width == right.width && left.height == right.height && left.cells == right.cells
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(width)
    hasher.combine(height)
    hasher.combine(cells)
  }
}

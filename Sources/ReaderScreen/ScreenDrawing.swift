extension Screen {
  /// The whole screen as a rectangle.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// Writes `text`, sanitised by ``cells(of:role:)``, from column `x` of row `y`.
  ///
  /// Clips like the `[Cell]` form of `put`.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, role: Role, maxWidth: Int) -> Int {
    put(ReaderScreen.cells(of: text, role: role), x: x, y: y, maxWidth: maxWidth)
  }

  /// Writes `cells` from column `x` of row `y`, never at or past column `x + maxWidth` nor
  /// the screen's edge, and returns how many columns it advanced from `x` (0 when row `y` is
  /// off the screen).
  ///
  /// Continuation cells in `cells` are skipped: each wide cell brings its own. A wide cell
  /// that would straddle the limit is replaced by a space in the last column. Overwriting
  /// either half of a wide character already on the screen blanks its other half.
  @discardableResult
  public mutating func put(_ cells: [Cell], x: Int, y: Int, maxWidth: Int) -> Int {
    guard y >= 0, y < height, maxWidth > 0, x < width else { return 0 }
    let limit = maxWidth >= width - x ? width : x + maxWidth
    if x >= 0, Cell.allNarrow(cells) {
      // Narrow cells only (most rows): as with `fill`, only the run's two ends can cut a wide
      // character, and the run is copied in one pass.
      let count = min(cells.count, limit - x)
      guard count > 0 else { return 0 }
      detach(x: x, y: y)
      detach(x: x + count - 1, y: y)
      overwrite(row: y, from: x, with: cells[0..<count])
      return count
    }
    var column = x
    for cell in cells where cell.width > 0 {
      if column >= limit { break }
      let cellWidth = cell.width >= 2 ? 2 : 1
      if column + cellWidth > limit {
        if column >= 0 { place(.blank(cell.role), x: column, y: y) }
        column += 1
        break
      }
      if column < 0 {
        // A wide character cut by the left edge leaves a space in column 0.
        if column + cellWidth > 0 { place(.blank(cell.role), x: 0, y: y) }
      } else {
        place(cell, x: column, y: y)
      }
      column += cellWidth
    }
    return column - x
  }

  /// Fills `rect` (clipped to the screen) with copies of `cell`. A wide `cell` is repeated
  /// every two columns, with a space in a last odd column.
  public mutating func fill(_ rect: Rect, with cell: Cell) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty, cell.width > 0 else { return }
    guard cell.width == 1 else {
      let row = Array(repeating: cell, count: area.width)
      for y in area.y..<area.maxY { put(row, x: area.x, y: y, maxWidth: area.width) }
      return
    }
    // Only a wide character across an edge of the area can lose a half: the inside is written
    // in one pass (an overlay box fills thousands of cells on every frame it is open).
    for y in area.y..<area.maxY {
      detach(x: area.x, y: y)
      detach(x: area.maxX - 1, y: y)
      overwrite(row: y, columns: area.x..<area.maxX, with: cell)
    }
  }

  /// Gives every cell in `rect` (clipped to the screen) `role`, keeping its text: a selection
  /// bar over existing text. A wide character half inside is recoloured whole.
  public mutating func setRole(_ role: Role, in rect: Rect) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { self[x, y].role = role }
      if area.x > 0 && self[area.x, y].width == 0 && self[area.x - 1, y].width == 2 {
        self[area.x - 1, y].role = role
      }
      let last = area.maxX - 1
      if self[last, y].width == 2 && last + 1 < width && self[last + 1, y].width == 0 {
        self[last + 1, y].role = role
      }
    }
  }

  /// Puts one spacing cell (and the continuation of a wide one) at (`x`, `y`), which must fit.
  private mutating func place(_ cell: Cell, x: Int, y: Int) {
    detach(x: x, y: y)
    if cell.width >= 2 {
      detach(x: x + 1, y: y)
      var wide = cell
      wide.width = 2
      self[x, y] = wide
      self[x + 1, y] = Cell(text: "", width: 0, role: cell.role)
    } else {
      self[x, y] = cell
    }
  }

  /// Blanks the other half of a wide character about to lose one half at (`x`, `y`).
  private mutating func detach(x: Int, y: Int) {
    let here = self[x, y]
    if here.width == 0 && x > 0 && self[x - 1, y].width == 2 {
      self[x - 1, y] = .blank(self[x - 1, y].role)
    } else if here.width == 2 && x + 1 < width && self[x + 1, y].width == 0 {
      self[x + 1, y] = .blank(self[x + 1, y].role)
    }
  }
}

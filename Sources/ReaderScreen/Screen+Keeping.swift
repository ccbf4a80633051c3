extension Screen {
  /// A copy of this screen with the cells in `rects` blank (`Cell.blank()`, as a new screen
  /// has them), to draw again what changed there while keeping the rest. A wide character
  /// with one half in a blanked area loses its other half too, as `put` would do.
  ///
  /// Cells are plain bits, so the copy is one copy of memory, made when the first area is
  /// blanked; the frame it came from, which the terminal's painter still holds, is untouched.
  public func keeping(blanking rects: [Rect]) -> Screen {
    var copy = self
    copy.moved = nil
    for rect in rects { copy.fill(rect, with: .blank()) }
    return copy
  }

  /// Sets the cells in `rect` (clipped to the screen) to `other`'s there, cell for cell: both
  /// screens must be the same size. Wide characters are copied as they are, so `rect` should
  /// not cut through one (pane areas do not: panes draw inside them).
  public mutating func copy(_ rect: Rect, from other: Screen) {
    precondition(other.width == width && other.height == height, "screens of other sizes")
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      let start = y * width + area.x
      overwrite(row: y, from: area.x, with: other.cells[start..<start + area.width])
    }
  }

  /// Sets the cells in `rect` (clipped to the screen) to `other`'s `rowsDown` rows lower (up,
  /// when negative): a pane's rows where it scrolled. Rows whose source is off `other` are
  /// left as they were. Both screens must be the same size, and `rect` should not cut
  /// through a wide character, as with `copy(_:from:)`.
  public mutating func copy(_ rect: Rect, from other: Screen, rowsDown: Int) {
    precondition(other.width == width && other.height == height, "screens of other sizes")
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY where y + rowsDown >= 0 && y + rowsDown < height {
      let start = (y + rowsDown) * width + area.x
      overwrite(row: y, from: area.x, with: other.cells[start..<start + area.width])
    }
  }
}

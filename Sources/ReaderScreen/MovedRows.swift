/// Rows whose content moved as a whole since the frame before, the way a pager scrolls: the
/// content of `rows` went up by `distance` rows (down when `distance` is negative), and the
/// rows it left came in new.
///
/// A frame carries it as a hint (`Screen.moved`): a terminal can move those rows itself with
/// a few bytes and be sent only what is left to change, instead of every cell of them.
public struct MovedRows: Sendable, Hashable {
  public var rows: Range<Int>
  public var distance: Int

  public init(rows: Range<Int>, distance: Int) {
    self.rows = rows
    self.distance = distance
  }

  /// The row of the frame before whose content row `y` shows now: `y` itself outside `rows`,
  /// nil for a row that came in new.
  public func source(of y: Int) -> Int? {
    guard rows.contains(y) else { return y }
    let source = y + distance
    return rows.contains(source) ? source : nil
  }

  /// Whether the move leaves some row of `rows` in place to be kept: it moves by at least
  /// one row and by fewer than `rows` holds.
  public var keepsSomeRows: Bool { distance != 0 && abs(distance) < rows.count }
}

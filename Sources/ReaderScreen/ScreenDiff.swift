/// Cells to redraw: `cells` go at columns `x…` of row `y`.
///
/// A run starts on a spacing cell and holds both halves of every wide character in it, so the
/// backend can draw it cell by cell, skipping continuations.
public struct ScreenRun: Sendable, Hashable {
  public var x: Int
  public var y: Int
  public var cells: [Cell]

  public init(x: Int, y: Int, cells: [Cell]) {
    self.x = x
    self.y = y
    self.cells = cells
  }
}

/// The runs of `new` that differ from `old`: per row, each maximal stretch of changed cells
/// (widened to whole wide characters). Every row is one run when `old` is `nil` or of
/// another size.
public func changedRuns(from old: Screen?, to new: Screen) -> [ScreenRun] {
  var runs: [ScreenRun] = []
  forEachChangedSpan(from: old, to: new) { y, columns in
    runs.append(ScreenRun(x: columns.lowerBound, y: y, cells: columns.map { new[$0, y] }))
  }
  return runs
}

/// Calls `body` with the row and the columns of every run `changedRuns` would return, in the
/// same order, without copying a cell: the backend draws straight from `new`.
///
/// Cells are compared by their bits (`CellBits`), in place: no `String` comparison, no
/// retain, and a row a kept pane fills is passed over at a few instructions a cell. Equal
/// bits are equal cells; a cell whose text equals the old one's but is stored apart (only a
/// text of more than 15 bytes can be) counts as changed and is written again, which shows the
/// same.
///
/// With `moved`, each row is compared with the old row the terminal moved into its place
/// (`MovedRows.source(of:)`), and a row that came in new is changed whole.
public func forEachChangedSpan(
  from old: Screen?, to new: Screen, moved: MovedRows? = nil,
  _ body: (_ y: Int, _ columns: Range<Int>) -> Void
) {
  let width = new.width
  guard width > 0 else { return }
  guard let old, old.width == width, old.height == new.height else {
    for y in 0..<new.height { body(y, 0..<width) }
    return
  }
  new.cells.withUnsafeBufferPointer { fresh in
    old.cells.withUnsafeBufferPointer { stale in
      for y in 0..<new.height {
        guard let source = moved.map({ $0.source(of: y) }) ?? y, source < old.height else {
          body(y, 0..<width)
          continue
        }
        // The old row's cells, laid over the new row's indices.
        let staleBytes = UnsafeRawPointer(stale.baseAddress! + (source - y) * width)
        forEachChangedSpan(inRow: y, width: width, of: fresh, against: staleBytes) { body(y, $0) }
      }
    }
  }
}

/// Calls `body` with the columns of each changed span of row `y` of `fresh`, a frame `width`
/// cells wide, against `stale`: the old cells laid over the new frame's indices (the old row
/// that takes row `y`'s place starts at `stale + y * width` cells). The spans
/// `forEachChangedSpan` gives for one row; inlinable, so the frame encoder's loop over them
/// is compiled into the encoder.
@inlinable
public func forEachChangedSpan(
  inRow y: Int, width: Int, of fresh: UnsafeBufferPointer<Cell>, against stale: UnsafeRawPointer,
  _ body: (_ columns: Range<Int>) -> Void
) {
  let bits = CellBits()
  let freshBytes = UnsafeRawPointer(fresh.baseAddress!)
  let row = y * width
  if bits.equal(freshBytes, stale, in: row..<row + width) { return }
  var x = bits.firstDifference(freshBytes, stale, in: row..<row + width) - row
  while x < width {
    var start = x
    if start > 0 && fresh[row + start].width == 0 { start -= 1 }
    var end = x + 1
    while end < width && !bits.same(freshBytes, stale, at: row + end) { end += 1 }
    if end < width && fresh[row + end].width == 0 { end += 1 }
    body(start..<end)
    x = bits.firstDifference(freshBytes, stale, in: row + end..<row + width) - row
  }
}

/// How many cells of `rows` differ between `old` and `new`, and in how many runs (each a
/// cursor motion to the terminal), each row compared with the old row `moved` puts in its
/// place (a row that came in new counts whole): what drawing those rows would cost with and
/// without the move, to choose the cheaper. With `every` above 1 only every so many rows
/// from the first are priced: a sample, for a choice that need not be exact.
public func changedCells(
  from old: Screen, to new: Screen, rows: Range<Int>, moved: MovedRows? = nil, every: Int = 1
) -> (cells: Int, runs: Int) {
  let width = new.width
  guard old.width == width, old.height == new.height else {
    return (width * rows.count, rows.count)
  }
  let bits = CellBits()
  var count = (cells: 0, runs: 0)
  new.cells.withUnsafeBufferPointer { fresh in
    old.cells.withUnsafeBufferPointer { stale in
      let freshBytes = UnsafeRawPointer(fresh.baseAddress!)
      for y in stride(from: rows.lowerBound, to: rows.upperBound, by: max(1, every))
      where y >= 0 && y < new.height {
        guard let source = moved.map({ $0.source(of: y) }) ?? y, source < old.height else {
          count.cells += width
          count.runs += 1
          continue
        }
        let row = y * width
        let staleBytes = UnsafeRawPointer(stale.baseAddress! + (source - y) * width)
        if bits.equal(freshBytes, staleBytes, in: row..<row + width) { continue }
        let changed = bits.differences(freshBytes, staleBytes, in: row..<row + width)
        count.cells += changed.cells
        count.runs += changed.runs
      }
    }
  }
  return count
}

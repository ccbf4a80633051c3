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
/// Each row is first compared by its cells' bits (`CellBits`), which skips a row the frame
/// kept (most rows outside the pane a key changed) without comparing a single text; only from
/// the first cell whose bits differ are cells compared as values.
public func forEachChangedSpan(
  from old: Screen?, to new: Screen, _ body: (_ y: Int, _ columns: Range<Int>) -> Void
) {
  let width = new.width
  guard width > 0 else { return }
  guard let old, old.width == width, old.height == new.height else {
    for y in 0..<new.height { body(y, 0..<width) }
    return
  }
  let bits = CellBits()
  new.cells.withUnsafeBufferPointer { fresh in
    old.cells.withUnsafeBufferPointer { stale in
      let freshBytes = UnsafeRawPointer(fresh.baseAddress!)
      let staleBytes = UnsafeRawPointer(stale.baseAddress!)
      func same(_ index: Int) -> Bool {
        bits.same(freshBytes, staleBytes, at: index) || stale[index] == fresh[index]
      }
      for y in 0..<new.height {
        let row = y * width
        var x = bits.firstDifference(freshBytes, staleBytes, in: row..<row + width) - row
        while x < width {
          if same(row + x) {
            x += 1
            continue
          }
          var start = x
          if start > 0 && fresh[row + start].width == 0 { start -= 1 }
          var end = x + 1
          while end < width && !same(row + end) { end += 1 }
          if end < width && fresh[row + end].width == 0 { end += 1 }
          body(y, start..<end)
          x = end
        }
      }
    }
  }
}

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
  let everything = old.map { $0.width != new.width || $0.height != new.height } ?? true
  for y in 0..<new.height {
    var x = 0
    while x < new.width {
      if !everything, let old, old[x, y] == new[x, y] {
        x += 1
        continue
      }
      var start = x
      if start > 0 && new[start, y].width == 0 { start -= 1 }
      var end = x + 1
      while end < new.width && (everything || old.map { $0[end, y] != new[end, y] } ?? true) {
        end += 1
      }
      if end < new.width && new[end, y].width == 0 { end += 1 }
      runs.append(ScreenRun(x: start, y: y, cells: (start..<end).map { new[$0, y] }))
      x = end
    }
  }
  return runs
}

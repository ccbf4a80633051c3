import ReaderScreen
import Testing

/// `changedCells` prices rows for the choice between moving them and writing them: cells
/// that differ and the runs they make, with rows compared where a move puts them.
@Suite struct ChangedCellsTests {
  private func lines(_ texts: [String], width: Int = 12) -> Screen {
    var screen = Screen(width: width, height: texts.count)
    for (row, text) in texts.enumerated() {
      _ = screen.put(text, x: 0, y: row, role: .text, maxWidth: width)
    }
    return screen
  }

  @Test func countsCellsAndRuns() {
    let old = lines(["abcdef", "ghijkl", "mnopqr", "stuvwx"])
    let new = lines(["abXdYf", "ghijkl", "ZZopqr", "stuvwx"])
    let counted = changedCells(from: old, to: new, rows: 0..<4)
    #expect(counted.cells == 4 && counted.runs == 3)
    #expect(changedCells(from: old, to: old, rows: 0..<4) == (0, 0))
    // Only the rows asked about, and of those every second one from the first.
    #expect(changedCells(from: old, to: new, rows: 1..<4).cells == 2)
    #expect(changedCells(from: old, to: new, rows: 0..<4, every: 2) == (4, 3))
    #expect(changedCells(from: old, to: new, rows: 1..<4, every: 2) == (0, 0))
  }

  /// Moved up by one, each row is compared with the old row below it; the row that comes in
  /// new counts whole.
  @Test func movedRowsAreComparedWithTheRowsTheyCameFrom() {
    let old = lines(["head", "one", "two", "three", "four"])
    let new = lines(["head", "two", "three", "four", "five"])
    let moved = MovedRows(rows: 1..<5, distance: 1)
    let counted = changedCells(from: old, to: new, rows: 1..<5, moved: moved)
    #expect(counted.cells == 12 && counted.runs == 1)
    #expect(changedCells(from: old, to: new, rows: 1..<5).cells > 12)
    #expect(moved.source(of: 0) == 0 && moved.source(of: 1) == 2 && moved.source(of: 4) == nil)
    #expect(MovedRows(rows: 1..<5, distance: -1).source(of: 1) == nil)
    #expect(!MovedRows(rows: 1..<5, distance: 4).keepsSomeRows)
  }
}

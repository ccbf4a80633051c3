import ReaderCore
import ReaderScreen
import ReaderUI
import Testing

/// A frame says how the reading pane's rows moved (`Screen.moved`) so the terminal can move
/// them itself. The hint must be true: each row it keeps shows, in the reading pane, the text
/// the row it came from showed in the frame before (its look may change: the current
/// highlight moves with `]`).
@Suite struct MovedRowsTests {
  /// The reading pane's columns: between the list's border and the sidebar's.
  private func readingColumns(_ screen: Screen, row: Int) -> Range<Int> {
    let borders = (0..<screen.width).filter { screen[$0, row].text == "│" }
    return borders.count >= 2 ? borders[0] + 1..<borders[1] : 0..<screen.width
  }

  private func frames(after keys: String, width: Int = 120, height: Int = 24) throws -> [Screen] {
    var program = ReaderProgram(document: .sample(), options: sampleOptions)
    program.handle(.resize(width: width, height: height))
    var frames = [program.render(width: width, height: height)]
    for key in try KeyString.parse(keys) {
      program.handle(.key(key))
      _ = program.takeRedrawRequest()
      frames.append(program.render(width: width, height: height))
    }
    return frames
  }

  @Test func aLineScrolledSaysItsRowsMovedByOne() throws {
    let frames = try frames(after: "jjjkk")
    let distances = frames.dropFirst().map { $0.moved?.distance }
    #expect(distances == [1, 1, 1, -1, -1])
    // Below the pane's header (row 0), down to the status line.
    #expect(frames[1].moved?.rows == 1..<23)
  }

  @Test func everyHintIsTrue() throws {
    for keys in ["jjjjkkk", "<Space><Space>b", "jjGgjj", "}j{k", "]]jj[", "<S-Tab>jj<Enter>j"] {
      let frames = try frames(after: keys)
      for (before, after) in zip(frames, frames.dropFirst()) {
        guard let moved = after.moved else { continue }
        #expect(moved.keepsSomeRows)
        for row in moved.rows {
          guard let source = moved.source(of: row) else { continue }
          let columns = readingColumns(after, row: row)
          let now = columns.map { after[$0, row].text }.joined()
          let then = columns.map { before[$0, source].text }.joined()
          #expect(now == then, "\(keys): row \(row) from \(source)")
        }
      }
    }
  }

  /// A jump to elsewhere (the end, another article) keeps no row: no hint.
  @Test func aJumpSaysNothingMoved() throws {
    let frames = try frames(after: "G}")
    #expect(frames[1].moved == nil)
    #expect(frames[2].moved == nil)
  }
}

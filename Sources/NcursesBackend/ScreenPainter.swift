import CNcursesw
import Glibc
import ReaderScreen

/// Copies frames to a curses window, only the cells that changed since the previous frame.
struct ScreenPainter {
  private var previous: Screen?
  private var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)

  /// Makes the next `draw` repaint every cell (after the terminal was cleared or resized).
  mutating func forgetPreviousFrame() { previous = nil }

  /// Draws what changed between the previous frame and `screen`, then updates the terminal.
  mutating func draw(
    _ screen: Screen, in window: UnsafeMutablePointer<WINDOW>, styles: CursesStyles
  ) {
    var rows: Int32 = 0
    var columns: Int32 = 0
    reader_getmaxyx(window, &rows, &columns)
    if previous == nil || previous?.width != screen.width || previous?.height != screen.height {
      werase(window)
      previous = nil
    }
    for run in changedRuns(from: previous, to: screen) where run.y < Int(rows) {
      for x in run.x..<(run.x + run.cells.count) where x < Int(columns) {
        drawCell(at: x, row: run.y, of: screen, in: window, styles: styles, columns: Int(columns))
      }
    }
    wnoutrefresh(window)
    doupdate()
    previous = screen
  }

  private mutating func drawCell(
    at x: Int, row y: Int, of screen: Screen, in window: UnsafeMutablePointer<WINDOW>,
    styles: CursesStyles, columns: Int
  ) {
    let cell = screen[x, y]
    let attributes = styles.attributes(for: cell.role)
    let pair = styles.pair(for: cell.role)
    let visual: Glyph
    switch cell.width {
    case 0:
      // The right half of a wide character is drawn with its left half; an orphan is a blank.
      if x > 0 && screen[x - 1, y].width == 2 { return }
      visual = .substitute(" ", columns: 1)
    case 2 where x + 1 >= min(columns, screen.width):
      visual = .substitute("?", columns: 1)
    default:
      visual = glyph(
        for: cell.text, expectedWidth: Int(cell.width), limit: Int(CCHARW_MAX),
        measure: { Int(reader_wcwidth($0.value)) })
    }
    switch visual {
    case .text(let scalars):
      put(scalars, at: x, row: y, in: window, attributes: attributes, pair: pair)
    case .substitute(let first, let count):
      put([first], at: x, row: y, in: window, attributes: attributes, pair: pair)
      for offset in 1..<max(count, 1) where x + offset < columns {
        put([" "], at: x + offset, row: y, in: window, attributes: attributes, pair: pair)
      }
    }
  }

  /// One curses cell. Writing the bottom-right cell returns ERR (curses cannot move the cursor
  /// past it) although the cell is drawn, so the result is not checked.
  private mutating func put(
    _ scalars: [Unicode.Scalar], at x: Int, row y: Int, in window: UnsafeMutablePointer<WINDOW>,
    attributes: attr_t, pair: Int16
  ) {
    for (index, scalar) in scalars.enumerated() {
      characters[index] = wchar_t(bitPattern: scalar.value)
    }
    characters[scalars.count] = 0
    var complex = cchar_t()
    _ = setcchar(&complex, characters, attributes, pair, nil)
    _ = mvwadd_wch(window, Int32(y), Int32(x), &complex)
  }
}

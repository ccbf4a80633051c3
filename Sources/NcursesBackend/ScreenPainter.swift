import CNcursesw
import Glibc
import ReaderScreen

/// Copies frames to a curses window, only the cells that changed since the previous frame.
///
/// Every key redraws a frame, so this is on the path of every key press: it compares the cells
/// in place and hands curses a `cchar_t` built without allocating for plain ASCII.
struct ScreenPainter {
  private var previous: Screen?
  private var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
  private var complex = cchar_t()

  /// Makes the next `draw` repaint every cell (after the terminal was cleared or resized).
  mutating func forgetPreviousFrame() { previous = nil }

  /// Draws what changed between the previous frame and `screen`, then updates the terminal.
  mutating func draw(
    _ screen: Screen, in window: UnsafeMutablePointer<WINDOW>, styles: CursesStyles
  ) {
    copy(screen, to: window, styles: styles)
    wnoutrefresh(window)
    doupdate()
  }

  /// Puts the changed cells into `window` without updating the terminal.
  mutating func copy(
    _ screen: Screen, to window: UnsafeMutablePointer<WINDOW>, styles: CursesStyles
  ) {
    var rows: Int32 = 0
    var columns: Int32 = 0
    reader_getmaxyx(window, &rows, &columns)
    if previous == nil || previous?.width != screen.width || previous?.height != screen.height {
      werase(window)
      previous = nil
    }
    let visibleRows = Int(rows)
    let visibleColumns = min(Int(columns), screen.width)
    forEachChangedSpan(from: previous, to: screen) { y, span in
      guard y < visibleRows else { return }
      let row = y * screen.width
      for x in span where x < visibleColumns {
        drawCell(
          screen.cells[row + x], leftWidth: x > 0 ? screen.cells[row + x - 1].width : 1,
          at: x, row: y, in: window, styles: styles, columns: visibleColumns)
      }
    }
    previous = screen
  }

  private mutating func drawCell(
    _ cell: Cell, leftWidth: UInt8, at x: Int, row y: Int, in window: UnsafeMutablePointer<WINDOW>,
    styles: CursesStyles, columns: Int
  ) {
    let attributes = styles.attributes(for: cell.role)
    let pair = styles.pair(for: cell.role)
    if cell.width == 1, let ascii = singleASCII(cell.text) {
      characters[0] = wchar_t(ascii)
      characters[1] = 0
      put(at: x, row: y, in: window, attributes: attributes, pair: pair)
      return
    }
    let visual: Glyph
    switch cell.width {
    case 0:
      // The right half of a wide character is drawn with its left half; an orphan is a blank.
      if leftWidth == 2 { return }
      visual = .substitute(" ", columns: 1)
    case 2 where x + 1 >= columns:
      visual = .substitute("?", columns: 1)
    default:
      visual = glyph(
        for: cell.text, expectedWidth: Int(cell.width), limit: Int(CCHARW_MAX),
        measure: { Int(reader_wcwidth($0.value)) })
    }
    switch visual {
    case .text(let scalars):
      for (index, scalar) in scalars.enumerated() {
        characters[index] = wchar_t(bitPattern: scalar.value)
      }
      characters[scalars.count] = 0
      put(at: x, row: y, in: window, attributes: attributes, pair: pair)
    case .substitute(let first, let count):
      characters[0] = wchar_t(bitPattern: first.value)
      characters[1] = 0
      put(at: x, row: y, in: window, attributes: attributes, pair: pair)
      characters[0] = 0x20
      for offset in 1..<max(count, 1) where x + offset < columns {
        put(at: x + offset, row: y, in: window, attributes: attributes, pair: pair)
      }
    }
  }

  /// The one printable ASCII byte `text` consists of, if that is all it is.
  private func singleASCII(_ text: String) -> UInt8? {
    var utf8 = text.utf8.makeIterator()
    guard let byte = utf8.next(), byte >= 0x20, byte < 0x7F, utf8.next() == nil else {
      return nil
    }
    return byte
  }

  /// One curses cell from `characters`. Writing the bottom-right cell returns ERR (curses cannot
  /// move the cursor past it) although the cell is drawn, so the result is not checked.
  private mutating func put(
    at x: Int, row y: Int, in window: UnsafeMutablePointer<WINDOW>, attributes: attr_t,
    pair: Int16
  ) {
    _ = setcchar(&complex, characters, attributes, pair, nil)
    _ = mvwadd_wch(window, Int32(y), Int32(x), &complex)
  }
}

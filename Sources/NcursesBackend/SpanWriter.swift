import ReaderScreen

/// Writes the changed spans of one frame for `FrameEncoder`, carrying where the cursor is and
/// which look the terminal is in from one span to the next, so that neither is sent again
/// while it is still right.
///
/// Most of a frame is plain text written where the cursor already is in the look already
/// set; such a cell costs one check and one byte, and only the others take the careful path.
struct SpanWriter: ~Copyable {
  private let sequences: TerminalSequences
  private let measure: @Sendable (Unicode.Scalar) -> Int
  private let rows: Int
  private let columns: Int
  private let visibleColumns: Int
  var sink = ByteSink(capacity: 16 * 1024)
  /// The cursor's row and column; -1 when unknown (before the first cell, after a character
  /// terminals may count differently, or at the right margin).
  private var cursorY = -1
  private var cursorX = -1
  /// The `Cell.look` the terminal is in; -1 before the first.
  private var currentLook = -1
  /// `Cell.plainKey` of `currentLook` (none before the first).
  private var currentKey = UInt64.max
  /// Whether a blank in `currentLook` looks like a cleared cell.
  private var currentBlankIsCleared = false
  /// Whether any cell was written.
  private(set) var wrote = false
  /// The row and the end of the last erase (`ech`), which may reach past the span it began
  /// in: the spans after it on that row start past it.
  private var erasedRow = -1
  private var erasedEnd = 0

  init(encoder: FrameEncoder, rows: Int, columns: Int, visibleColumns: Int) {
    sequences = encoder.sequences
    measure = encoder.measure
    self.rows = rows
    self.columns = columns
    self.visibleColumns = visibleColumns
  }

  /// Writes the cells at `span` of row `y` of `cells`, a frame `width` cells wide. With
  /// `skipsBlanks` the row is known to be cleared, and blanks that look cleared are left out
  /// where they run to the row's end or for longer than a cursor motion.
  mutating func write(
    row y: Int, columns span: Range<Int>, of cells: UnsafeBufferPointer<Cell>, width: Int,
    skipsBlanks: Bool
  ) {
    let row = y * width
    // A short stretch of unchanged cells costs fewer bytes written again than a cursor
    // motion around it (scrolled text leaves many cells that happen to match).
    var start = span.lowerBound
    if cursorY == y, cursorX < start, start - cursorX <= FrameEncoder.bridgedCells {
      start = cursorX
    }
    if erasedRow == y { start = max(start, erasedEnd) }
    let end = min(span.upperBound, visibleColumns)
    // The bottom-right cell of a terminal that would scroll is left to the careful path.
    let plainEnd = sequences.bottomRightScrolls && y == rows - 1 ? min(end, columns - 1) : end
    var x = start
    while x < end {
      if cursorX == x && cursorY == y {
        // Plain text in the current look, where the cursor already is: its bytes alone. On
        // a cleared row a blank that looks cleared ends the run: the careful path decides
        // whether to leave it out.
        let stopsAtBlank = skipsBlanks && currentBlankIsCleared
        let erasesBlanks = sequences.eraseCharacters != nil && currentBlankIsCleared
        var run = x
        sink.reserve(plainEnd - x)
        while run < plainEnd, let byte = cells[row + run].plainByte(in: currentKey),
          !(stopsAtBlank && byte == 0x20),
          !(erasesBlanks && byte == 0x20
            && isBlankRun(cells, row: row, from: run, to: visibleColumns))
        {
          sink.appendReserved(byte)
          run &+= 1
        }
        if run > x {
          x = run
          if x >= columns { forgetCursor() } else { cursorX = x }
          continue
        }
      }
      let cell = cells[row + x]
      if skipsBlanks && isClearedBlank(cell) {
        var blanks = x + 1
        while blanks < end && isClearedBlank(cells[row + blanks]) { blanks += 1 }
        if blanks == visibleColumns || blanks - x > FrameEncoder.bridgedCells {
          x = blanks
          continue
        }
      }
      // Erased as far as the blanks go, past this span too: blanks that were blanks already
      // are erased to what they were.
      if let eraser = sequences.eraseCharacters,
        isBlankRun(cells, row: row, from: x, to: visibleColumns)
      {
        var blanks = x + 1
        while blanks < visibleColumns && isClearedBlank(cells[row + blanks]) { blanks += 1 }
        erase(blanks - x, y: y, x: x, look: cell.look, with: eraser)
        erasedRow = y
        erasedEnd = blanks
        x = blanks
        continue
      }
      writeCarefully(cell, y: y, x: x, after: x > 0 ? cells[row + x - 1] : nil)
      x += 1
    }
  }

  /// Writes one cell with everything checked: the cursor motion and the change of look it
  /// needs, a right half of a wide character (drawn with its left half) and the bottom-right
  /// cell of a terminal that would scroll (both left alone).
  private mutating func writeCarefully(_ cell: Cell, y: Int, x: Int, after left: Cell?) {
    if cell.width == 0, let left, left.width == 2 { return }
    if sequences.bottomRightScrolls && y == rows - 1 && x == columns - 1 { return }
    if cursorY != y || cursorX != x {
      if sequences.movesLikeANSI {
        sink.appendANSIMove(y, x)
      } else {
        sink.append(contentsOf: sequences.moveTo(y, x))
      }
    }
    let look = cell.look
    if currentLook != look {
      if !sequences.looksAlike(currentLook, look) { sequences.appendStyle(look, to: &sink) }
      currentLook = look
      currentKey = Cell.plainKey(look: look)
      currentBlankIsCleared =
        look < sequences.blankIsCleared.count && sequences.blankIsCleared[look]
    }
    wrote = true
    let (advance, trusted) = put(cell, at: x)
    let next = x + advance
    if trusted && next < columns {
      cursorY = y
      cursorX = next
    } else {
      forgetCursor()
    }
  }

  /// Whether `CharacterErasing.shortestRun` cleared-looking blanks or more start at column
  /// `from` of the row starting at `row`, before `end`.
  private func isBlankRun(
    _ cells: UnsafeBufferPointer<Cell>, row: Int, from: Int, to end: Int
  ) -> Bool {
    guard from + CharacterErasing.shortestRun <= end else { return false }
    for column in from..<from + CharacterErasing.shortestRun
    where !isClearedBlank(cells[row + column]) {
      return false
    }
    return true
  }

  /// Blanks `count` cells from (`y`, `x`) with the terminal's erase in `look`, a look whose
  /// blank is a cleared cell, so the erased cells are what the frame holds there. The cursor
  /// stays where the erase began.
  private mutating func erase(
    _ count: Int, y: Int, x: Int, look: Int, with erase: @Sendable (Int) -> [UInt8]
  ) {
    if cursorY != y || cursorX != x {
      if sequences.movesLikeANSI {
        sink.appendANSIMove(y, x)
      } else {
        sink.append(contentsOf: sequences.moveTo(y, x))
      }
    }
    if currentLook != look {
      if !sequences.looksAlike(currentLook, look) { sequences.appendStyle(look, to: &sink) }
      currentLook = look
      currentKey = Cell.plainKey(look: look)
      currentBlankIsCleared = true
    }
    sink.append(contentsOf: erase(count))
    wrote = true
    cursorY = y
    cursorX = x
  }

  private mutating func forgetCursor() {
    cursorY = -1
    cursorX = -1
  }

  /// A one-column space in a role whose blank looks like a cleared cell.
  private func isClearedBlank(_ cell: Cell) -> Bool {
    cell.width == 1 && cell.singleASCII == 0x20
      && cell.look < sequences.blankIsCleared.count && sequences.blankIsCleared[cell.look]
  }

  /// Writes one cell's text; returns the columns the cursor moved and whether every terminal
  /// agrees on that.
  private mutating func put(_ cell: Cell, at x: Int) -> (advance: Int, trusted: Bool) {
    if cell.width == 1, let byte = cell.singleASCII {
      sink.append(byte)
      return (1, true)
    }
    // One letter of the common alphabets or a quote or dash: what `glyph` would keep, without
    // making the cell's text a `String` (most of a highlights list's encoding in 100 MB).
    if cell.width == 1, cell.scalarCount == 1, let scalar = cell.firstScalar, isCommon(scalar),
      !StandIn.isDisputed(scalar), measure(scalar) == 1
    {
      UTF8.encode(scalar) { sink.append($0) }
      return (1, true)
    }
    let visual: Glyph
    switch cell.width {
    case 0:
      visual = .substitute(" ", columns: 1)
    case 2 where x + 1 >= visibleColumns:
      visual = .substitute("?", columns: 1)
    default:
      visual = glyph(
        for: cell.text, expectedWidth: Int(cell.width), limit: maxScalarsPerCell,
        measure: measure)
    }
    switch visual {
    case .text(let scalars):
      for scalar in scalars { UTF8.encode(scalar) { sink.append($0) } }
      return (Int(cell.width), scalars.count == 1 && cell.width == 1 && isCommon(scalars[0]))
    case .substitute(let first, let count):
      UTF8.encode(first) { sink.append($0) }
      let shown = min(max(count, 1), visibleColumns - x)
      for _ in 1..<max(shown, 1) { sink.append(0x20) }
      return (max(shown, 1), true)
    }
  }

  /// Narrow characters terminals draw in one column: Latin, Greek, Cyrillic and the other
  /// alphabets below U+0590, general punctuation (dashes, quotes, `…`, `•`), and the box
  /// drawing and block elements the panes' frames are made of (`─ │ ┌ ▏`). Punctuation and
  /// those last are ambiguous in East Asian width: a terminal set to draw ambiguous
  /// characters wide would shift the rest of a row after them, which `│` between the panes
  /// risked all along. glibc counts them one column in every locale, and so does the
  /// reader; a cursor motion after each `─` was a fifth of the highlights list's bytes.
  private func isCommon(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value >= 0xA0 && value < 0x300) || (value >= 0x370 && value < 0x590)
      || (value >= 0x2010 && value <= 0x205E) || (value >= 0x2500 && value < 0x25A0)
      || value == 0x25B8
  }
}

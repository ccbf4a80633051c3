import ReaderScreen

/// The bytes that turn a terminal showing one frame into one showing the next: only the cells
/// that changed, each run after one cursor motion, a role's look sent when it changes, and a
/// reset at the end (so curses, which believes the terminal is in plain text, stays right).
///
/// After a character whose width a terminal might count differently from `wcwidth` (anything
/// beyond the common alphabets and punctuation, wide characters, combining marks) the cursor
/// is placed again before the next cell, so such a character can never shift the rest of its
/// row.
struct FrameEncoder: Sendable {
  let sequences: TerminalSequences
  /// The width curses and the `Screen` use (`wcwidth`), for the last check before the terminal.
  let measure: @Sendable (Unicode.Scalar) -> Int

  /// The longest run of unchanged cells written again instead of moving past it: about the
  /// length of a cursor motion (`ESC [ 12 ; 104 H`).
  static let bridgedCells = 6

  /// What moving rows with the terminal's line edits costs, in bytes: two cursor motions, a
  /// delete and an insert.
  static let lineEditCost = 32
  /// About what a run of changed cells costs beyond its cells: a cursor motion and a change
  /// of look.
  static let runCost = 12
  /// Rows of a moved band priced to choose: one in so many.
  static let pricedRowSpacing = 4

  /// Appends to `output` the bytes that update a terminal of `rows` × `columns` from
  /// `previous` (nil: unknown, so every cell is written) to `screen`. On a screen known to be
  /// cleared (`cleared`, with no previous frame), blanks that look like cleared cells are left
  /// out where they run to the row's end or for longer than a cursor motion: the first frame
  /// of a wide terminal is largely such blanks.
  ///
  /// When `screen.moved` says a pane scrolled and the terminal has line edits, the terminal
  /// moves those rows itself if that leaves fewer cells to write; rows that came in new are
  /// then cleared rows, whose cleared-looking blanks are left out as on a first frame.
  func encode(
    from previous: Screen?, to screen: Screen, rows: Int, columns: Int, cleared: Bool = false,
    into output: inout [UInt8]
  ) {
    let canSkipBlanks = !sequences.blankIsCleared.isEmpty
    let skipsBlanks = cleared && previous == nil && canSkipBlanks
    let moved = previous.flatMap { rowsToMove(from: $0, to: screen, rows: rows) }
    if let moved, let edits = sequences.lineEdits {
      output += edits.bytes(for: moved, moveTo: sequences.moveTo)
    }
    let visibleColumns = min(columns, screen.width)
    var cursor: (y: Int, x: Int)? = nil
    var current: Role? = nil
    var wrote = false
    screen.cells.withUnsafeBufferPointer { cells in
      forEachChangedSpan(from: previous, to: screen, moved: moved) { y, span in
        guard y < rows else { return }
        let row = y * screen.width
        let skipsBlanks =
          skipsBlanks || (canSkipBlanks && moved.map { $0.source(of: y) == nil } ?? false)
        // A short stretch of unchanged cells costs fewer bytes written again than a cursor
        // motion around it (scrolled text leaves many cells that happen to match).
        var start = span.lowerBound
        if let cursor, cursor.y == y, cursor.x < start, start - cursor.x <= Self.bridgedCells {
          start = cursor.x
        }
        let end = min(span.upperBound, visibleColumns)
        var x = start
        while x < end {
          let cell = cells[row + x]
          if skipsBlanks && isClearedBlank(cell) {
            var blanks = x + 1
            while blanks < end && isClearedBlank(cells[row + blanks]) { blanks += 1 }
            if blanks == visibleColumns || blanks - x > Self.bridgedCells {
              x = blanks
              continue
            }
          }
          defer { x += 1 }
          // The right half of a wide character is drawn with its left half.
          if cell.width == 0 && x > 0 && cells[row + x - 1].width == 2 { continue }
          if sequences.bottomRightScrolls && y == rows - 1 && x == columns - 1 { continue }
          if cursor == nil || cursor!.y != y || cursor!.x != x {
            if sequences.movesLikeANSI {
              appendANSIMove(y, x, to: &output)
            } else {
              output += sequences.moveTo(y, x)
            }
          }
          if current != cell.role {
            output += sequences.styles[Int(cell.role.rawValue)]
            current = cell.role
          }
          wrote = true
          let (advance, trusted) = put(cell, at: x, columns: visibleColumns, into: &output)
          let next = x + advance
          cursor = trusted && next < columns ? (y, next) : nil
        }
      }
    }
    if wrote { output += sequences.reset }
  }

  /// The rows to let the terminal move, if `screen` says some moved and moving them leaves
  /// fewer cells to write than writing them where they are.
  private func rowsToMove(from previous: Screen, to screen: Screen, rows: Int) -> MovedRows? {
    guard let moved = screen.moved, sequences.lineEdits != nil, moved.keepsSomeRows,
      moved.rows.lowerBound >= 0, moved.rows.upperBound <= min(rows, screen.height),
      previous.width == screen.width, previous.height == screen.height
    else { return nil }
    // Every fourth row is priced: enough to choose, at a quarter of the cost.
    let sample = Self.pricedRowSpacing
    let inPlace = changedCells(from: previous, to: screen, rows: moved.rows, every: sample)
    let afterMove = changedCells(
      from: previous, to: screen, rows: moved.rows, moved: moved, every: sample)
    let costInPlace = (inPlace.cells + inPlace.runs * Self.runCost) * sample
    let costAfterMove =
      (afterMove.cells + afterMove.runs * Self.runCost) * sample + Self.lineEditCost
    return costAfterMove < costInPlace ? moved : nil
  }

  /// A one-column space in a role whose blank looks like a cleared cell.
  private func isClearedBlank(_ cell: Cell) -> Bool {
    cell.width == 1 && cell.singleASCII == 0x20
      && sequences.blankIsCleared[Int(cell.role.rawValue)]
  }

  /// Writes one cell's text; returns the columns the cursor moved and whether every terminal
  /// agrees on that.
  private func put(
    _ cell: Cell, at x: Int, columns: Int, into output: inout [UInt8]
  ) -> (advance: Int, trusted: Bool) {
    if cell.width == 1, let byte = cell.singleASCII {
      output.append(byte)
      return (1, true)
    }
    let visual: Glyph
    switch cell.width {
    case 0:
      visual = .substitute(" ", columns: 1)
    case 2 where x + 1 >= columns:
      visual = .substitute("?", columns: 1)
    default:
      visual = glyph(
        for: cell.text, expectedWidth: Int(cell.width), limit: maxScalarsPerCell,
        measure: measure)
    }
    switch visual {
    case .text(let scalars):
      for scalar in scalars { UTF8.encode(scalar) { output.append($0) } }
      return (Int(cell.width), scalars.count == 1 && cell.width == 1 && isCommon(scalars[0]))
    case .substitute(let first, let count):
      UTF8.encode(first) { output.append($0) }
      let shown = min(max(count, 1), columns - x)
      for _ in 1..<max(shown, 1) { output.append(0x20) }
      return (max(shown, 1), true)
    }
  }

  /// Narrow characters every terminal draws in one column: Latin, Greek, Cyrillic and the
  /// other alphabets below U+0590, and general punctuation (dashes, quotes, `…`, `•`).
  private func isCommon(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value >= 0xA0 && value < 0x300) || (value >= 0x370 && value < 0x590)
      || (value >= 0x2010 && value <= 0x205E) || value == 0x2502 || value == 0x25B8
  }
}

/// curses' `CCHARW_MAX`: a spacing character and four zero-width ones.
let maxScalarsPerCell = 5

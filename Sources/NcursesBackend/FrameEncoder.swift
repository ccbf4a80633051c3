import ReaderScreen

/// The bytes that turn a terminal showing one frame into one showing the next: only the cells
/// that changed, each run after one cursor motion, a role's look sent when it changes, and a
/// reset at the end (so curses, which believes the terminal is in plain text, stays right).
///
/// After a character whose width a terminal might count differently from `wcwidth` (anything
/// beyond the common alphabets, punctuation and box drawing: wide characters, combining
/// marks, symbols) the cursor is placed again before the next cell, so such a character can
/// never shift the rest of its row. The exception is a terminal set to draw East Asian
/// ambiguous characters wide, which the common ones include (`SpanWriter.isCommon`).
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
  /// Rows of a moved band priced to choose, spread evenly over it: a band's rows are alike
  /// (lines of one pane beside the same other panes). Pricing each of them was a tenth of a
  /// key press, and eight of them still a tenth of a `j` in callgrind (39 K instructions).
  static let pricedRows = 4

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
    let width = screen.width
    guard width > 0 else { return }
    let canSkipBlanks = !sequences.blankIsCleared.isEmpty
    let skipsBlanks = cleared && previous == nil && canSkipBlanks
    let moved = previous.flatMap { rowsToMove(from: $0, to: screen, rows: rows) }
    // The previous frame, where it can be compared cell by cell.
    let old = previous.flatMap { $0.width == width && $0.height == screen.height ? $0 : nil }
    var writer = SpanWriter(
      encoder: self, rows: rows, columns: columns, visibleColumns: min(columns, width))
    if let moved, let edits = sequences.lineEdits {
      writer.sink.append(contentsOf: edits.bytes(for: moved, moveTo: sequences.moveTo))
    }
    // Each row's changed spans written as they are found (`forEachChangedSpan(inRow:)`,
    // inlined here), each row compared with the old row the terminal moved into its place,
    // and a row that came in new written whole.
    screen.cells.withUnsafeBufferPointer { fresh in
      (old?.cells ?? []).withUnsafeBufferPointer { stale in
        for y in 0..<min(rows, screen.height) {
          let source = moved.map { $0.source(of: y) } ?? y
          let rowSkipsBlanks = skipsBlanks || (canSkipBlanks && moved != nil && source == nil)
          guard old != nil, let source, source < screen.height else {
            writer.write(
              row: y, columns: 0..<width, of: fresh, width: width, skipsBlanks: rowSkipsBlanks)
            continue
          }
          // The old row's cells, laid over the new row's indices.
          let staleBytes = UnsafeRawPointer(stale.baseAddress! + (source - y) * width)
          forEachChangedSpan(inRow: y, width: width, of: fresh, against: staleBytes) { span in
            writer.write(
              row: y, columns: span, of: fresh, width: width, skipsBlanks: rowSkipsBlanks)
          }
        }
      }
    }
    if writer.wrote { writer.sink.append(contentsOf: sequences.reset) }
    writer.sink.copy(into: &output)
  }

  /// The rows to let the terminal move, if `screen` says some moved and moving them leaves
  /// fewer cells to write than writing them where they are.
  private func rowsToMove(from previous: Screen, to screen: Screen, rows: Int) -> MovedRows? {
    guard let moved = screen.moved, sequences.lineEdits != nil, moved.keepsSomeRows,
      moved.rows.lowerBound >= 0, moved.rows.upperBound <= min(rows, screen.height),
      previous.width == screen.width, previous.height == screen.height
    else { return nil }
    let sample = max(1, moved.rows.count / Self.pricedRows)
    let inPlace = changedCells(from: previous, to: screen, rows: moved.rows, every: sample)
    let afterMove = changedCells(
      from: previous, to: screen, rows: moved.rows, moved: moved, every: sample)
    let costInPlace = (inPlace.cells + inPlace.runs * Self.runCost) * sample
    let costAfterMove =
      (afterMove.cells + afterMove.runs * Self.runCost) * sample + Self.lineEditCost
    return costAfterMove < costInPlace ? moved : nil
  }
}

/// curses' `CCHARW_MAX`: a spacing character and four zero-width ones.
let maxScalarsPerCell = 5

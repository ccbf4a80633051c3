import ReaderScreen
import Testing

@testable import NcursesBackend

/// A frame laid out like the reader's, 40 × `height`: a header row, then a list on the left
/// that does not scroll, text in the middle whose first line is `top`, a sidebar with two
/// lines, and a status row. The text holds wide and accented characters and a highlight, so a
/// moved row must keep them whole.
private func paneFrame(top: Int, listTop: Int = 0, height: Int = 16) -> Screen {
  var screen = Screen(width: 40, height: height)
  _ = screen.put("Articles │ Reading", x: 0, y: 0, role: .header, maxWidth: 40)
  for row in 1..<height - 1 {
    _ = screen.put("item \(listTop + row)", x: 0, y: row, role: .muted, maxWidth: 8)
    _ = screen.put("│", x: 8, y: row, role: .border, maxWidth: 1)
    let line = top + row
    let words = ["harbour", "ledger", "meadow", "courier", "lantern", "verdict", "quarry"]
    let word = words[line % words.count]
    let text = line % 3 == 0 ? "漢字 \(word) \(line) é\u{301}" : "\(line) \(word) “q” \(word)"
    _ = screen.put(text, x: 10, y: row, role: line % 4 == 0 ? .highlight : .text, maxWidth: 20)
    _ = screen.put("│", x: 31, y: row, role: .border, maxWidth: 1)
    if row <= 2 { _ = screen.put("quote \(row)", x: 32, y: row, role: .quote, maxWidth: 8) }
  }
  _ = screen.put("status at \(top)", x: 0, y: height - 1, role: .status, maxWidth: 40)
  return screen
}

private func encoded(
  from old: Screen?, to new: Screen, with sequences: TerminalSequences = FakeTerminal.sequences
) -> [UInt8] {
  var output: [UInt8] = []
  FrameEncoder(sequences: sequences, measure: { columnWidth(of: $0) })
    .encode(from: old, to: new, rows: new.height, columns: new.width, into: &output)
  return output
}

@Suite struct LineEditTests {
  /// Text scrolled by a few rows either way: the terminal moves the rows itself and ends up
  /// showing the new frame exactly, for fewer bytes than writing every changed cell.
  @Test func scrolledRowsAreMovedByTheTerminalAndEndUpExact() {
    for top in 0..<4 {
      for distance in [-3, -2, -1, 1, 2, 3] {
        let old = paneFrame(top: top + 10)
        var new = paneFrame(top: top + 10 + distance)
        let written = encoded(from: old, to: new)
        new.moved = MovedRows(rows: 1..<15, distance: distance)
        let moved = encoded(from: old, to: new)
        var terminal = FakeTerminal(columns: 40, rows: 16)
        terminal.feed(encoded(from: nil, to: old))
        let startsRight = terminal.matches(old)
        #expect(startsRight)
        terminal.feed(moved)
        let endsRight = terminal.matches(new)
        #expect(endsRight, "\(distance): \((0..<16).map(terminal.row))")
        let usesLineEdits = String(decoding: moved, as: UTF8.self).contains(
          "\u{1B}[\(abs(distance))M")
        // Further, the rows that move in step with the list's (three apart) can cost less
        // where they are.
        if abs(distance) < 3 {
          #expect(usesLineEdits)
          #expect(moved.count < written.count, "\(distance): \(moved.count) ≥ \(written.count)")
        }
      }
    }
  }

  /// The hint is only a hint: rows said to move that did not, or a list that changed as well,
  /// still leave the terminal showing the new frame, moved or not, whichever costs less.
  @Test func aWrongHintStillEndsOnTheNewFrame() {
    let old = paneFrame(top: 5)
    for (new, distance) in [
      (paneFrame(top: 5), 1), (paneFrame(top: 6, listTop: 3), -2), (paneFrame(top: 7), 1),
      (paneFrame(top: 5, listTop: 1), 13),
    ] {
      var hinted = new
      hinted.moved = MovedRows(rows: 1..<15, distance: distance)
      var terminal = FakeTerminal(columns: 40, rows: 16)
      terminal.feed(encoded(from: nil, to: old))
      terminal.feed(encoded(from: old, to: hinted))
      let endsRight = terminal.matches(new)
      #expect(endsRight, "\(distance): \((0..<16).map(terminal.row))")
    }
    // Nothing changed: nothing is written, whatever the hint says.
    var same = old
    same.moved = MovedRows(rows: 1..<15, distance: 1)
    #expect(encoded(from: old, to: same).isEmpty)
  }

  /// Without line edits (a terminal that lacks `dl` and `il`) the hint changes nothing.
  @Test func aTerminalWithoutLineEditsGetsEveryChangedCell() {
    var sequences = FakeTerminal.sequences
    sequences.lineEdits = nil
    let old = paneFrame(top: 3)
    var new = paneFrame(top: 4)
    let written = encoded(from: old, to: new, with: sequences)
    new.moved = MovedRows(rows: 1..<15, distance: 1)
    #expect(encoded(from: old, to: new, with: sequences) == written)
  }

  /// The row that comes in new is blank as the terminal clears it: blanks that look cleared
  /// are left out there, as on a first frame.
  @Test func theRowThatComesInLeavesOutClearedBlanks() {
    var sequences = FakeTerminal.sequences
    sequences.blankIsCleared = Role.allCases.map { $0 == .text }
    let old = paneFrame(top: 3)
    var new = paneFrame(top: 4)
    new.moved = MovedRows(rows: 1..<15, distance: 1)
    var terminal = FakeTerminal(columns: 40, rows: 16)
    terminal.feed(encoded(from: nil, to: old))
    let bytes = encoded(from: old, to: new, with: sequences)
    terminal.feed(bytes)
    for row in 0..<16 {
      for column in 0..<40 {
        let cell = new[column, row]
        let slot = terminal.slots[row][column]
        let leftOut = row == 14 && slot.text == " " && slot.role == nil && cell == .blank()
        #expect(
          leftOut || (slot.text == cell.text && slot.role == cell.role),
          "row \(row) column \(column): \(terminal.row(row))")
      }
    }
    // The new row's trailing blanks in the text's role were not written.
    #expect(terminal.slots[14][39].role == nil)
  }

  /// terminfo's `dl` and `il` of xterm, the Linux console and tmux are the ANSI ones, written
  /// without `tiparm`.
  @Test func ansiLineEditsAreWrittenDirectly() throws {
    let edits = try #require(
      LineEdits.ansi(delete: Array("\u{1B}[%p1%dM".utf8), insert: Array("\u{1B}[%p1%dL".utf8)))
    #expect(edits.delete(3) == Array("\u{1B}[3M".utf8))
    #expect(edits.insert(12) == Array("\u{1B}[12L".utf8))
    #expect(LineEdits.ansi(delete: Array("\u{1B}[M".utf8), insert: []) == nil)
  }
}

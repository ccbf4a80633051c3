import TestSupport
import Testing

/// Escape sequences the reader has no key for, typed into the real binary: none of their bytes
/// may act as keys (`[` would jump to a highlight, `q` would quit), and a paste is no command.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct UnknownSequenceTests {
  @Test func unknownSequencesAndPastesDoNothing() throws {
    let reader = try ReaderInTmux([], width: 120, height: 32)
    reader.waitFor("Highlight –/17")
    let before = try reader.lines()
    for sequence in [
      "\u{1B}[25~",  // F13
      "\u{1B}[57441u",  // kitty: left Shift
      "\u{1B}[999999999999999A",  // overlong
      "\u{1B}[?1;2c",  // device attributes, as a terminal answers
      "\u{1B}]11;rgb:0000/0000/0000\u{07}",  // a colour report
      "\u{1B}[200~q]]G\u{1B}[201~",  // a paste of commands
    ] {
      try reader.tmux.type(sequence)
    }
    // `j` then scrolls by one line: everything before it was read and dropped.
    try reader.tmux.type("j")
    reader.waitUntil(whenever: "the text has scrolled by one line") {
      try reader.lines() != before
    }
    let after = try reader.lines()
    #expect(after.last?.contains("Highlight –/17") == true)
    #expect(after.count == before.count)
    // The reading pane's columns (the sidebar follows the reading position on its own).
    let reading = { (row: String) in String(row.dropFirst(35).prefix(50)) }
    #expect(after[2...6].map(reading) == before[3...7].map(reading))
    try reader.quitAndExpectRestored()
  }
}

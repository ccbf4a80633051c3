import Foundation
import TestSupport
import Testing

/// Characters whose width terminals disagree on never reach the terminal raw, so a row can
/// never shift under curses' feet (the pyte `IndexError` on the 100 MB benchmark was a flag).
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct DisputedWidthTests {
  static let document = """
    Harbour notes


    by Mara Quill [3-14-2024 published].

    The delegates met at the \u{1F1FA}\u{1F1F3} building and then at 漢字 hall, twice.

    The second day was quieter.

    """

  @Test func flagsAreShownAsTheirLettersAndTheRowStaysInPlace() throws {
    let scratch = try Scratch()
    try scratch.write(Self.document, to: "flags.txt")
    let path = scratch.directory.appendingPathComponent("flags.txt").path
    // The screen model shows the flag as letters too: the snapshot is what the terminal shows.
    let expected = try EndToEnd.snapshot(["--size", "100x20", path], in: scratch)
    #expect(expected.contains { $0.contains("at the UN building") })
    let reader = try ReaderInTmux([path], width: 100, height: 20, scratch: scratch)
    reader.waitUntil(whenever: "the frame is the snapshot") {
      try reader.lines() == expected
    }
    // The border after the letters is in the column the layout gave it.
    #expect(
      try reader.lines().contains { $0.hasSuffix("│ The delegates met at the UN building and  │") })
    #expect(try !reader.tmux.capture().contains("\u{1F1FA}"))
    try reader.quitAndExpectRestored()
  }
}

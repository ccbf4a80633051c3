import Foundation
import TestSupport
import Testing

/// `reader export` writes the file's text, controls and all, where it is told; on a terminal
/// they are shown, not obeyed.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct ProcessExportTests {
  /// `ESC c` resets a terminal (clearing it); `ESC ] 0 ; … BEL` would set the title.
  static let document = """
    Reset\u{1B}c here

    by Ann Lee [3-14-2024 published].

    A tab\there and a title \u{1B}]0;pwned\u{07} and \u{9B}2J.

    """

  @Test(arguments: ["markdown", "json"])
  func exportToATerminalShowsControls(format: String) throws {
    let scratch = try Scratch()
    try scratch.write(Self.document, to: "hostile.txt")
    let command = ([EndToEnd.readerPath, "export", "--format", format, "hostile.txt"])
      .map(shellQuoted).joined(separator: " ")
    let tmux = try TmuxSession(
      width: 120, height: 100, in: scratch,
      command: "echo marker-before; \(command); echo \"status $?\"; exec sleep 600")
    waitUntil("the export has ended") { try tmux.capture().contains("status ") }
    let shown = try tmux.capture()
    #expect(shown.contains("status 0"))
    #expect(shown.hasPrefix("marker-before\n"), "\(shown)")
    #expect(try !tmux.display("#{pane_title}").contains("pwned"))
    if format == "markdown" {
      #expect(shown.contains("## Reset^[c here\n"), "\(shown)")
      #expect(shown.contains("*A tab  here and a title ^[\\]0;pwned^G and <U+009B>2J."), "\(shown)")
    } else {
      // JSON escapes C0 and C1 itself; what is left is already plain text.
      #expect(shown.contains(#""title": "Reset\u001bc here","#), "\(shown)")
    }
  }

  /// Into a file the export is the file's own text, byte for byte.
  @Test func exportToAFileKeepsTheBytes() throws {
    let scratch = try Scratch()
    try scratch.write(Self.document, to: "hostile.txt")
    let path = scratch.directory.appendingPathComponent("hostile.txt").path
    let result = try EndToEnd.run(["export", "--format", "markdown", path], in: scratch)
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("## Reset\u{1B}c here\n"))
    #expect(result.output.contains("A tab\there and a title \u{1B}\\]0;pwned\u{07} and \u{9B}2J."))
  }
}

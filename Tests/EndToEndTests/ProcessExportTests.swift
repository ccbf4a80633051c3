import Foundation
import TestSupport
import Testing

/// `reader export` never lets a control in the file reach a terminal: Markdown writes controls
/// in their visible forms wherever it goes, JSON escapes them as JSON does, and on a terminal
/// what is left is shown, not obeyed.
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
      #expect(shown.contains("*A tab  here and a title ^[]0;pwned^G and <U+009B>2J."), "\(shown)")
    } else {
      // JSON escapes C0 and C1 itself; what is left is already plain text.
      #expect(shown.contains(#""title": "Reset\u001bc here","#), "\(shown)")
    }
  }

  /// Into a file or a pipe too: Markdown is for reading, so its controls are visible (and
  /// `ESC[2J` keeps its bracket unescaped); JSON escapes them, and its strings hold the text
  /// exactly.
  @Test func exportIntoAFileHasNoRawControls() throws {
    let scratch = try Scratch()
    try scratch.write(
      Self.document + "\nClear \u{1B}[2J, bell \u{07}, NEL \u{85}.\n", to: "hostile.txt")
    let path = scratch.directory.appendingPathComponent("hostile.txt").path
    let markdown = try EndToEnd.run(["export", "--format", "markdown", path], in: scratch)
    #expect(markdown.status == 0)
    #expect(markdown.output.hasPrefix("## Reset^[c here\n"))
    #expect(markdown.output.contains("A tab\there and a title ^[]0;pwned^G and <U+009B>2J."))
    #expect(markdown.output.contains("Clear ^[[2J, bell ^G, NEL <U+0085>."))
    #expect(!markdown.output.unicodeScalars.contains { rawControl($0) })
    let json = try EndToEnd.run(["export", path], in: scratch)
    #expect(json.status == 0)
    #expect(json.output.contains(#""title": "Reset\u001bc here","#))
    #expect(json.output.contains(#"Clear \u001b[2J, bell \u0007, NEL \u0085."#))
    #expect(!json.output.unicodeScalars.contains { rawControl($0) || $0 == "\t" })
  }

  private func rawControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "\n" && scalar != "\t"
      && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
  }
}

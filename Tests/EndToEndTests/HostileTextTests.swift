import Foundation
import TestSupport
import Testing

/// Terminal escapes inside a document are shown as text and never reach the terminal.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct HostileTextTests {
  /// A title that would set the window title, a body that would clear the screen, copy to the
  /// clipboard (OSC 52) and start a C1 CSI.
  static let document = """
    Harbour \u{1B}]0;pwned\u{07} notes


    by Mara Quill [3-14-2024 published].

    The ferry \u{1B}[2J was late \u{1B}]52;c;aGVsbG8=\u{07} again, and the **lanterns** came on \u{9B}31m one by one.

    """

  /// tmux lets programs copy (OSC 52) only when `set-clipboard` is on.
  private static let options = [("set-clipboard", "on")]

  @Test func escapesInTheTextAreShownNotObeyed() throws {
    let scratch = try Scratch()
    try scratch.write(Self.document, to: "hostile.txt")
    let path = scratch.directory.appendingPathComponent("hostile.txt").path
    let expected = try EndToEnd.snapshot(["--size", "120x32", path], in: scratch)
    let reader = try ReaderInTmux(
      [path], width: 120, height: 32, scratch: scratch, options: Self.options)
    // Drawn exactly as the headless snapshot draws it: nothing cleared or moved.
    reader.waitUntil(whenever: "the document is drawn as `reader snapshot` draws it") {
      try reader.lines() == expected
    }
    let lines = try reader.lines()
    #expect(lines.first?.hasPrefix(" Articles (1) ") == true)
    #expect(lines.contains { $0.contains("▸ 1 Harbour ^[]0;pwned^G notes") })
    #expect(lines.contains { $0.contains("^[[2J") })
    #expect(lines.contains { $0.contains("^[]52;c;aGVsbG8=^G") })
    #expect(lines.contains { $0.contains("31m one by one.") })
    #expect(try !reader.tmux.display("#{pane_title}").contains("pwned"))
    #expect(try reader.tmux.buffers().isEmpty)
    try reader.quitAndExpectRestored()
  }

  /// The checks above can fail: the same bytes written raw do retitle the pane, copy to a
  /// tmux buffer and clear the screen.
  @Test func theSameBytesWrittenRawDoReachTmux() throws {
    let scratch = try Scratch()
    try scratch.write(Self.document, to: "hostile.txt")
    let tmux = try TmuxSession(
      width: 120, height: 32, in: scratch,
      command: "cat hostile.txt; exec sleep 600", options: Self.options)
    waitUntil("the title is changed") { try tmux.display("#{pane_title}") == "pwned" }
    waitUntil("a buffer is copied") { try tmux.buffers().contains("\"hello\"") }
    waitUntil("the text is shown") { try tmux.capture().contains("one by one.") }
    #expect(try !tmux.capture().contains("Harbour"))
  }
}

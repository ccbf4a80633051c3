import Foundation
import TestSupport
import Testing

/// What a terminal on standard input means, and which mouse reports the reader asks for.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct TerminalStdinAndMouseTests {
  /// `reader -` where nothing is piped: the terminal holds the keys, not a document, so it
  /// refuses at once (as `less -` does) instead of waiting without a word.
  @Test func readingATerminalAsTheDocumentIsRefused() throws {
    let scratch = try Scratch()
    let tmux = try TmuxSession(
      width: 100, height: 10, in: scratch, command: try scratch.scenario(arguments: ["-"]))
    #expect(TestSupport.waitUntil("reader has exited") { scratch.read("status") != nil })
    #expect(scratch.read("status") == "1")
    let pane = try tmux.capture()
    #expect(
      pane.contains(
        "reader: standard input is a terminal, not a document: pipe one in (cat FILE | reader -) or"
      ), "\(pane)")
    #expect(try !tmux.alternateScreenOn())
  }

  /// `reader export -` reads the terminal as `cat -` does, and says so first.
  @Test func exportSaysItIsWaitingForTheTerminal() throws {
    let scratch = try Scratch()
    let tmux = try TmuxSession(
      width: 100, height: 10, in: scratch,
      command: try scratch.scenario(arguments: ["export", "--format", "markdown", "-"]))
    #expect(
      TestSupport.waitUntil("the waiting note shows") {
        try tmux.capture().contains("reader: reading standard input (Ctrl-D to end)")
      })
    try tmux.type("Harbour notes\n")
    try tmux.sendKeys("C-d")
    #expect(TestSupport.waitUntil("export has finished") { scratch.read("status") != nil })
    #expect(scratch.read("status") == "0")
    #expect(try tmux.capture().contains("## Harbour notes"))
  }

  /// Clicks and the wheel only: button-event tracking (1000), never the any-motion mode
  /// (1003), which floods the program with every move of the pointer; in SGR form (1006) where
  /// the terminal's description says it reports that way (xterm's does, tmux's and screen's
  /// describe the older form). Read from tmux, which keeps the modes the program turned on.
  @Test(arguments: [("xterm-256color", "1"), ("tmux-256color", "0")])
  func mouseReportingIsButtonEventsOnly(term: String, sgr: String) throws {
    let reader = try ReaderInTmux(prefix: "env TERM=\(term)", width: 80, height: 24)
    reader.waitFor("│ Article 1/5 │")
    let flags = try reader.tmux.display(
      "standard=#{mouse_standard_flag} button=#{mouse_button_flag} all=#{mouse_all_flag}"
        + " sgr=#{mouse_sgr_flag}")
    #expect(flags == "standard=1 button=0 all=0 sgr=\(sgr)")
    try reader.quitAndExpectRestored()
    #expect(try reader.tmux.display("#{mouse_any_flag}") == "0")
  }
}

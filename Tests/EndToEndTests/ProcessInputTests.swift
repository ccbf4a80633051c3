import Foundation
import TestSupport
import Testing

/// `reader` started with standard input closed or empty: keys come from the terminal when
/// there is one to read, and otherwise it says what is wrong. Never a hang, never a crash, and
/// the terminal as it was.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct ProcessInputTests {
  private func start(_ scratch: Scratch, _ arguments: [String], _ redirections: String) throws
    -> TmuxSession
  {
    let script = try scratch.scenario(arguments: arguments, redirections: redirections)
    return try TmuxSession(
      width: 80, height: 24, in: scratch, command: script)
  }

  private func expectRestored(
    _ tmux: TmuxSession, _ scratch: Scratch, status: Int32,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    guard
      waitUntil(
        "the program has exited", sourceLocation: sourceLocation,
        {
          scratch.read("after") != nil
        })
    else {
      Issue.record("pane:\n\(try tmux.capture())", sourceLocation: sourceLocation)
      return
    }
    #expect(scratch.read("status") == "\(status)", sourceLocation: sourceLocation)
    #expect(scratch.read("before") != nil, sourceLocation: sourceLocation)
    #expect(scratch.read("after") == scratch.read("before"), sourceLocation: sourceLocation)
    tmux.waitForNormalScreen(sourceLocation: sourceLocation)
  }

  /// With standard input closed, curses reads keys from /dev/tty: `j` moves, `q` quits.
  @Test func aFileWithStandardInputClosedTakesKeysFromTheTerminal() throws {
    let scratch = try Scratch()
    let tmux = try start(scratch, ["document.txt"], "<&-")
    waitUntil("the UI has started") { try tmux.alternateScreenOn() }
    waitUntil("the status line is drawn") {
      try tmux.capture().contains(" document.txt │ Article 1/1 │ Highlight –/1 │")
    }
    try tmux.sendKeys("]")
    waitUntil("the first highlight is current") {
      try tmux.capture().contains(" document.txt │ Article 1/1 │ Highlight 1/1 │")
    }
    try tmux.sendKeys("q")
    try expectRestored(tmux, scratch, status: 0)
    #expect(scratch.read("errors") == nil)
  }

  /// Empty standard input and no file: an empty document, said so, and keys from /dev/tty.
  @Test func emptyStandardInputOpensAnEmptyDocumentThatSaysSo() throws {
    let scratch = try Scratch()
    let tmux = try start(scratch, [], "</dev/null")
    waitUntil("the UI has started") { try tmux.alternateScreenOn() }
    waitUntil("the empty document is drawn") {
      let rows = trimmedRows(try tmux.capture())
      return rows.first == " Articles (0)           │ Reading"
        && rows.dropFirst().first == " (no articles)          │ This file holds no articles."
        && rows.last?.hasPrefix(" (standard input) │ no articles ") == true
    }
    try tmux.sendKeys("q")
    try expectRestored(tmux, scratch, status: 0)
  }

  /// A pipe whose writer is still at work: a line on standard error says the input is being
  /// read to its end, and the document opens once it has ended.
  @Test func aSlowPipeIsSaidToBeReadToItsEnd() throws {
    let scratch = try Scratch()
    let command = shellQuoted(EndToEnd.readerPath)
    try scratch.write(
      """
      stty -g > before
      (cat document.txt; sleep 2) | \(command) --no-history 2> errors
      echo $? > status
      stty -g > after
      exec sleep 600

      """, to: "slow.sh")
    let tmux = try TmuxSession(width: 80, height: 24, in: scratch, command: "sh ./slow.sh")
    waitUntil("the wait is explained") {
      scratch.read("errors") == "reader: reading standard input to its end… (Ctrl-C stops)"
    }
    #expect(try !tmux.alternateScreenOn())
    waitUntil("the UI has started") { try tmux.alternateScreenOn() }
    waitUntil("the document is drawn") {
      try tmux.capture().contains(" (standard input) │ Article 1/1 │")
    }
    try tmux.sendKeys("q")
    try expectRestored(tmux, scratch, status: 0)
  }

  /// Standard input closed and no file: nothing to read the document from. A message and
  /// status 1, before the terminal is touched.
  @Test func closedStandardInputAndNoFileIsRefusedClearly() throws {
    let scratch = try Scratch()
    let tmux = try start(scratch, [], "<&-")
    try expectRestored(tmux, scratch, status: 1)
    #expect(scratch.read("errors") == "reader: standard input: Bad file descriptor")
    #expect(try tmux.capture().contains("reader:") == false)
  }
}

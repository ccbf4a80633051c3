import Foundation
import TestSupport
import Testing

/// The real `reader` in tmux: whatever the UI shows, the terminal must come back as it was.
/// These wait for tmux's `alternate_on` flag (curses has started) instead of sleeping.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct TerminalMechanicsTests {
  /// Starts the scenario and waits until curses has the terminal.
  private func start(
    _ scratch: Scratch, arguments: [String] = ["document.txt"], prefix: String = "",
    width: Int = 80, height: Int = 24, environment: String = ""
  ) throws -> TmuxSession {
    let script = try scratch.scenario(arguments: arguments, prefix: prefix)
    let tmux = try TmuxSession(
      width: width, height: height, in: scratch, command: environment + script)
    waitUntil("the UI has started") { try tmux.alternateScreenOn() }
    return tmux
  }

  /// After the program ended: its status, the same terminal modes as before it, the normal
  /// screen back, the cursor visible and mouse reporting off.
  private func expectRestored(
    _ tmux: TmuxSession, _ scratch: Scratch, status: Int32,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    guard waitUntil("the program has exited", { scratch.read("after") != nil }) else {
      Issue.record("pane:\n\(try tmux.capture())", sourceLocation: sourceLocation)
      return
    }
    #expect(scratch.read("status") == "\(status)", sourceLocation: sourceLocation)
    #expect(scratch.read("after") == scratch.read("before"), sourceLocation: sourceLocation)
    tmux.waitForNormalScreen(sourceLocation: sourceLocation)
    #expect(try tmux.display("#{alternate_on}") == "0", sourceLocation: sourceLocation)
    #expect(try tmux.display("#{cursor_flag}") == "1", sourceLocation: sourceLocation)
    #expect(try tmux.display("#{mouse_any_flag}") == "0", sourceLocation: sourceLocation)
    // Cursor keys and keypad as the shell expects them (curses turned on their application
    // modes).
    #expect(try tmux.display("#{keypad_cursor_flag}") == "0", sourceLocation: sourceLocation)
    #expect(try tmux.display("#{keypad_flag}") == "0", sourceLocation: sourceLocation)
  }

  @Test func quittingRestoresTheTerminal() throws {
    let scratch = try Scratch()
    let tmux = try start(scratch)
    try tmux.sendKeys("q")
    try expectRestored(tmux, scratch, status: 0)
  }

  @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGALRM, SIGPIPE])
  func aQuitSignalRestoresTheTerminalAndExits(signal: Int32) throws {
    let scratch = try Scratch()
    let tmux = try start(scratch)
    if signal == SIGINT {
      try tmux.sendKeys("C-c")  // the way a user sends it: from the terminal
    } else {
      let pid = try #require(scratch.read("pid").flatMap { pid_t($0) })
      #expect(kill(pid, signal) == 0)
    }
    try expectRestored(tmux, scratch, status: 128 + signal)
  }

  /// Ctrl-C with the search prompt open cancels the search, as in less; a second one quits.
  @Test func ctrlCInAPromptCancelsItAndASecondQuits() throws {
    let scratch = try Scratch()
    let tmux = try start(scratch)
    try tmux.sendKeys("/", "lamp")
    waitUntil("the prompt shows what was typed") { try tmux.capture().contains("/lamp") }
    try tmux.sendKeys("C-c")
    #expect(
      waitUntil("the prompt is gone and the status line says so") {
        let screen = try tmux.capture()
        return screen.contains("Ctrl-C again quits") && !screen.contains("/lamp")
      })
    #expect(scratch.read("after") == nil)
    try tmux.sendKeys("C-c")
    try expectRestored(tmux, scratch, status: 128 + SIGINT)
  }

  @Test func aCrashRestoresTheTerminalBeforeItIsReported() throws {
    let scratch = try Scratch()
    // Without the backtracer the default action follows at once (it would wait for a key).
    let tmux = try start(scratch, environment: "SWIFT_BACKTRACE=enable=no ")
    let pid = try #require(scratch.read("pid").flatMap { pid_t($0) })
    #expect(kill(pid, SIGSEGV) == 0)
    try expectRestored(tmux, scratch, status: 128 + SIGSEGV)
  }

  @Test func suspendingAndResumingRedrawsTheScreen() throws {
    let scratch = try Scratch()
    let command =
      ([EndToEnd.readerPath, "document.txt"]).map(shellQuoted).joined(separator: " ")
    let tmux = try TmuxSession(
      width: 80, height: 24, in: scratch,
      // Private history, so that "back where you left off" cannot redraw after the first frame.
      command: "env PS1='e2e$ ' XDG_DATA_HOME=\(shellQuoted(scratch.directory.path + "/xdg-data"))"
        + " XDG_STATE_HOME=\(shellQuoted(scratch.directory.path + "/xdg-state")) sh -i")
    waitUntil("the shell prompts") { try tmux.capture().contains("e2e$") }
    try tmux.sendKeys("stty -g > before; \(command); stty -g > after", "Enter")
    waitUntil("the UI has started") { try tmux.alternateScreenOn() }
    var shown = ""
    // A frame caught while it is being written, or before the status line's last change,
    // would never be drawn again after the resume: wait until the screen holds still.
    waitUntil("the first frame is drawn and settles") {
      let first = try tmux.capture(escapes: true)
      usleep(300_000)
      shown = try tmux.capture(escapes: true)
      return shown == first && shown.contains("help")
    }

    try tmux.sendKeys("C-z")
    waitUntil("the shell is back") { try !tmux.alternateScreenOn() }
    #expect(try tmux.display("#{cursor_flag}") == "1")
    try tmux.sendKeys("stty -g > suspended; fg", "Enter")
    waitUntil("the UI is back") { try tmux.alternateScreenOn() }
    waitUntil("the same frame is drawn again") {
      capturedCells(try tmux.capture(escapes: true)) == capturedCells(shown)
    }
    #expect(scratch.read("suspended") == scratch.read("before"))

    try tmux.sendKeys("q")
    waitUntil("the program has exited") { scratch.read("after") != nil }
    #expect(scratch.read("after") == scratch.read("before"))
    tmux.waitForNormalScreen()
    #expect(try tmux.display("#{alternate_on}") == "0")
  }

  /// On a terminal without an alternate screen, `^Z` clears the frame before the shell takes
  /// the terminal back: its "Stopped" and prompt do not land on top of the panes.
  @Test(arguments: ["TERM=vt100", "TERM=linux"])
  func suspendingWithoutAnAlternateScreenClearsTheFrame(terminal: String) throws {
    let scratch = try Scratch()
    let command =
      ([EndToEnd.readerPath, "--no-history", "document.txt"]).map(shellQuoted).joined(
        separator: " ")
    let tmux = try TmuxSession(
      width: 80, height: 24, in: scratch, command: "env PS1='e2e$ ' \(terminal) sh -i")
    waitUntil("the shell prompts") { try tmux.capture().contains("e2e$") }
    try tmux.sendKeys("\(command); echo ended > after", "Enter")
    waitUntil("the UI has started") { try tmux.capture().contains("Article 1/1") }
    try tmux.sendKeys("C-z")
    waitUntil("the shell is back") { try tmux.capture().contains("Stopped") }
    let shown = try tmux.capture()
    #expect(!shown.contains("Article 1/1"), "\(shown)")
    #expect(!shown.contains("│"), "\(shown)")
    try tmux.sendKeys("fg", "Enter")
    waitUntil("the UI is back") { try tmux.capture().contains("Article 1/1") }
    try tmux.sendKeys("q")
    waitUntil("the program has exited") { scratch.read("after") != nil }
  }

  /// Scrolling line by line lets the terminal move the reading pane's rows (delete and
  /// insert line) and writes only what is left; the screen must end up cell for cell as a
  /// whole redraw (`^L`) draws it, on each kind of terminal description.
  @Test(arguments: ["", "TERM=xterm ", "TERM=linux "])
  func scrollingLineByLineEndsOnTheSameCellsAsAWholeRedraw(environment: String) throws {
    let scratch = try Scratch()
    // Not `start`: the Linux console has no alternate screen to wait for.
    let tmux = try TmuxSession(
      width: 120, height: 30, in: scratch,
      command: environment + (try scratch.scenario(arguments: [])))
    _ = try settledScreen(tmux)
    for keys in ["jjjjj", "kk", "jkjj"] {
      try tmux.type(keys)
      let scrolled = try settledScreen(tmux)
      try tmux.sendKeys("C-l")
      let redrawn = try settledScreen(tmux)
      #expect(capturedCells(scrolled) == capturedCells(redrawn), "\(environment)\(keys)")
    }
    try tmux.sendKeys("q")
    try expectRestored(tmux, scratch, status: 0)
  }

  /// The first frame is drawn on a screen the program clears itself (not by curses' first
  /// refresh): whatever the shell left in the pane is gone, and the frame is cell for cell
  /// what a whole redraw (`^L`, which curses clears) draws, on each kind of terminal
  /// description. The Linux console has no alternate screen, so there the clear is all that
  /// removes the text.
  @Test(arguments: ["", "TERM=xterm ", "TERM=linux "])
  func theFirstFrameIsDrawnOnACleanScreen(environment: String) throws {
    let scratch = try Scratch()
    let leftover = "printf 'LEFTOVER %.0s' $(seq 1 400); "
    let tmux = try TmuxSession(
      width: 100, height: 24, in: scratch,
      command: leftover + environment + (try scratch.scenario(arguments: [])))
    let first = try settledScreen(tmux)
    #expect(!first.contains("LEFTOVER"), "\(environment)")
    try tmux.sendKeys("C-l")
    let redrawn = try settledScreen(tmux)
    #expect(capturedCells(first) == capturedCells(redrawn), "\(environment)")
    try tmux.sendKeys("q")
    try expectRestored(tmux, scratch, status: 0)
  }

  @Test func resizingRedrawsAtTheNewSize() throws {
    let scratch = try Scratch()
    let resized = try start(scratch, width: 80, height: 24)
    let fresh = try start(try Scratch(), width: 100, height: 30)
    var expected = ""
    waitUntil("a frame is drawn at 100×30") {
      expected = try fresh.capture(escapes: true)
      return !expected.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
    try resized.resize(width: 100, height: 30)
    waitUntil("the resized UI matches one started at that size") {
      capturedCells(try resized.capture(escapes: true)) == capturedCells(expected)
    }
    try resized.resize(width: 60, height: 20)
    try resized.sendKeys("q")
    try expectRestored(resized, scratch, status: 0)
  }

  /// `LINES` and `COLUMNS` set the size over what the terminal reports, as curses has them do
  /// (the reader measures the size itself: curses starts out believing in one cell).
  @Test func linesAndColumnsInTheEnvironmentSetTheSize() throws {
    let scratch = try Scratch()
    let tmux = try start(scratch, width: 80, height: 24, environment: "LINES=20 COLUMNS=70 ")
    var rows: [Substring] = []
    waitUntil("the frame is drawn") {
      rows = try tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)
      return rows.count > 19 && rows[19].contains("help")
    }
    #expect(rows.count > 19 && rows[19].contains("help"))
    #expect(rows.allSatisfy { $0.trimmingCharacters(in: .whitespaces).count <= 70 })
    #expect(rows.dropFirst(20).allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty })
    try tmux.sendKeys("q")
    try expectRestored(tmux, scratch, status: 0)
  }

  /// A size no screen has in `LINES` and `COLUMNS` (meant for another program) is not taken:
  /// `COLUMNS=100000 LINES=100000` asked for a frame of 160 GB and the reader died of it. The
  /// reader draws at the terminal's size instead, and resizing (curses reads them again) too.
  @Test func anImplausibleSizeInTheEnvironmentIsNotTaken() throws {
    let scratch = try Scratch()
    let tmux = try start(
      scratch, width: 80, height: 24, environment: "LINES=100000 COLUMNS=100000 ")
    var rows: [Substring] = []
    waitUntil("the frame is drawn at the terminal's size") {
      rows = try tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)
      return rows.count > 23 && rows[23].contains("help")
    }
    #expect(rows.count > 23 && rows[23].contains("help"))
    try tmux.resize(width: 70, height: 20)
    waitUntil("the frame is drawn at the new size") {
      rows = try tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)
      return rows.count > 19 && rows[19].contains("help")
    }
    #expect(rows.count > 19 && rows[19].contains("help"))
    try tmux.sendKeys("q")
    try expectRestored(tmux, scratch, status: 0)
  }

  @Test func keysComeFromTheTerminalWhenTheDocumentIsPiped() throws {
    let scratch = try Scratch()
    let tmux = try start(scratch, arguments: ["-"], prefix: "cat document.txt |")
    try tmux.sendKeys("Down")
    try tmux.sendKeys("q")
    try expectRestored(tmux, scratch, status: 0)
  }

  @Test(arguments: [
    ("env TERM=dumb", "reader: the terminal type 'dumb' cannot move the cursor"),
    ("env -u TERM", "reader: TERM is not set"),
    ("env TERM=no-such-terminal", "reader: the terminal type 'no-such-terminal' is not known"),
  ])
  func anUnusableTerminalTypeIsRefusedClearly(prefix: String, message: String) throws {
    let scratch = try Scratch()
    let script = try scratch.scenario(arguments: ["document.txt"], prefix: prefix, stderr: "errors")
    let tmux = try TmuxSession(
      width: 80, height: 24, in: scratch, command: script)
    guard waitUntil("the program has exited", { scratch.read("after") != nil }) else { return }
    #expect(scratch.read("status") == "1")
    #expect(scratch.read("errors")?.hasPrefix(message) == true, "\(scratch.read("errors") ?? "")")
    #expect(scratch.read("after") == scratch.read("before"))
    #expect(try tmux.display("#{alternate_on}") == "0")
  }
}

/// Without a terminal on standard output there is nothing to draw on: `reader` says so.
@Suite
struct NoTerminalTests {
  @Test func standardOutputNotATerminalIsRefusedClearly() throws {
    let scratch = try Scratch()
    let out = scratch.directory.appendingPathComponent("out").path
    let err = scratch.directory.appendingPathComponent("err").path
    let status = try runToFiles(
      EndToEnd.readerPath, [scratch.directory.appendingPathComponent("document.txt").path],
      stdout: out, stderr: err)
    #expect(status == 1)
    #expect(try String(contentsOfFile: out, encoding: .utf8).isEmpty)
    #expect(
      try String(contentsOfFile: err, encoding: .utf8)
        .hasPrefix("reader: standard output is not a terminal"))
  }

}

/// The pane with its styles once the program shows its status line and the screen holds
/// still for 0.2 s.
private func settledScreen(_ tmux: TmuxSession) throws -> String {
  var shown = ""
  waitUntil("the screen holds still") {
    let first = try tmux.capture(escapes: true)
    usleep(200_000)
    shown = try tmux.capture(escapes: true)
    return shown == first && shown.contains("help")
  }
  return shown
}

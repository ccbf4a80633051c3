import Foundation
import TestSupport
import Testing

/// Issue 14 item 5: on terminals without an alternate screen the last frame stayed after `q`
/// and the shell's next line landed on the status row. The reader must leave a clean screen
/// with the cursor at the start of a line.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct PlainTerminalTests {
  @Test(arguments: ["linux", "vt100"])
  func quittingLeavesTheTerminalClean(term: String) throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    let script = try scratch.scenario(arguments: [], prefix: "env TERM=\(term)")
    let tmux = try TmuxSession(
      width: 80, height: 24, in: scratch, command: script, options: [])
    let started = waitUntil("the first frame is drawn") {
      try tmux.capture().contains("? help")
    }
    #expect(started)
    try tmux.type("q")
    let exited = waitUntil("the program has exited") { scratch.read("after") != nil }
    #expect(exited)
    #expect(scratch.read("status") == "0")
    #expect(trimmedRows(try tmux.capture()) == [])
    #expect(try tmux.display("#{cursor_x}") == "0")
  }

  /// The crash path cannot ask terminfo, so it writes the clean-up bytes the session handed it:
  /// without them a crash left the last frame under the shell's next line.
  @Test(arguments: ["linux", "vt100"])
  func aCrashLeavesTheTerminalClean(term: String) throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    let script = try scratch.scenario(
      arguments: [], prefix: "env TERM=\(term) SWIFT_BACKTRACE=enable=no")
    let tmux = try TmuxSession(
      width: 80, height: 24, in: scratch, command: script, options: [])
    let started = waitUntil("the first frame is drawn") {
      try tmux.capture().contains("? help")
    }
    #expect(started)
    let pid = try #require(scratch.read("pid").flatMap { pid_t($0) })
    #expect(kill(pid, SIGSEGV) == 0)
    let exited = waitUntil("the program has exited") { scratch.read("after") != nil }
    #expect(exited)
    #expect(scratch.read("status") == "\(128 + SIGSEGV)")
    #expect(scratch.read("after") == scratch.read("before"))
    #expect(!(try tmux.capture()).contains("? help"))
  }
}

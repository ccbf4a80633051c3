import Foundation
import TestSupport
import Testing

/// `reader` run by `Scratch.scenario` in its own tmux server, seen the way a user sees it:
/// keys go in through the pane, and the pane's text (and styles) come back.
struct ReaderInTmux {
  let scratch: Scratch
  let tmux: TmuxSession

  /// Starts `reader arguments` at `width` × `height`; its standard input is the pane, so
  /// without a file it opens the built-in sample. Waits until the UI has started.
  init(
    _ arguments: [String] = [], prefix: String = "", width: Int = 120, height: Int = 32,
    scratch: Scratch? = nil, options: [(String, String)] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    self.scratch = try scratch ?? Scratch()
    let script = try self.scratch.scenario(arguments: arguments, prefix: prefix)
    tmux = try TmuxSession(
      width: width, height: height, in: self.scratch, command: script,
      options: options)
    let tmux = tmux
    TestSupport.waitUntil("the UI has started", sourceLocation: sourceLocation) {
      try tmux.alternateScreenOn()
    }
  }

  /// The pane's text, one string a row, trailing spaces and blank rows at the end removed.
  func lines() throws -> [String] { trimmedRows(try tmux.capture()) }

  /// The last row that is not blank: the status line.
  func statusLine() throws -> String { try lines().last ?? "" }

  /// The pane with its styles.
  func styledCapture() throws -> StyledCapture { StyledCapture(try tmux.capture(escapes: true)) }

  /// Polls until the pane shows `text` somewhere; records an issue (with the pane) if it never
  /// does.
  @discardableResult
  func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    waitUntil(whenever: "the pane shows \"\(text)\"", sourceLocation: sourceLocation) {
      try tmux.capture().contains(text)
    }
  }

  /// Polls until `condition` holds for the pane's rows; records an issue (with the pane) if it
  /// never does.
  @discardableResult
  func waitUntil(
    whenever what: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: () throws -> Bool
  ) -> Bool {
    if TestSupport.waitUntil(what, sourceLocation: sourceLocation, condition) { return true }
    Issue.record(
      "pane:\n\((try? tmux.capture()) ?? "(no capture)")", sourceLocation: sourceLocation)
    return false
  }

  /// Presses `q` and checks what a user gets back: status 0, the terminal modes (`stty -g`) as
  /// they were before, the normal screen with the cursor and no mouse reporting.
  func quitAndExpectRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
    try tmux.type("q")
    let scratch = scratch
    guard
      waitUntil(
        whenever: "the program has exited", sourceLocation: sourceLocation,
        {
          scratch.read("after") != nil
        })
    else { return }
    #expect(scratch.read("status") == "0", sourceLocation: sourceLocation)
    #expect(scratch.read("before") != nil, sourceLocation: sourceLocation)
    #expect(scratch.read("after") == scratch.read("before"), sourceLocation: sourceLocation)
    tmux.waitForNormalScreen(sourceLocation: sourceLocation)
  }
}

extension EndToEnd {
  /// What `reader arguments` prints with standard input from /dev/null: status, output and
  /// errors.
  static func run(_ arguments: [String], in scratch: Scratch) throws -> (
    status: Int32, output: String, errors: String
  ) {
    let output = scratch.directory.appendingPathComponent("run-output").path
    let errors = scratch.directory.appendingPathComponent("run-errors").path
    let status = try runToFiles(readerPath, arguments, stdout: output, stderr: errors)
    return (
      status, try String(contentsOfFile: output, encoding: .utf8),
      try String(contentsOfFile: errors, encoding: .utf8)
    )
  }

  /// `reader snapshot` of the same screen, as `ReaderInTmux.lines()` shows a pane.
  static func snapshot(_ arguments: [String], in scratch: Scratch) throws -> [String] {
    let result = try run(["snapshot"] + arguments, in: scratch)
    #expect(result.status == 0, "\(result.errors)")
    return trimmedRows(result.output)
  }
}

/// `text`'s rows without trailing spaces, and without the blank rows at its end.
func trimmedRows(_ text: String) -> [String] {
  var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map {
    String($0.reversed().drop(while: { $0 == " " }).reversed())
  }
  while rows.last == "" { rows.removeLast() }
  return rows
}

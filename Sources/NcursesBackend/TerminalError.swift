/// Why the terminal UI could not start. `description` is a sentence for the user, without the
/// program's name; the command line prefixes it (`reader: …`) and exits with status 1.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Standard output is a pipe or a file: drawing there would only write escape codes into it.
  case outputNotATerminal
  /// Standard input is not a terminal and `/dev/tty` could not be opened for keys.
  case noTerminalForInput(errno: Int32)
  /// `TERM` is not set (or empty), so the terminal's abilities are unknown.
  case terminalTypeUnset
  /// `TERM` names a terminal that cannot move the cursor (`dumb`).
  case terminalTooLimited(String)
  /// `TERM` names a terminal that has no terminfo entry here.
  case unknownTerminalType(String)
  /// The terminal's modes could not be read or the signal handlers installed.
  case setupFailed(errno: Int32)

  public var description: String {
    switch self {
    case .outputNotATerminal:
      "standard output is not a terminal; use 'reader export' to write the document to a file or pipe"
    case .noTerminalForInput:
      "standard input is not a terminal and /dev/tty cannot be opened for the keyboard"
    case .terminalTypeUnset:
      "TERM is not set, so the terminal's type is unknown; set it (for example TERM=xterm-256color)"
    case .terminalTooLimited(let name):
      "the terminal type '\(name)' cannot move the cursor; use a full terminal or 'reader export'"
    case .unknownTerminalType(let name):
      "the terminal type '\(name)' is not known here (no terminfo entry); try TERM=xterm-256color"
    case .setupFailed(let code):
      "the terminal could not be prepared (error \(code))"
    }
  }
}

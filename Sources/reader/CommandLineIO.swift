import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Prints one line on standard error and exits with status 1: how every command reports bad
/// input, without a stack trace. Controls in `message` (an author name from the file, a theme
/// name as typed) are shown, not sent.
func fail(_ message: String) -> Never {
  writeAll(terminalSafe(message) + "\n", to: 2)
  exit(1)
}

/// The process environment as a dictionary (theme lookup reads `NO_COLOR`, `XDG_CONFIG_HOME`,
/// `HOME`).
func processEnvironment() -> [String: String] {
  var result: [String: String] = [:]
  var entry = environ
  while let pointer = entry.pointee {
    let pair = String(cString: pointer)
    if let equals = pair.firstIndex(of: "=") {
      result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
    }
    entry += 1
  }
  return result
}

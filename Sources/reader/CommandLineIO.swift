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

/// Writes `text` to standard output, or fails saying why: an export to a full disk or a
/// closed file must not end with status 0 as if it had been written.
func writeOutput(_ text: String) {
  guard !writeAll(text, to: 1) else { return }
  let reason = errno
  if reason == EPIPE { exit(141) }  // The reader of a pipe left, as SIGPIPE would end us.
  fail("reader: could not write the output: \(String(cString: strerror(reason)))")
}

/// The process environment as a dictionary (theme lookup reads `NO_COLOR`, `XDG_CONFIG_HOME`,
/// `HOME`).
///
/// Split at the first `=` by bytes: finding it by `Character` and growing the dictionary one
/// entry at a time were 0.38 M instructions of every start (callgrind, 40 variables).
func processEnvironment() -> [String: String] {
  var count = 0
  while environ[count] != nil { count += 1 }
  var result: [String: String] = Dictionary(minimumCapacity: count)
  for index in 0..<count {
    guard let entry = environ[index], let equals = strchr(entry, 0x3D) else { continue }
    let nameLength = equals - entry
    let name = UnsafeRawBufferPointer(start: entry, count: nameLength)
    let value = UnsafeRawBufferPointer(start: equals + 1, count: strlen(equals + 1))
    result[String(decoding: name, as: UTF8.self)] = String(decoding: value, as: UTF8.self)
  }
  return result
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Starts the user's browser on an address: `$BROWSER` (its first entry, when it lists several
/// separated by `:`), else `xdg-open`. The program is started directly, never through a shell,
/// with the address as one argument of its own, stdin, stdout and stderr on `/dev/null`, in a
/// session of its own so the terminal's signals do not reach it; the reader does not wait for
/// it, and reaps it when it ends.
final class AddressOpener {
  /// The command to run, split at spaces; a word holding `%s` gets the address in its place,
  /// else the address is the last argument.
  private let command: [String]
  /// Children still running: their process ids and the program's name, for messages.
  private var children: [(pid: pid_t, program: String)] = []

  /// glibc's `POSIX_SPAWN_SETSID`, a GNU extension the C module does not bring into Swift:
  /// the browser starts a session of its own, away from the reader's terminal.
  #if os(Linux)
    private static let newSession: Int32 = 0x80
  #else
    private static let newSession: Int32 = 0
  #endif

  /// Milliseconds between looks for ended children while some run.
  static let reapInterval = 250

  /// An opener for `browser` (the value of `$BROWSER`; nil or blank for `xdg-open`).
  init(browser: String? = AddressOpener.environmentBrowser()) {
    let first = browser?.split(separator: ":", omittingEmptySubsequences: true).first
    let words = first.map { $0.split(separator: " ").map(String.init) } ?? []
    command = words.isEmpty ? ["xdg-open"] : words
  }

  /// The opener a session's options ask for: `$BROWSER`'s, or none when links only draw.
  convenience init?(_ options: ReaderOptions) {
    guard options.opensLinks else { return nil }
    self.init()
  }

  /// `$BROWSER`, if set.
  static func environmentBrowser() -> String? {
    getenv("BROWSER").map { String(cString: $0) }
  }

  /// The arguments the opener runs for `address`.
  func arguments(for address: String) -> [String] {
    var arguments = command
    if let slot = arguments.indices.dropFirst().first(where: { arguments[$0].contains("%s") }) {
      arguments[slot] = arguments[slot].replacing("%s", with: address)
    } else {
      arguments.append(address)
    }
    return arguments
  }

  var hasChildren: Bool { !children.isEmpty }

  /// Starts the browser on `address` (which `LinkAddress` has let through); returns why it
  /// could not be started, or nil.
  func open(_ address: String) -> String? {
    let arguments = arguments(for: address)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The reader ignores or catches signals the browser should meet as the default.
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | AddressOpener.newSession))
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
    argv.append(nil)
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
    guard spawned == 0 else {
      return "could not start \(arguments[0]): \(String(cString: strerror(spawned)))"
    }
    children.append((pid, arguments[0]))
    return nil
  }

  /// Reaps the children that have ended; returns a message for each that failed.
  func reap() -> [String] {
    var failures: [String] = []
    children.removeAll { child in
      var status: Int32 = 0
      guard waitpid(child.pid, &status, WNOHANG) == child.pid else { return false }
      let exited = status & 0x7f == 0
      let code = (status >> 8) & 0xff
      if !exited {
        failures.append("\(child.program) ended on signal \(status & 0x7f)")
      } else if code != 0 {
        failures.append("\(child.program) could not open the link (exit status \(code))")
      }
      return true
    }
    return failures
  }
}

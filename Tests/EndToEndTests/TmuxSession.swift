import Foundation
import TestSupport
import Testing

/// A private tmux server (`tmux -L reader-test-RUN-…`, no configuration file) running one
/// command in a detached session of a fixed size.
///
/// When the session is released, pass or fail, everything it started goes: `kill-server`, then
/// the pane's process group and the server itself by pid (a server whose socket is already
/// gone cannot be reached by `kill-server`), then the socket file. `.ci/run` fails when any of
/// them survives.
final class TmuxSession {
  /// Whether `tmux` can be run here; tests that need it are skipped otherwise.
  static let isAvailable: Bool = {
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    probe.arguments = ["tmux", "-V"]
    probe.standardOutput = FileHandle.nullDevice
    probe.standardError = FileHandle.nullDevice
    guard (try? probe.run()) != nil else { return false }
    probe.waitUntilExit()
    return probe.terminationStatus == 0
  }()

  /// The socket name, starting with the run's prefix so `.ci/run` can find leftovers.
  let socket = TestRun.prefix + String(UUID().uuidString.prefix(8))
  /// The server's and the pane's first process, read as soon as the session exists.
  private var serverPID: pid_t = 0
  private var panePID: pid_t = 0
  /// Kept until the server is gone: the scratch folder the pane runs in. Released first, the
  /// folder could be recreated by a `reader` still saving its place into it.
  private let keeping: AnyObject?

  /// Starts `command` (run by the shell) at `width` × `height` in `directory`. `options` are
  /// global options (`set-clipboard`: `on`) set before the command starts.
  init(
    width: Int, height: Int, directory: URL, command: String, options: [(String, String)] = [],
    keeping: AnyObject? = nil
  ) throws {
    self.keeping = keeping
    let settings = options.flatMap { ["set-option", "-g", $0.0, $0.1, ";"] }
    try tmux(
      settings + [
        "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", directory.path, command,
      ],
      readOutput: false)
    let pids = try tmux("display-message", "-p", "-t", "0", "#{pid} #{pane_pid}")
      .split(separator: " ").map { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    serverPID = pids.first.flatMap { $0 } ?? 0
    panePID = pids.count > 1 ? pids[1] ?? 0 : 0
  }

  /// A session running in `scratch`'s folder, which it keeps until its processes are gone.
  convenience init(
    width: Int, height: Int, in scratch: Scratch, command: String,
    options: [(String, String)] = []
  ) throws {
    try self.init(
      width: width, height: height, directory: scratch.directory, command: command,
      options: options, keeping: scratch.lifetime)
  }

  deinit {
    _ = try? tmux("kill-server")
    // The pane's shell leads its own process group: `reader`, `sleep 600` and the rest.
    if panePID > 0 { kill(-panePID, SIGKILL) }
    if serverPID > 0 {
      kill(serverPID, SIGKILL)
      // tmux daemonises, so the server is not our child to wait for: poll, with a deadline,
      // until it is gone, so that the check after the tests does not race it.
      for _ in 0..<200 where isRunning(serverPID) { usleep(10_000) }
    }
    // tmux leaves its socket file behind even after `kill-server`.
    unlink(Self.socketFolder + "/" + socket)
  }

  /// Where tmux keeps its sockets: `$TMUX_TMPDIR/tmux-UID`, by default under /tmp.
  static let socketFolder: String = {
    let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 }
    return (base ?? "/tmp") + "/tmux-\(getuid())"
  }()

  /// `tmux send-keys`: key names (`Up`, `C-c`) or text.
  func sendKeys(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }

  /// `tmux send-keys -l`: `text` typed as it is, never read as key names.
  func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }

  /// `tmux list-buffers`: what programs in the pane have copied (OSC 52), one line a buffer.
  func buffers() throws -> String { try tmux("list-buffers") }

  /// `tmux pipe-pane`: from now on, everything the pane's program writes to the terminal is
  /// appended to the file at `path` as well.
  func copyOutput(to path: String) throws {
    try tmux("pipe-pane", "-t", "0", "cat >> \(shellQuoted(path))")
  }

  /// The pane's text; with `escapes`, its styles as SGR sequences (`ESC[1m` for bold).
  func capture(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
  }

  /// A tmux format evaluated for the pane, such as `#{alternate_on}`.
  func display(_ format: String) throws -> String {
    try tmux("display-message", "-p", "-t", "0", format).trimmingCharacters(in: .newlines)
  }

  /// Whether the program in the pane has the alternate screen (curses is running).
  func alternateScreenOn() throws -> Bool { try display("#{alternate_on}") == "1" }

  /// Waits until tmux shows the normal screen, the cursor and no mouse reporting again. tmux
  /// reads the pane's output on its own time: a program can have exited (and the files it
  /// left be read) before tmux has processed its last bytes.
  @discardableResult
  func waitForNormalScreen(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    waitUntil("tmux shows the normal screen again", sourceLocation: sourceLocation) {
      try display("#{alternate_on} #{cursor_flag} #{mouse_any_flag}") == "0 1 0"
    }
  }

  func resize(width: Int, height: Int) throws {
    try tmux("resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)")
  }

  @discardableResult
  private func tmux(_ arguments: String...) throws -> String { try tmux(arguments) }

  /// Runs tmux and returns what it wrote. Not through Foundation's `Process`: the server that
  /// `new-session` starts inherits the descriptor `Process` watches for the child's exit, and
  /// `waitUntilExit` would wait for the server.
  @discardableResult
  private func tmux(_ arguments: [String], readOutput: Bool = true) throws -> String {
    let words = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
    var ends: [Int32] = [-1, -1]
    guard let closing = makeClosingPipe() else {
      throw TmuxError(arguments: arguments, status: -1)
    }
    ends = closing
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if readOutput {
      posix_spawn_file_actions_adddup2(&actions, ends[1], STDOUT_FILENO)
    } else {
      // The server `new-session` starts keeps its standard output open: nothing to read.
      posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
    var argv = words.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &argv, environ)
    close(ends[1])
    var output: [UInt8] = []
    if spawned == 0 && readOutput {
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(ends[0], &buffer, buffer.count)
        if count <= 0 { break }
        output += buffer[0..<count]
      }
    }
    close(ends[0])
    guard spawned == 0 else { throw TmuxError(arguments: arguments, status: -1) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    guard status == 0 else { throw TmuxError(arguments: arguments, status: status) }
    return String(decoding: output, as: UTF8.self)
  }
}

struct TmuxError: Error, CustomStringConvertible {
  var arguments: [String]
  var status: Int32
  var description: String { "tmux \(arguments.joined(separator: " ")) exited with \(status)" }
}

/// Whether `pid` names a process that has not exited (a zombie has).
private func isRunning(_ pid: pid_t) -> Bool {
  guard kill(pid, 0) == 0 else { return false }
  guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
    let close = stat.lastIndex(of: ")")
  else { return true }
  return !stat[close...].hasPrefix(") Z")
}

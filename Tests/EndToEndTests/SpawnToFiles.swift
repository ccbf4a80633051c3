import Foundation
import Testing

/// Runs a program with standard input from /dev/null and its output into files, and waits for
/// it at most `seconds`.
///
/// Files, not pipes: tmux servers started by tests running at the same time inherit any open
/// pipe end, and a reader waiting for end-of-file on such a pipe would wait for the server.
func runToFiles(
  _ executable: String, _ arguments: [String], stdout: String, stderr: String,
  seconds: Double = 120
) throws -> Int32 {
  try runToFilesMeasured(
    executable, arguments, stdout: stdout, stderr: stderr, seconds: seconds, measuring: false
  ).exitCode
}

/// `runToFiles`, also returning the program's peak resident memory in KiB: its `VmHWM`, read
/// while it runs. Not `wait4`'s `ru_maxrss`: a child spawned from the test process starts
/// with the test process's own peak, which is larger than what is measured here.
func runToFilesMeasured(
  _ executable: String, _ arguments: [String], stdout: String, stderr: String,
  seconds: Double = 120, measuring: Bool = true
) throws -> (exitCode: Int32, peakKiB: Int) {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(
    &actions, STDOUT_FILENO, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  posix_spawn_file_actions_addopen(
    &actions, STDERR_FILENO, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  var argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) }
  argv.append(nil)
  defer { argv.forEach { free($0) } }
  var pid = pid_t()
  let spawned = posix_spawn(&pid, executable, &actions, nil, &argv, environ)
  guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
  // A deadline, so that a reader that hangs fails its test instead of hanging the run; it is
  // killed, never left running.
  var status: Int32 = 0
  var peakKiB = 0
  let deadline = Date().addingTimeInterval(seconds)
  while true {
    if measuring { peakKiB = max(peakKiB, residentPeakKiB(of: pid)) }
    let reaped = waitpid(pid, &status, WNOHANG)
    if reaped == pid || (reaped < 0 && errno != EINTR) { break }
    if Date() > deadline {
      kill(pid, SIGKILL)
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      Issue.record("\(executable) \(arguments) still ran after \(seconds) s; killed")
      break
    }
    usleep(2_000)
  }
  // WIFEXITED / WEXITSTATUS are macros that do not import into Swift.
  let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  return (code, peakKiB)
}

/// A running process's peak resident memory (`VmHWM`) in KiB; 0 once it has exited.
private func residentPeakKiB(of pid: pid_t) -> Int {
  guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
  else { return 0 }
  return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}

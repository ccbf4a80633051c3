import Foundation

/// A folder under the temporary directory for one test, removed when the body returns.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("reader-unix-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  return try body(folder)
}

/// What a finished process printed and its exit status.
struct ProcessOutcome: Equatable {
  var status: Int32
  var output: String
  var errors: String
}

/// Runs `executable` with exactly `environment` (nothing inherited, so the real `~/.config`
/// is never read), standard input from /dev/null and its output into files in `folder`.
func run(
  _ executable: String, _ arguments: [String], environment: [String: String], in folder: URL
) throws -> ProcessOutcome {
  let output = folder.appendingPathComponent(".stdout").path
  let errors = folder.appendingPathComponent(".stderr").path
  defer {
    try? FileManager.default.removeItem(atPath: output)
    try? FileManager.default.removeItem(atPath: errors)
  }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(
    &actions, STDOUT_FILENO, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  posix_spawn_file_actions_addopen(
    &actions, STDERR_FILENO, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  var argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) }
  argv.append(nil)
  var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") }
  envp.append(nil)
  defer {
    argv.forEach { free($0) }
    envp.forEach { free($0) }
  }
  var pid = pid_t()
  let spawned = posix_spawnp(&pid, executable, &actions, nil, &argv, &envp)
  guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  return ProcessOutcome(
    status: code, output: try String(contentsOfFile: output, encoding: .utf8),
    errors: try String(contentsOfFile: errors, encoding: .utf8))
}

/// `reader` run with a home and XDG folders inside `folder`, plus `extra` variables.
func runReader(
  _ arguments: [String], in folder: URL, extra: [String: String] = [:]
) throws -> ProcessOutcome {
  var environment = [
    "HOME": folder.path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
    "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
    "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
    "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
  ]
  environment.merge(extra) { $1 }
  return try run(EndToEnd.readerPath, arguments, environment: environment, in: folder)
}

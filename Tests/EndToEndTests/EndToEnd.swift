import Foundation
import TestSupport

/// Where the end-to-end tests find the program and whether they can run.
enum EndToEnd {
  /// `READER_E2E_BINARY`: another program with `reader`'s command line to run instead.
  static let binaryOverride = ProcessInfo.processInfo.environment["READER_E2E_BINARY"]

  static var canRunInTmux: Bool { TmuxSession.isAvailable }

  static let tmuxNote = "needs tmux on the PATH (CI installs it)"

  /// The `reader` executable: the override, else the one `swift test` built next to this test
  /// bundle (the products directory, whatever `--build-path` or `-c` says), else
  /// `.build/debug/reader` under the package root.
  static let readerPath: String = {
    if let binaryOverride { return binaryOverride }
    let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let sibling = bundle.deletingLastPathComponent().appendingPathComponent("reader").path
    if FileManager.default.isExecutableFile(atPath: sibling) { return sibling }
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return packageRoot.appendingPathComponent(".build/debug/reader").path
  }()

  /// A small compilation written for these tests (its content does not matter to them).
  static let sampleDocument = """
    Lanterns Along the Quay
    by Mara Quill [3-14-2024 published].

    The ferry was late again, and the **lanterns along the quay** came on one by one.

    Nobody on the pier seemed to mind the wait.
    """
}

/// A scratch directory for one test: the document, the scenario script and what it records.
/// Removed when the last copy of the scratch goes, pass or fail.
struct Scratch {
  private let folder: TemporaryFolder

  var directory: URL { folder.url }
  /// What keeps the folder: whoever holds it keeps the folder on disk.
  var lifetime: AnyObject { folder }

  init() throws {
    folder = try TemporaryFolder("etoe")
    try write(EndToEnd.sampleDocument, to: "document.txt")
  }

  func write(_ text: String, to name: String) throws {
    try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  /// A file's content without its trailing newline, or nil while it does not exist or is
  /// still empty.
  func read(_ name: String) -> String? {
    guard
      let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
      !data.isEmpty
    else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
  }

  /// Writes `scenario.sh`: records the terminal modes (`stty -g`) in `before`, runs `reader`
  /// with `arguments` (its pid in `pid`, its status in `status`), records the modes again in
  /// `after`, then stays alive so the pane can be inspected. The reader's memory goes to
  /// `xdg-data` in the scratch folder, never to the user's. `prefix` is put before the
  /// command (`env TERM=dumb`, `cat document.txt |`); `stderr` names a file for its errors.
  func scenario(arguments: [String], prefix: String = "", stderr: String? = nil) throws -> String {
    let command = ([EndToEnd.readerPath] + arguments).map(shellQuoted).joined(separator: " ")
    let redirect = stderr.map { " 2> \(shellQuoted($0))" } ?? ""
    try write(
      """
      trap 'echo outer shell saw SIGINT' INT
      export XDG_DATA_HOME="$PWD/xdg-data" XDG_STATE_HOME="$PWD/xdg-state"
      stty -g > before
      \(prefix) sh -c 'echo $$ > pid; exec "$@"' sh \(command)\(redirect)
      echo $? > status
      stty -g > after
      exec sleep 600

      """, to: "scenario.sh")
    return "sh ./scenario.sh"
  }
}

func shellQuoted(_ word: String) -> String {
  "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

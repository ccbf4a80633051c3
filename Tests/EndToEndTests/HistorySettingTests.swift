import Foundation
import Testing

/// `history = false` in the config file turns memory off as `--no-history` does: nothing is
/// written (no database is even made) and nothing is read back.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct HistorySettingTests {
  /// Opens `stories.txt` with the config folder `config`, goes to the third story, quits.
  func readToTheEnd(_ scratch: Scratch, config: String) throws {
    let reader = try open(scratch, config: config)
    reader.waitFor("Article 1/3")
    try reader.tmux.type("}}")
    reader.waitFor("Article 3/3")
    try reader.quitAndExpectRestored()
  }

  /// Starts `reader stories.txt` with the config folder `config`; what an earlier session
  /// recorded (its status, the terminal modes) is removed first, so it cannot pass for this one's.
  func open(_ scratch: Scratch, config: String) throws -> ReaderInTmux {
    for name in ["pid", "status", "before", "after"] {
      try? FileManager.default.removeItem(at: scratch.directory.appendingPathComponent(name))
    }
    return try ReaderInTmux(
      ["stories.txt"], prefix: "env XDG_CONFIG_HOME=\"$PWD/\(config)\"", width: 90, height: 14,
      scratch: scratch)
  }

  func database(_ scratch: Scratch) -> String {
    scratch.directory.appendingPathComponent("xdg-data/reader/reader.sqlite3").path
  }

  @Test func historyFalseInTheConfigKeepsAndReadsNothing() throws {
    let scratch = try Scratch()
    try scratch.write(MemoryEndToEndTests.compilation, to: "stories.txt")
    try FileManager.default.createDirectory(
      at: scratch.directory.appendingPathComponent("private/reader"),
      withIntermediateDirectories: true)
    try scratch.write("history = false\n", to: "private/reader/config.toml")
    try readToTheEnd(scratch, config: "private")
    #expect(!FileManager.default.fileExists(atPath: database(scratch)))
    // The same session without the setting does keep the place: the check above can fail.
    try readToTheEnd(scratch, config: "default")
    #expect(FileManager.default.fileExists(atPath: database(scratch)))
    // And with the setting, what is kept is not read back.
    let reader = try open(scratch, config: "private")
    reader.waitFor("Article 1/3")
    try reader.tmux.type("}")
    reader.waitFor("Article 2/3")
    #expect(try !reader.tmux.capture().contains("back where you left off"))
    try reader.quitAndExpectRestored()
  }
}

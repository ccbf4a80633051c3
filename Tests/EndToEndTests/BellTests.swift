import Foundation
import TestSupport
import Testing

/// Every key gets an answer: one that changes nothing on screen rings the bell, as in `less`,
/// unless the config says `bell = false`.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct BellTests {
  /// Goes to the last article, presses `}` until the status line says so, then once more
  /// with the pane's output copied: what that last key sent.
  private func lastKeyOutput(config: String?) throws -> String {
    let scratch = try Scratch()
    var prefix = ""
    if let config {
      try FileManager.default.createDirectory(
        at: scratch.directory.appendingPathComponent("config/reader"),
        withIntermediateDirectories: true)
      try scratch.write(config, to: "config/reader/config.toml")
      prefix = "env XDG_CONFIG_HOME=\"$PWD/config\""
    }
    let reader = try ReaderInTmux(prefix: prefix, width: 100, height: 24, scratch: scratch)
    try reader.tmux.type("}}}}}")
    reader.waitFor("already at the last article")
    let output = scratch.directory.appendingPathComponent("pane-output").path
    try reader.tmux.copyOutput(to: output)
    try reader.tmux.type("}")
    // The copy starts when tmux has set the pipe up; a mark typed after shows it is done.
    try reader.tmux.type("j")
    reader.waitUntil(whenever: "the next key's frame arrived") {
      (scratch.read("pane-output") ?? "").utf8.count > 1
    }
    try reader.quitAndExpectRestored()
    return scratch.read("pane-output") ?? ""
  }

  @Test func aKeyThatChangesNothingRingsTheBell() throws {
    #expect(try lastKeyOutput(config: nil).utf8.first == 0x07)
  }

  @Test func theConfigCanSilenceIt() throws {
    #expect(try !lastKeyOutput(config: "bell = false\n").utf8.contains(0x07))
  }
}

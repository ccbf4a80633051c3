import Foundation
import TestSupport
import Testing

/// A lone Esc is taken once curses has waited `ESCDELAY` milliseconds for the rest of an
/// escape sequence: 10 by default, the environment's value when it is set.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct EscapeWaitTests {
  /// Opens a search prompt with a word typed and presses Esc.
  private func escapeFromASearch(prefix: String) throws -> ReaderInTmux {
    let reader = try ReaderInTmux(prefix: prefix, width: 100, height: 24)
    reader.waitFor("Highlight –/17")
    try reader.tmux.type("/dorm")
    reader.waitFor("/dorm")
    try reader.tmux.sendKeys("Escape")
    return reader
  }

  @Test func escCancelsASearchByDefault() throws {
    let reader = try escapeFromASearch(prefix: "env -u ESCDELAY")
    reader.waitUntil(whenever: "the prompt is gone") {
      try !reader.statusLine().contains("/dorm")
    }
    try reader.quitAndExpectRestored()
  }

  /// A wait of a minute set in the environment is kept: half a second later, the Esc is still
  /// being held as the possible start of a sequence.
  @Test func escdelayInTheEnvironmentIsHonoured() throws {
    let reader = try escapeFromASearch(prefix: "env ESCDELAY=60000")
    Thread.sleep(forTimeInterval: 0.5)
    #expect(try reader.statusLine().contains("/dorm"))
  }
}

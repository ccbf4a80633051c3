import Foundation
import TestSupport
import Testing

/// Software flow control is off while the reader runs: `Ctrl-S` no longer freezes the screen
/// until `Ctrl-Q`, and the shell has it back after `q` (the scenario compares `stty -g`).
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct FlowControlTests {
  @Test func ctrlSDoesNotFreezeTheScreen() throws {
    let reader = try ReaderInTmux(width: 100, height: 24)
    reader.waitFor("Highlight –/17")
    try reader.tmux.sendKeys("C-s")
    try reader.tmux.type("]")
    reader.waitUntil(whenever: "the highlight key answers after Ctrl-S") {
      try reader.statusLine().contains("Highlight 1/17")
    }
    try reader.quitAndExpectRestored()
  }
}

import Foundation
import TestSupport
import Testing

/// The reader's own terminal modes while it runs: software flow control off, so that `Ctrl-S`
/// no longer freezes the screen until `Ctrl-Q`, and no output post-processing. The shell has
/// both back after `q` (the scenario compares `stty -g`).
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

  /// Read off the pane's terminal from outside while the reader runs, as `stty -F` would.
  @Test func modesWhileOpenAreTheReadersOwn() throws {
    let reader = try ReaderInTmux(width: 100, height: 24)
    reader.waitFor("Highlight –/17")
    let tty = try reader.tmux.display("#{pane_tty}")
    let descriptor = open(tty, O_RDONLY | O_NOCTTY | O_NONBLOCK)
    try #require(descriptor >= 0, "cannot open \(tty)")
    defer { close(descriptor) }
    var mode = termios()
    try #require(tcgetattr(descriptor, &mode) == 0)
    #expect(mode.c_oflag & tcflag_t(OPOST) == 0, "output post-processing is on")
    #expect(mode.c_iflag & tcflag_t(IXON) == 0, "flow control is on")
    #expect(mode.c_lflag & tcflag_t(ICANON | ECHO) == 0, "not cbreak without echo")
    try reader.quitAndExpectRestored()
  }
}

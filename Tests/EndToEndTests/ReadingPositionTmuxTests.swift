import Foundation
import Testing

/// Navigation from where the reader is, in tmux on the built-in sample: `]` after `G`, Space
/// running on into the next article, `Ctrl-L` repainting the whole screen.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct ReadingPositionTmuxTests {
  @Test func bracketAfterTheEndGoesOnFromThere() throws {
    let reader = try ReaderInTmux(width: 80, height: 24)
    reader.waitFor("│ Article 1/5 │ Highlight –/17 │")
    try reader.tmux.type("G")
    reader.waitFor("│ Highlight –/17 │ 100%")
    try reader.tmux.type("]")
    // The first article's last highlight (5) is on its last screen: not highlight 1.
    reader.waitFor("│ Article 1/5 │ Highlight 5/17 │ 100%")
    try reader.tmux.type("]")
    reader.waitFor("│ Article 2/5 │ Highlight 6/17 │")
    try reader.quitAndExpectRestored()
  }

  @Test func spaceAtTheEndOfAnArticleOpensTheNext() throws {
    let reader = try ReaderInTmux(width: 80, height: 24)
    reader.waitFor("│ Article 1/5 │ Highlight –/17 │")
    try reader.tmux.type("G")
    reader.waitFor("│ Highlight –/17 │ 100%")
    try reader.tmux.sendKeys("Space")
    reader.waitFor("│ Article 2/5 │")
    #expect(try reader.lines().first?.contains("│ 2. Voices from the platform") == true)
    try reader.tmux.type("}}}G ")
    reader.waitFor("end of the compilation")
    try reader.quitAndExpectRestored()
  }

  /// Something else writes on the terminal; `Ctrl-L` paints the frame over it.
  @Test func controlLRepaintsWhatSomethingElseWrote() throws {
    let reader = try ReaderInTmux(width: 80, height: 24)
    reader.waitFor("│ Article 1/5 │ Highlight –/17 │")
    let clean = try reader.lines()
    // Written straight to the pane's terminal, bypassing the reader, as a stray `wall`
    // message would be.
    let tty = try reader.tmux.display("#{pane_tty}")
    let handle = try #require(FileHandle(forWritingAtPath: tty))
    handle.write(Data("\u{1B}[5;30HSTRAY TEXT".utf8))
    try handle.close()
    reader.waitFor("STRAY TEXT")
    try reader.tmux.sendKeys("C-l")
    reader.waitUntil(whenever: "the frame is drawn again") { try reader.lines() == clean }
    try reader.quitAndExpectRestored()
  }
}

import Foundation
import Testing

/// The `H` list in tmux on the built-in sample: open, move, narrow, jump.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct HighlightListTmuxTests {
  @Test func theListOpensNarrowsAndJumps() throws {
    let reader = try ReaderInTmux(width: 100, height: 30)
    reader.waitFor("│ Article 1/5 │ Highlight –/17 │")
    try reader.tmux.type("H")
    reader.waitFor("─ Highlights (17) ─")
    #expect(try reader.lines()[2].contains("│ 1. The Saltmarsh Line is running again"))
    try reader.tmux.type("jj")
    try reader.tmux.type("cycle")
    reader.waitFor("Find: cycle▏")
    let lines = try reader.lines()
    #expect(lines[2].contains("│ 3. Bicycles on board, books at every stop"))
    #expect(lines[3].contains("│    Every train includes a dedicated cycle carriage"))
    try reader.tmux.sendKeys("Enter")
    reader.waitFor("│ Article 3/5 │ Highlight 10/17 │")
    #expect(try !reader.lines().contains { $0.contains("Highlights") })
    try reader.quitAndExpectRestored()
  }
}

import Foundation
import Testing

/// The skim view in tmux on the built-in sample: `S` shows the highlighted sentences with
/// dim lines for what is left out, `]` works in it, `S` again goes back to the full text.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct SkimViewTmuxTests {
  @Test func skimShowsHighlightedSentencesAndGoesBack() throws {
    let reader = try ReaderInTmux(width: 80, height: 24)
    reader.waitFor("│ Article 1/5 │ Highlight –/17 │")
    try reader.tmux.type("S")
    reader.waitFor("skim view (S: full text)")
    let lines = try reader.lines()
    #expect(lines.contains { $0.hasSuffix("│ … 2 paragraphs") })
    #expect(
      lines.contains { $0.hasSuffix("│ … Yet its walkers kept the memory alive, and the line") })
    try reader.tmux.type("]]")
    reader.waitFor("│ Article 1/5 │ Highlight 2/17 │ skim │")
    try reader.tmux.type("S")
    reader.waitUntil(whenever: "the full text is back") {
      try !reader.statusLine().contains("skim")
    }
    #expect(try !reader.lines().contains { $0.contains("paragraphs") })
    try reader.quitAndExpectRestored()
  }
}

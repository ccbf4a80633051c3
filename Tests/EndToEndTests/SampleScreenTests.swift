import Foundation
import TestSupport
import Testing

/// The built-in sample as a user sees it in tmux: its panes and status line, highlight
/// navigation, resizing and quitting. The sample opens when there is no file and standard
/// input is the terminal.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct SampleScreenTests {
  @Test func theSampleOpensInThreePanesAndQuitsCleanly() throws {
    let reader = try ReaderInTmux(width: 120, height: 32)
    reader.waitFor("Highlight –/17")
    let lines = try reader.lines()
    try #require(lines.count == 32, "\(lines.joined(separator: "\n"))")
    // The headers of the list, the reading pane and the quotes sidebar share the top row.
    #expect(lines[0].hasPrefix(" Articles (5) "))
    #expect(lines[0].contains("│ 1. The Saltmarsh Line is running again "))
    #expect(lines[0].hasSuffix("│ Quotes (2)"))
    #expect(lines[1].hasPrefix("▸ 1 The Saltmarsh Line is running…│"))
    // The title is the reading pane's header only: the byline comes next.
    #expect(lines[1].contains("│ by Odile Ferrant ·\u{00A0}2024-04-12 "))
    #expect(!lines.dropFirst().contains { $0.contains("The Saltmarsh Line is running again") })
    #expect(lines[1].contains("│▸ Greta Lindqvist — "))
    #expect(lines[31].hasPrefix(" (sample) │ Article 1/5 │ Highlight –/17 │ "))
    // Right-aligned, one blank column from the edge.
    #expect(lines[31].hasSuffix(" ? help"))
    #expect(lines[31].count == 119)
    try reader.quitAndExpectRestored()
  }

  @Test func bracketStepsThroughHighlightsAndIntoTheNextArticle() throws {
    let reader = try ReaderInTmux()
    reader.waitFor("│ Article 1/5 │ Highlight –/17 │")
    try reader.tmux.type("]")
    reader.waitFor("│ Article 1/5 │ Highlight 1/17 │")
    // `reader export --sample`: the first article holds highlights 1–5, the second 6–9.
    try reader.tmux.type("]]]]")
    reader.waitFor("│ Article 1/5 │ Highlight 5/17 │")
    try reader.tmux.type("]")
    reader.waitFor("│ Article 2/5 │ Highlight 6/17 │")
    #expect(try reader.lines().first?.contains("│ 2. Voices from the platform") == true)
    try reader.tmux.type("[")
    reader.waitFor("│ Article 1/5 │ Highlight 5/17 │")
    #expect(try reader.lines().first?.contains("│ 1. The Saltmarsh Line") == true)
    try reader.quitAndExpectRestored()
  }

  /// Below about 100 columns the quotes sidebar folds away; the frame is drawn for the new
  /// size each time, the same as `reader snapshot` draws at that size.
  @Test func resizingTheWindowRedrawsAndFoldsTheSidebar() throws {
    let scratch = try Scratch()
    let wide = try EndToEnd.snapshot(["--size", "140x32"], in: scratch)
    let narrow = try EndToEnd.snapshot(["--size", "70x20"], in: scratch)
    let reader = try ReaderInTmux(width: 140, height: 32, scratch: scratch)
    reader.waitUntil(whenever: "the frame at 140×32 is drawn") { try reader.lines() == wide }
    #expect(wide.first?.hasSuffix("│ Quotes (2)") == true)

    try reader.tmux.resize(width: 70, height: 20)
    reader.waitUntil(whenever: "the frame is redrawn at 70×20") { try reader.lines() == narrow }
    let lines = try reader.lines()
    #expect(lines.count == 20)
    #expect(!lines.contains { $0.contains("Quotes") })
    #expect(lines.first?.hasPrefix(" Articles (5) ") == true)
    #expect(lines.first?.contains("│ 1. The Saltmarsh Line") == true)
    // The status line spans the new width: right-aligned, one blank column from the edge.
    #expect(lines.last?.count == 69)
    #expect(lines.last?.hasSuffix(" ? help") == true)

    try reader.tmux.resize(width: 140, height: 32)
    reader.waitUntil(whenever: "the frame is redrawn at 140×32") { try reader.lines() == wide }
    try reader.quitAndExpectRestored()
  }
}

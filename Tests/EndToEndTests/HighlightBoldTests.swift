import TestSupport
import Testing

/// Highlighted phrases reach the terminal in bold, whatever the theme and colours, and only
/// they do. Read from tmux's SGR codes (`capture-pane -e`).
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct HighlightBoldTests {
  enum Look: String, CaseIterable, CustomTestStringConvertible {
    case defaultTheme, monochromeTheme, noColor

    var arguments: [String] { self == .monochromeTheme ? ["--theme", "monochrome"] : [] }
    /// `swift test` may itself run with NO_COLOR set, and tmux passes it on.
    var prefix: String { self == .noColor ? "env NO_COLOR=1" : "env -u NO_COLOR" }
    var testDescription: String { rawValue }
  }

  @Test(arguments: Look.allCases)
  func highlightsAreBoldAndPlainTextIsNot(look: Look) throws {
    let reader = try ReaderInTmux(look.arguments, prefix: look.prefix, width: 120, height: 32)
    reader.waitFor("Highlight –/17")
    try reader.tmux.type("]")
    let current = "key phrases in bold"
    let other = "fourteen miles from Wenbury to Calloway Bay"
    let plain = "grey Saturday morning"
    var screen = StyledCapture("")
    reader.waitUntil(whenever: "the first highlight is current and on screen") {
      screen = try reader.styledCapture()
      return screen.lines.contains { $0.contains("│ Highlight 1/17 │") }
        && screen.occurrence(of: current) != nil && screen.occurrence(of: other) != nil
        && screen.occurrence(of: plain) != nil
    }

    for phrase in [current, other] {
      let found = try #require(screen.occurrence(of: phrase))
      #expect(found.cells.allSatisfy { $0.bold }, "\(phrase)")
      // Exactly the phrase: the characters either side are not bold.
      #expect(found.before?.bold == false, "before \(phrase)")
      #expect(found.after?.bold == false, "after \(phrase)")
    }
    let found = try #require(screen.occurrence(of: plain))
    #expect(!found.cells.contains { $0.bold })

    let anyColour = screen.rows.joined().contains(where: \.coloured)
    // The default theme colours the current highlight; the others use no colour at all.
    #expect(anyColour == (look == .defaultTheme))
    if look == .defaultTheme {
      #expect(try #require(screen.occurrence(of: current)).cells.allSatisfy { $0.coloured })
    }
    try reader.quitAndExpectRestored()
  }
}

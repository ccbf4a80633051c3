import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// The reading pane shows an article's title once, as its header, and sets the editor's note
/// apart with a label instead of a second border.
@Suite struct TitleAndNoteTests {
  @Test func theTitleIsTheHeaderAndNotAlsoALine() throws {
    let screen = try frame(tinyDocument(), 80, 12)
    let rows = screen.styledText(marking: [.header, .byline, .editorNote, .muted]).split(
      separator: "\n")
    for (row, expected) in zip(
      rows,
      [
        "⟦mu: Articles (3)           ⟧│⟦hd: 1. First steps                                        ⟧",
        "▸ 1 First steps         │ ⟦by:by Ann Lee⟧⟦mu: ·\u{00A0}2024-03-01⟧",
        "    Ann Lee   2024-03-01│",
        "⟦mu:  2 ⟧Second thoughts     │ ⟦en:Editor's note — ED⟧",
        "    ⟦mu:Bo Chen⟧             │   ⟦en:Read the second part slowly.⟧⟦mu: —\u{00A0}ED⟧",
        "⟦mu:  3 ⟧Third time          │",
      ])
    {
      #expect(row == expected)
    }
  }

  /// A title longer than the column: its first row is the header, the rest start the text.
  @Test func aLongTitleGoesOnBelowTheHeader() throws {
    var builder = DocumentBuilder()
    builder.article("A title long enough to need a second row here", by: ["Ann Lee"])
    builder.paragraph(.plain("Body."))
    let screen = try frame(builder.build(), 40, 6, options: sampleOptions)
    #expect(
      screen.styledText(marking: [.header, .title]).split(separator: "\n")[0...2] == [
        "⟦hd: 1. A title long enough to need a       ⟧",
        " ⟦ti:second row here⟧",
        " by Ann Lee",
      ])
  }

  /// Scrolled past the title's second row, the header says the title goes on; scrolled back,
  /// the title reads whole again.
  @Test func aLongTitleScrolledAwayEndsInAnEllipsis() throws {
    var builder = DocumentBuilder()
    builder.article("A title long enough to need a second row here", by: ["Ann Lee"])
    for number in 1...6 { builder.paragraph(.plain("Body paragraph \(number).")) }
    let document = builder.build()
    let scrolled = try frame(document, 40, 6, keys: "j", options: sampleOptions)
    #expect(scrolled.row(0) == " 1. A title long enough to need a…")
    #expect(!scrolled.text().contains("second row here"))
    let back = try frame(document, 40, 6, keys: "jk", options: sampleOptions)
    #expect(back.row(0) == " 1. A title long enough to need a")
    #expect(back.row(1) == " second row here")
    // A full first row gives its last column to the ellipsis.
    var fullRow = DocumentBuilder()
    fullRow.article("Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz end", by: ["Ann Lee"])
    for number in 1...6 { fullRow.paragraph(.plain("Body paragraph \(number).")) }
    let cut = try frame(fullRow.build(), 40, 6, keys: "j", options: sampleOptions)
    #expect(cut.row(0).count <= 40)
    #expect(cut.row(0).hasSuffix("…"), "\(cut.row(0))")
  }

  /// Scrolled down, the header still names the article.
  @Test func theHeaderStaysWhileScrolling() throws {
    let screen = try frame(.sample(), 80, 24, keys: "jjj", options: sampleOptions)
    #expect(screen.row(0) == " Articles (5)           │ 1. The Saltmarsh Line is running again")
    #expect(
      screen.row(1) == "▸ 1 The Saltmarsh Line …│   I’ve gathered five pieces in this post because")
  }

  /// A byline's date keeps its dot: `·` never ends a row with the date on the next.
  @Test func theBylineDotStaysWithTheDate() throws {
    var builder = DocumentBuilder()
    builder.article("Dated", by: ["Ann Lee"], date: CalendarDate(year: 2024, month: 3, day: 1))
    builder.paragraph(.plain("Body."))
    let screen = try frame(builder.build(), 22, 6, options: sampleOptions)
    #expect((0...2).map { screen.row($0) } == [" 1. Dated", " by Ann Lee", " ·\u{00A0}2024-03-01"])
  }

  /// The signature is joined to its dash: where the line is full, both go to the next.
  @Test func theSignatureNeverLeavesItsDash() throws {
    var builder = DocumentBuilder()
    builder.article("Noted", by: ["Ann Lee"])
    // 28 columns for the note's text: after these 26, ` —` would fit, ` — ED` does not.
    builder.note("Words to fill one row here", editor: "ED")
    let screen = try frame(builder.build(), 32, 8, options: sampleOptions)
    #expect(
      (0...5).map { screen.row($0) } == [
        " 1. Noted",
        " by Ann Lee",
        "",
        " Editor's note — ED",
        "   Words to fill one row here",
        "   —\u{00A0}ED",
      ])
  }

  /// A title the file numbered itself (`2. The tool library`) is not numbered again in the
  /// pane's header.
  @Test func aNumberedTitleKeepsItsOwnNumberAlone() throws {
    var builder = DocumentBuilder()
    builder.article("Foreword", by: ["Ann Lee"])
    builder.paragraph(.plain("A few words first."))
    builder.article("2. The tool library", by: ["Dennis Oka"])
    builder.paragraph(.plain("It lends "), .bold("drills"), .plain(" to anyone."))
    let screen = try frame(builder.build(), 80, 8, keys: "}")
    #expect(screen.row(0).contains("│ 2. The tool library"), "\(screen.text())")
    #expect(!screen.row(0).contains("2. 2."))
    #expect(try frame(builder.build(), 80, 8).row(0).contains("│ 1. Foreword"))
  }
}

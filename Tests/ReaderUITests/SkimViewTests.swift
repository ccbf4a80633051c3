import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// The skim view (`S`): titles, bylines, the sentences that hold a highlight, one dim line
/// for what was left out.
@Suite struct SkimViewTests {
  private func skimDocument() -> Document {
    var builder = DocumentBuilder()
    builder.article("Skimmed", by: ["Ann Lee"])
    builder.paragraph(.plain("Nothing here."))
    builder.paragraph(.plain("Nor here."))
    builder.paragraph(
      .plain("First sentence. The "), .bold("key point"), .plain(" sits here. Last one."))
    builder.paragraph(.plain("Trailing words."))
    builder.article("Other", by: ["Bo Chen"])
    builder.paragraph(.plain("Plain "), .bold("marked"), .plain(" text."))
    return builder.build()
  }

  @Test func showsTitleBylineHighlightedSentencesAndGaps() throws {
    let screen = try frame(skimDocument(), 60, 10, keys: "S")
    #expect(
      screen.text().split(separator: "\n").map(String.init) == [
        " Articles (2)     │ 1. Skimmed",
        "▸ 1 Skimmed       │ by Ann Lee",
        "    Ann Lee       │",
        "  2 Other         │ … 2 paragraphs",
        "    Bo Chen       │",
        "                  │ … The key point sits here. …",
        "                  │",
        "                  │ … 1 paragraph",
        "                  │",
        " Article 1/2 │ Highlight –/2       skim view (S: full text)",
      ])
    #expect(
      screen.styledText(marking: [.muted, .highlight]).split(separator: "\n").map(String.init)[
        3...5] == [
          "⟦mu:  2 ⟧Other         │ ⟦mu:… 2 paragraphs⟧",
          "    ⟦mu:Bo Chen⟧       │",
          "                  │ ⟦mu:… ⟧The ⟦hl:key point⟧ sits here.⟦mu: …⟧",
        ])
  }

  @Test func highlightKeysAndSearchWorkInIt() throws {
    let document = skimDocument()
    let first = try frame(document, 60, 10, keys: "S]")
    #expect(first.row(5) == "                  │ … The key point sits here. …")
    #expect(first.row(9) == " test.txt │ Article 1/2 │ Highlight 1/2 │ skim       ? help")
    let next = try frame(document, 60, 10, keys: "S]]")
    #expect(next.row(0) == " Articles (2)     │ 2. Other")
    #expect(next.row(9) == " test.txt │ Article 2/2 │ Highlight 2/2 │ skim       ? help")
    let found = try frame(document, 60, 10, keys: "S/marked<Enter>")
    #expect(found.row(0) == " Articles (2)     │ 2. Other")
    #expect(found.row(3) == "▸ 2 Other         │ Plain marked text.")
  }

  @Test func leavingKeepsThePlaceInTheFullText() throws {
    let document = tinyDocument()
    let skimmed = try program(document, 80, 12, keys: "}}S")
    #expect(skimmed.state.skim)
    let back = try program(document, 80, 12, keys: "}}SS")
    #expect(!back.state.skim)
    #expect(back.state.openArticle == 2)
    // Scrolled in the full text, into the skim view and back: the same block on top.
    let reader = try program(.sample(), 80, 24, keys: "jjjjjjjjjjSS")
    let plain = try program(.sample(), 80, 24, keys: "jjjjjjjjjj")
    #expect(reader.state.anchor.block == plain.state.anchor.block)
    #expect(
      reader.render(width: 80, height: 24).row(1)
        == "▸ 1 The Saltmarsh Line …│ Editor's note — MHB")
  }

  @Test func sentencesAreCutAroundHighlights() {
    let pieces = [
      StyledPiece("One. Two ", .text), StyledPiece("bold", .highlight, highlight: 0),
      StyledPiece(" here. Three.", .text),
    ]
    #expect(
      SkimText.highlightedSentences(of: pieces) == [
        StyledPiece("… ", .muted), StyledPiece("Two ", .text),
        StyledPiece("bold", .highlight, highlight: 0), StyledPiece(" here.", .text),
        StyledPiece(" …", .muted),
      ])
  }
}

/// The skim view in a file without the editor's highlights, once `*` placed suggestions.
@Suite struct SkimSuggestionTests {
  func rows(_ program: ReaderProgram) -> [String] {
    program.render(width: 90, height: 12).styledText(marking: [.suggested, .muted, .statusAccent])
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func skimKeepsTheSuggestedSentencesAndBracketsVisitThem() throws {
    var program = try program(
      try SuggestionFlowTests().document(), 90, 12, keys: "*",
      options: ReaderOptions(fileLabel: "h.txt"))
    program.settle()
    program.handle(.key(.character("S")))
    let blank = "                           │"
    #expect(
      rows(program) == [
        "⟦mu: Articles (2)              ⟧│ 1. Harbour walls and the storms to come",
        "▸ 1 Harbour walls and the …│ by Ann Lee⟦mu: ·\u{A0}2024-03-04⟧",
        "    Ann Lee      2024-03-04│",
        "⟦mu:  2 ⟧Gulls and ferries      │ ⟦mu:… 1 paragraph⟧",
        "    ⟦mu:Bo Chen      2024-03-05⟧│",
        blank + " ⟦mu:… ⟧⟦sug:Engineers say the harbour wall will not last another⟧",
        blank + " ⟦sug:winter of storms without new stone.⟧⟦mu: …⟧",
        blank, blank, blank, blank,
        " h.txt │ ⟦sa:Article 1/2⟧ │ ⟦sa:Suggested –/2⟧ │ ⟦sa:skim⟧ │ 100%"
          + String(repeating: " ", count: 15) + "⟦sa:skim view (S: full text) ⟧",
      ])
    program.handle(.key(.character("]")))
    #expect(rows(program)[11].contains("⟦sa:Suggested 1/2⟧"))
    program.handle(.key(.character("]")))
    #expect(
      rows(program) == [
        "⟦mu: Articles (2)              ⟧│ 2. Gulls and ferries",
        "⟦mu:  1 ⟧Harbour walls and the …│ by Bo Chen⟦mu: ·\u{A0}2024-03-05⟧",
        "    ⟦mu:Ann Lee      2024-03-04⟧│",
        "▸ 2 Gulls and ferries      │ ⟦mu:… 1 paragraph⟧",
        "    Bo Chen      2024-03-05│",
        blank + " ⟦mu:… ⟧⟦sug:Gulls follow the ferry from the pier, and the ferry's crew⟧",
        blank + " ⟦sug:feed the gulls from the ferry's stern.⟧⟦mu: …⟧",
        blank, blank, blank, blank,
        " h.txt │ ⟦sa:Article 2/2⟧ │ ⟦sa:Suggested 2/2⟧ │ ⟦sa:skim⟧ │ 100%"
          + String(repeating: " ", count: 33) + "? help",
      ])
    program.handle(.key(.character("[")))
    #expect(
      rows(program)[0]
        == "⟦mu: Articles (2)              ⟧│ 1. Harbour walls and the storms to come")
    #expect(rows(program)[11].contains("⟦sa:Suggested 1/2⟧"))
  }
}

import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// In the skim view a search goes only to matches it shows: a match in a sentence or a
/// paragraph the view leaves out is passed over, and a search whose every match is hidden
/// says so.
@Suite struct SkimSearchTests {
  static let text = """
    Harbour news

    by Ann Lee.

    The ferry is late. The harbour was quiet all week.

    Then **the harbour master spoke** to the crew. Nobody else did.

    A plain paragraph about the harbour and nothing more.

    Another sentence on the harbour. And **a last bold word** here.

    """

  func shownMatch(_ program: ReaderProgram) throws -> String {
    let match = try #require(program.state.search?.current)
    let text = ShownText(block: match.block, article: match.article, in: program.model.document)
    let characters = Array(text.string(0..<text.length))
    return String(characters[match.offset..<min(characters.count, match.offset + 30)])
  }

  @Test func nAndNPassOverMatchesTheSkimViewLeavesOut() throws {
    var reader = try program(parsed(Self.text), 100, 20, keys: "S/harbour<Enter>")
    #expect(try shownMatch(reader).hasPrefix("Harbour news"))
    // The next match is in a sentence left out (`The harbour was quiet`).
    reader.handle(.key(.character("n")))
    #expect(try shownMatch(reader).hasPrefix("harbour master spoke"))
    // Then a paragraph left out and a sentence left out: round to the title.
    reader.handle(.key(.character("n")))
    #expect(try shownMatch(reader).hasPrefix("Harbour news"))
    reader.handle(.key(.character("N")))
    #expect(try shownMatch(reader).hasPrefix("harbour master spoke"))
  }

  @Test func aSearchWhoseMatchesAreAllHiddenSaysSo() throws {
    let reader = try program(parsed(Self.text), 100, 20, keys: "S/nobody<Enter>")
    #expect(reader.state.search?.current == nil)
    let status = reader.render(width: 100, height: 20).row(19)
    #expect(
      status.hasSuffix("no match of nobody shown in the skim view (S shows all)"), "\(status)")
  }
}

/// `''` goes back to where the reader was before a jump: the highlight jumped to is not
/// there, so the counter no longer names it.
@Suite struct JumpBackCounterTests {
  @Test func goingBackClearsTheHighlightCounter() throws {
    let jumped = try frame(.sample(), 100, 8, keys: "]]]", options: sampleOptions)
    #expect(jumped.row(7).contains("Highlight 3/17"))
    let back = try frame(.sample(), 100, 8, keys: "]]]''", options: sampleOptions)
    #expect(back.row(7).contains("Highlight –/17"), "\(back.row(7))")
  }
}

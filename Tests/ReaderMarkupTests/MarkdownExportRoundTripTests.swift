import ReaderCore
import ReaderMarkup
import TestSupport
import Testing

/// The Markdown export read back by the Markdown reader gives the same text and highlights:
/// what the export escapes is exactly what keeps Markdown's characters text.
@Suite struct MarkdownExportRoundTripTests {
  static let compilation = """
    Signs and symbols

    by Ann Lee.

    A short dek.

    Costs 3 * 4 = 12, snake_case_name, a [note], a < b and R&D; C:\\dir\\file.

    # not a heading, with **a bold claim** and [a](b) and <https://x> too.

    Code `like this`, ~~struck~~, &amp; an entity, _under_ and a\\*b.

    > not a quote, [x]: not a definition, | not | a table.
    """

  @Test func markdownReadsBackAsTheSameText() throws {
    let original = try load(Self.compilation, as: "signs.txt")
    let exported = MarkdownExporter.export(original)
    let reread = try load(exported, as: "signs.md")
    func bodies(_ document: Document) -> [String] {
      document.blocks.filter { $0.kind == .paragraph }.map { document.text(of: $0) }
    }
    #expect(bodies(reread) == bodies(original), "\(exported)")
    #expect(bodies(original).count == 4)
    #expect(reread.highlightTexts == original.highlightTexts)
    #expect(original.highlightTexts == ["a bold claim"])
    #expect(reread.articles.map(\.title) == original.articles.map(\.title))
  }
}

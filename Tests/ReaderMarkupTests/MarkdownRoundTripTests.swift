import ReaderCore
import Testing

/// The reader reads back its own Markdown export: the same articles, authors, dates,
/// highlights, editor's note and bios.
@Suite struct MarkdownRoundTripTests {
  private static let compilation = """
    Tide tables explained

    by Ann Lee, Oslo-based writer [2-13-2025 published].

    (Three pieces on the sea, with the **key lines** in bold. — ED)

    Why the sea keeps time.

    Ann Lee is a writer who lives by the harbour.

    The tide turns **twice a day** in most places.

    Storm report

    by RT [2-14-2025 published].

    Winds rose **sharply** overnight.

    Related

    Tide tables explained [2-13-2025]

    River mouths

    by Bo Chen and Cy Diaz [March 5, 2024].

    Bo Chen is a geographer.

    Rivers meet the sea in **estuaries**.
    """

  @Test func anExportReadsBackAsTheSameDocument() throws {
    let original = try load(Self.compilation, as: "tides.txt")
    let markdown = MarkdownExporter.export(original)
    let again = try load(markdown, as: "tides.md")
    #expect(again.articles.map(\.title) == original.articles.map(\.title))
    #expect(again.articles.map(\.authors) == original.articles.map(\.authors))
    #expect(again.articles.map(\.date) == original.articles.map(\.date))
    #expect(again.articles.map(\.authorDescription) == original.articles.map(\.authorDescription))
    #expect(again.highlightTexts == original.highlightTexts)
    #expect(again.editor?.name == "ED")
    #expect(again.editor?.note == original.editor?.note)
    let bios = { (document: Document) in
      document.articles.map { $0.bio.map { document.text(of: document.blocks[$0]) } }
    }
    #expect(bios(again) == bios(original))
    #expect(bios(original).compactMap { $0 }.count == 2)
    #expect(
      again.articles.map { $0.related.map(\.date) }
        == original.articles.map { $0.related.map(\.date) })
  }
}

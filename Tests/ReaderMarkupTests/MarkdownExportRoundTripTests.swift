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

  /// Links in running text come back with their words and addresses, brackets and all.
  /// A highlight across a hard line break is one highlight in two lines of a stanza; the
  /// export keeps it one (`**a\` / `b**`), where closing it at the break made two.
  @Test func aHighlightAcrossAHardBreakReadsBackAsOne() throws {
    let original = try load(
      "## Shore\n\n*by Ida Fenn*\n\nA dek.\n\nthe gulls **rose as one  \nabove the pier** at dawn.\n",
      as: "shore.md")
    #expect(original.highlights.count == 1)
    let exported = MarkdownExporter.export(original)
    #expect(exported.contains("**rose as one\\\nabove the pier**"), "\(exported)")
    let reread = try load(exported, as: "shore.md")
    #expect(reread.highlights.count == 1)
    #expect(reread.highlightTexts == original.highlightTexts)
  }

  @Test func linksReadBackWithTheirAddresses() throws {
    let original = try load(
      """
      # Links

      ## A piece

      *by Ann Lee*

      A short dek.

      See [the [odd] page](https://example.org/a_(b)?x=1&y=2), [mail](mailto:a@b.org) and
      **a bold claim** beside [a plain link](https://example.org/plain).
      """, as: "links.md")
    let exported = MarkdownExporter.export(original)
    let reread = try load(exported, as: "again.md")
    func links(_ document: Document) -> [String] {
      document.blocks.filter { $0.kind == .paragraph }.flatMap { block in
        block.spans.compactMap { index -> String? in
          let span = document.spans[index]
          return span.link.map {
            document.text(of: span) + " -> " + document.address(of: document.links[$0])
          }
        }
      }
    }
    #expect(
      links(original) == [
        "the [odd] page -> https://example.org/a_(b)?x=1&y=2", "mail -> mailto:a@b.org",
        "a plain link -> https://example.org/plain",
      ])
    #expect(links(reread) == links(original), "\(exported)")
    #expect(reread.highlightTexts == original.highlightTexts)
  }
}

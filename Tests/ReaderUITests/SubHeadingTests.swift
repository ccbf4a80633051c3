import ReaderCore
import ReaderMarkup
import ReaderScreen
import TestSupport
import Testing

@testable import ReaderUI

/// A heading inside an article that starts none (no byline follows it) is drawn as a heading,
/// in the `header` role, not as one more paragraph; the JSON export still calls it a
/// `paragraph`, FORMAT.md's kinds having no heading.
@Suite struct SubHeadingTests {
  static let markdown = """
    ## Harbour news

    *by Ann Lee, March 3, 2024*

    The boats came in late and the tide was low all afternoon.

    ### Tide tables

    Low water at noon.
    """

  @Test func aSubHeadingIsDrawnAsAHeading() throws {
    let document = try DocumentLoader.parse(
      bytes: Array(Self.markdown.utf8), source: "h.md", readers: MarkupReaders.all)
    #expect(document.articles.count == 1)
    let screen = try frame(document, 60, 14, options: ReaderOptions(fileLabel: "h.md"))
    let rows = screen.styledText(marking: [.header]).split(separator: "\n")
    #expect(rows.contains { $0.hasSuffix("│ ⟦hd:Tide tables⟧") })
    #expect(rows.contains { $0.hasSuffix("│ Low water at noon.") })
    let blocks = try #require(
      ParsedJSON.parse(JSONExporter.export(document))?["articles"]?.array?.first?["blocks"]?.array)
    let heading = try #require(blocks.first { $0["text"]?.string == "Tide tables" })
    #expect(heading["kind"]?.string == "paragraph")
    // It is not a body paragraph: the dek and `Low water at noon.` are the article's text.
    #expect(document.articles[0].paragraphCount == 1)
  }
}

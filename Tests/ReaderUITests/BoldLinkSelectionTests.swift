import ReaderCore
import ReaderMarkup
import Testing

@testable import ReaderUI

/// Bold words that are a link are a link to Tab to, and a link cut into pieces by bold inside
/// it is one link again.
@Suite struct BoldLinkSelectionTests {
  static let markdown = """
    ## Harbour news

    *by Ann Lee*

    See [**the map**](https://example.org/map), then [a chart **marked in red** here](https://example.org/chart) and [the tides](https://example.org/tides).
    """

  @Test func boldLinksAreLinksAndPiecesOfOneLinkAreJoined() throws {
    let document = try DocumentLoader.parse(
      bytes: Array(Self.markdown.utf8), source: "h.md", readers: MarkupReaders.all)
    let links = ShownLink.links(inArticle: 0, of: document)
    #expect(links.map(\.title) == ["the map", "a chart marked in red here", "the tides"])
    #expect(
      links.map(\.address) == [
        "https://example.org/map", "https://example.org/chart", "https://example.org/tides",
      ])
    #expect(document.highlights.count == 2)
  }
  /// A space between a highlight and a link after it belongs to neither: the highlight's
  /// colour stops at its last letter. Between two pieces of one highlight it stays inside.
  @Test func aSpaceBetweenAHighlightAndALinkIsNotHighlighted() throws {
    let document = try DocumentLoader.parse(
      bytes: Array(
        "## T\n\n*by Ann Lee*\n\nOpening.\n\nA **whole** [plain link](https://e.org/p) and **one [two](https://e.org/t) three** end.\n"
          .utf8), source: "s.md", readers: MarkupReaders.all)
    let block = document.articles[0].blocks.last!
    let pieces = BlockText.pieces(of: block, article: 0, in: document)
    let runs = pieces.map {
      ($0.role == .highlight ? "hl:" : $0.role == .link ? "ln:" : "") + $0.text
    }
    #expect(
      runs == [
        "A ", "hl:whole", " ", "ln:plain link", " and ", "hl:one ", "hl:two", "hl: three", " end.",
      ])
    #expect(BlockText.text(of: pieces) == "A whole plain link and one two three end.")
  }
}

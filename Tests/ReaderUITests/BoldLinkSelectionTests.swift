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
}

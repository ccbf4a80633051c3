import ReaderCore
import ReaderMarkup
import Testing

@testable import ReaderUI

/// A byline that links its author (`By [Ann Lee](…)`) is drawn as written, with the link in
/// it a link to Tab to; a byline without a link is still made up from the article.
@Suite struct BylineLinkTests {
  static let markdown = """
    ## Harbour news

    *By [Ann Lee](https://example.org/ann), March 3, 2024*

    The boats came in late and [the tide](https://example.org/tide) was low.

    ## Tide tables

    *by Bo Chen, March 4, 2024*

    Low water at noon.
    """

  @Test func aBylinesLinkIsShownAndComesFirst() throws {
    let document = try DocumentLoader.parse(
      bytes: Array(Self.markdown.utf8), source: "b.md", readers: MarkupReaders.all)
    #expect(document.articles.map(\.authors) == [["Ann Lee"], ["Bo Chen"]])
    let links = ShownLink.links(inArticle: 0, of: document)
    #expect(links.map(\.title) == ["Ann Lee", "the tide"])
    #expect(links.map(\.address) == ["https://example.org/ann", "https://example.org/tide"])
    let byline = document.articles[0].blocks.dropFirst().first!
    let pieces = BlockText.pieces(of: byline, article: 0, in: document)
    #expect(pieces.map(\.role) == [.byline, .link, .byline])
    #expect(BlockText.text(of: pieces) == "By Ann Lee, March 3, 2024")
    let plain = document.articles[1].blocks.dropFirst().first!
    #expect(
      BlockText.text(of: BlockText.pieces(of: plain, article: 1, in: document))
        == "by Bo Chen ·\u{00A0}2024-03-04")
    #expect(ShownLink.links(inArticle: 1, of: document).isEmpty)
  }
}

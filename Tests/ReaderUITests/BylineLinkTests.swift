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

/// A link in an article's title is in the pane's header, always in view: `Tab` selects it
/// first, drawn there in the selected link's role.
@Suite struct TitleLinkTests {
  @Test func tabSelectsALinkInTheTitleFirst() throws {
    let page = """
      <html><body><main><h1>Digest</h1>
      <h2>Harbour <a href="https://e.org/h">news</a> today</h2><p>by Ann Lee [1-1-2024 published].</p>
      <p>The body with <a href="https://e.org/b">a link</a> and enough words to be a paragraph.</p>
      <h2>Tides</h2><p>by Bo Chen [1-2-2024 published].</p><p>Another body of enough words here.</p>
      </main></body></html>
      """
    let document = try DocumentLoader.parse(
      bytes: Array(page.utf8), source: "t.html", readers: MarkupReaders.all)
    let screen = try frame(document, 100, 10, keys: "<Tab>")
    let rows = screen.styledText(marking: [.selectedLink]).split(separator: "\n")
    #expect(rows[0].contains("1. Harbour ⟦sln:news⟧ today"), "\(rows[0])")
    #expect(screen.row(9).hasPrefix(" link 1/2 https://e.org/h"))
    let second = try frame(document, 100, 10, keys: "<Tab><Tab>")
    #expect(second.row(9).hasPrefix(" link 2/2 https://e.org/b"))
  }
}

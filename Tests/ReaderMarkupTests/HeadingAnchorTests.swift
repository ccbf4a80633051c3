import ReaderCore
import Testing

/// A heading's link to its own anchor, drawn beside it as a symbol by static site
/// generators, is no part of the title; a heading that is wholly a link keeps its words.
@Suite struct HeadingAnchorTests {
  @Test func symbolAnchorsLeaveTheTitle() throws {
    let page =
      "<html><body><main><h1>Digest</h1>"
      + "<h2 id=\"a\"><a class=\"header-anchor\" href=\"#a\">¶</a> The first walk</h2>"
      + "<p>by Ann Lee</p><p>Text with <b>one</b>.</p>"
      + "<h2 id=\"b\">The second walk<a class=\"headerlink\" href=\"#b\">#</a></h2>"
      + "<p>by Bo Chen</p><p>Text with <b>two</b><sup><a href=\"#fn1\">1</a></sup>.</p>"
      + "<h2 id=\"c\"><a href=\"#c\">The third walk</a></h2>"
      + "<p>by Cy Dee</p><p>Text with <b>three</b>.</p></main></body></html>"
    let document = try load(page, as: "anchors.html")
    #expect(
      document.articles.map(\.title) == ["The first walk", "The second walk", "The third walk"])
    #expect(document.highlightTexts == ["one", "two", "three"])
    // A footnote's number is a link to an anchor too, and stays.
    #expect(document.blockTexts.contains("Text with two1."))
  }
}

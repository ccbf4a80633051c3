import ReaderCore
import Testing

/// A static blog's theme (and Firefox's Reader view) sets the post's `<h1>` above the box that
/// holds its paragraphs: that heading still titles the post.
@Suite struct OutsideTitleTests {
  private static func page(title: String, above: String) -> String {
    "<html><head><title>\(title)</title></head><body>\(above)"
      + "<div class=\"post-content\"><p>The ferry timetable changed, and <b>the early boat is"
      + " gone</b>.</p><p>Nobody at the pier could say why.</p></div></body></html>"
  }

  @Test func theHeadingAboveThePostTitlesIt() throws {
    let page = Self.page(
      title: "Notes on ferries | Margins",
      above: "<h1 class=\"post-title\">Notes on ferries</h1><div class=\"post-meta\">May</div>")
    let document = try load(page, as: "hugo.html")
    #expect(document.title == "Notes on ferries")
    #expect(document.articles.map(\.title) == ["Notes on ferries"])
    #expect(
      document.blockTexts(ofArticle: 1)
        == [
          "Notes on ferries", "The ferry timetable changed, and the early boat is gone.",
          "Nobody at the pier could say why.",
        ])
    #expect(document.highlightTexts == ["the early boat is gone"])
  }

  /// The site's name in an `<h1>` that links home is not the post's title, even where the
  /// page's `<title>` is the site's name alone.
  @Test func theSitesNameIsNoTitle() throws {
    let page = Self.page(title: "Margins", above: "<h1><a href=\"/\">Margins</a></h1>")
    let document = try load(page, as: "site.html")
    #expect(!document.blockTexts.contains("Margins"))
    #expect(document.highlightTexts == ["the early boat is gone"])
  }
}

/// A page saved from Firefox's Reader view: the title and the author's name (no `by`) stand
/// in its own header, above the article's box.
@Suite struct ReaderViewPageTests {
  @Test func theTitleAndTheCreditsHeadThePost() throws {
    let page =
      "<html><head><title>The long walk home</title></head><body><div class=\"container\">"
      + "<div class=\"header reader-header\"><a class=\"domain reader-domain\">example.org</a>"
      + "<h1 class=\"reader-title\">The long walk home</h1>"
      + "<div class=\"credits reader-credits\">Maya Torvik</div>"
      + "<div class=\"meta-data\"><div class=\"reader-estimated-time\">5 minutes</div></div>"
      + "</div><hr><div class=\"content\"><div class=\"mozilla-reader-content\"><div>"
      + "<p>The road was <strong>longer than the map said</strong>.</p>"
      + "<p>She counted eleven bridges.</p></div></div></div></div></body></html>"
    let document = try load(page, as: "reader.html")
    let article = try #require(document.articles.first)
    #expect(article.title == "The long walk home")
    #expect(article.authors == ["Maya Torvik"])
    #expect(document.highlightTexts == ["longer than the map said"])
    #expect(
      document.blockTexts
        == [
          "The long walk home", "by Maya Torvik", "The road was longer than the map said.",
          "She counted eleven bridges.",
        ])
  }
}

import ReaderCore
import Testing

/// A single post's `<article><header>` holds its title and byline: both are read, the rest
/// of the header (a category, the reading time, an author's box) stays out.
@Suite struct PostHeaderTests {
  private static func page(header: String) -> String {
    "<html><head><title>Rain | Valley Daily</title></head><body><article>"
      + "<header>\(header)</header><div class=\"entry-content\">"
      + "<p>After a dry spring, <strong>the reservoirs fill</strong> again.</p>"
      + "<p>Farmers were glad of it.</p></div></article></body></html>"
  }

  @Test func theHeadersTitleAndBylineAreRead() throws {
    let header =
      "<a class=\"category\" href=\"/c/weather\">Weather</a>"
      + "<h1 class=\"entry-title\">Rain returns to the valley</h1>"
      + "<div class=\"entry-byline\">By <a href=\"/a/tove\">Tove Brink</a> · "
      + "<time>May 4, 2024</time></div><p class=\"reading-time\">4 min read</p>"
    let document = try load(Self.page(header: header), as: "post.html")
    #expect(document.title == "Rain returns to the valley")
    let article = try #require(document.articles.first)
    #expect(document.articles.count == 1)
    #expect(article.title == "Rain returns to the valley")
    #expect(article.authors == ["Tove Brink"])
    #expect(article.date == CalendarDate(year: 2024, month: 5, day: 4))
    #expect(
      document.blockTexts(ofArticle: 1)
        == [
          "Rain returns to the valley", "By Tove Brink · May 4, 2024",
          "After a dry spring, the reservoirs fill again.", "Farmers were glad of it.",
        ])
    #expect(document.highlightTexts == ["the reservoirs fill"])
  }

  /// A lower heading in the header (a theme's `<h4>` author name) is no article's title.
  @Test func onlyTheFirstHeadingIsRead() throws {
    let header =
      "<h1>Rain returns to the valley</h1><p class=\"excerpt\">A short standfirst.</p>"
      + "<div class=\"byline\"><h4 class=\"author-name\">Tove Brink</h4></div>"
    let document = try load(Self.page(header: header), as: "ghost.html")
    #expect(document.articles.map(\.title) == ["Rain returns to the valley"])
    #expect(document.blockTexts(ofArticle: 1).first == "Rain returns to the valley")
    #expect(!document.blockTexts.contains("Tove Brink"))
    #expect(document.highlightTexts == ["the reservoirs fill"])
  }

  /// A theme that wraps the whole post in its `<header>` has its paragraphs read, not only
  /// their title and byline.
  @Test func aHeaderAroundThePostIsReadWhole() throws {
    let paragraphs = (1...4).map { "<div><p>Paragraph \($0) has <b>bold \($0)</b>.</p></div>" }
    let page =
      "<html><body><article><header><h1>Wrapped</h1><p>By Ann Lee</p>"
      + paragraphs.joined() + "</header></article></body></html>"
    let document = try load(page, as: "wrapped.html")
    #expect(document.articles.map(\.title) == ["Wrapped"])
    #expect(document.articles.first?.authors == ["Ann Lee"])
    #expect(document.highlightTexts == ["bold 1", "bold 2", "bold 3", "bold 4"])
  }

  /// A header that names its author without `by` (Jekyll's meta line, Ghost's author
  /// heading) has that name read as the post's byline, after its title.
  @Test func anAuthorsElementIsTheByline() throws {
    let jekyll =
      "<h1 class=\"post-title\">Rain returns</h1><p class=\"post-meta\"><time>Apr 9</time>"
      + " • <span itemprop=\"author\"><span class=\"p-author h-card\">Tove Brink</span></span></p>"
    let ghost =
      "<h1>Rain returns</h1><div class=\"byline\"><h4 class=\"author-name\">"
      + "<a href=\"/author/tove/\">Tove Brink</a></h4></div>"
    for header in [jekyll, ghost] {
      let document = try load(Self.page(header: header), as: "post.html")
      #expect(document.articles.map(\.title) == ["Rain returns"], "\(header)")
      #expect(document.articles.first?.authors == ["Tove Brink"], "\(header)")
      #expect(document.blockTexts.prefix(2) == ["Rain returns", "by Tove Brink"], "\(header)")
      #expect(document.highlightTexts == ["the reservoirs fill"], "\(header)")
    }
    // A header's own `By …` line is its byline; an author's element beside it adds none.
    let both =
      "<h1>Rain returns</h1><p>By Tove Brink</p><span class=\"author\">Tove Brink</span>"
    let document = try load(Self.page(header: both), as: "both.html")
    #expect(
      document.blockTexts.prefix(3) == [
        "Rain returns", "By Tove Brink", "After a dry spring, the reservoirs fill again.",
      ])
  }
}

import ReaderCore
import Testing

/// The title a Markdown file or a web page gives itself (`# Title`, the post's `<h1>`) heads
/// the text that stands before any article start: a single post is titled by its heading, not
/// by its first sentence, and a line of introduction is never taken for a second title.
@Suite struct SourceTitleTests {
  @Test func aSinglePostIsTitledByItsHeading() throws {
    let markdown =
      "# The Lantern Keeper\n\nShe climbed **ninety steps** each night.\n\nThen slept.\n"
    let page =
      "<html><body><article><h1>The Lantern Keeper</h1>"
      + "<p>She climbed <b>ninety steps</b> each night.</p><p>Then slept.</p></article></body></html>"
    for (source, name) in [(markdown, "post.md"), (page, "post.html")] {
      let document = try load(source, as: name)
      #expect(document.title == "The Lantern Keeper", "\(name)")
      #expect(document.articles.map(\.title) == ["The Lantern Keeper"], "\(name)")
      #expect(
        document.blockTexts(ofArticle: 1)
          == ["The Lantern Keeper", "She climbed ninety steps each night.", "Then slept."],
        "\(name)")
      #expect(document.highlightTexts == ["ninety steps"], "\(name)")
      #expect(document.articles.first?.paragraphCount == 2, "\(name)")
    }
  }

  /// A one-line introduction between the title and the first article was held as a possible
  /// title of the compilation and then dropped, since the source had given one already.
  @Test func anIntroductionLineIsKept() throws {
    let source = "# Digest\n\nThis week in short.\n\n## First\n\n*by Ann Lee*\n\nText.\n"
    let document = try load(source, as: "digest.md")
    #expect(document.title == "Digest")
    #expect(document.articles.map(\.title) == ["Digest", "First"])
    #expect(document.blockTexts(ofArticle: 1) == ["Digest", "This week in short."])
  }

  /// A file of a title alone is one article of that title, as a plain file of one line is.
  @Test func aTitleAloneIsAnArticle() throws {
    for (source, name) in [("# Only a title\n", "t.md"), ("<h1>Only a title</h1>", "t.html")] {
      let document = try load(source, as: name)
      #expect(document.articles.map(\.title) == ["Only a title"], "\(name)")
      #expect(document.blockTexts == ["Only a title"], "\(name)")
    }
  }

  /// A heading left open at the end of a page, after a carriage return, ends on a line the
  /// source's line feeds do not count (gumbo reads the return as a line end); the document's
  /// line count still covers its title block, as every block's lines must lie in the source.
  @Test func anOpenTitleHeadingStaysWithinTheLineCount() throws {
    for source in ["<h1>H\r", "<h1>Title\r\r", "<h1>A\nB\r"] {
      let document = try load(source, as: "t.html")
      let lastLines = document.blocks.map { Int($0.lastLine) } + document.articles.map(\.lastLine)
      #expect(!lastLines.isEmpty)
      #expect(lastLines.allSatisfy { $0 <= document.lineCount }, "\(source.debugDescription)")
    }
  }

  /// A compilation whose first article starts at once, or whose first piece is headed by a
  /// heading of its own, keeps its articles as they were.
  @Test func articlesThatStartAtOnceAreUnchanged() throws {
    let bylined = try load("# Digest\n\n## First\n\n*by Ann Lee*\n\nText.\n", as: "a.md")
    #expect(bylined.articles.map(\.title) == ["First"])
    let headed = try load("# Digest\n\n## Harbour\n\nText of it.\n", as: "b.md")
    #expect(headed.articles.map(\.title) == ["Harbour"])
    #expect(headed.blockTexts(ofArticle: 1) == ["Harbour", "Text of it."])
  }
}

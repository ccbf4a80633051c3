import ReaderCore
import Testing

/// A one-article file whose top heading is followed by a byline: the heading titles that
/// article (and the compilation), and the byline gives its authors and date, instead of the
/// byline becoming the title and the heading being shown nowhere.
@Suite struct TitleThenBylineTests {
  private static func expectOneSignedArticle(_ document: Document, date: String) {
    #expect(document.title == "Harbour Notes")
    #expect(document.articles.map(\.title) == ["Harbour Notes"])
    #expect(document.articles.first?.authors == ["Mara Quill"])
    #expect(document.articles.first?.date?.iso == date)
    #expect(document.blocks.map(\.kind).prefix(2) == [.title, .byline])
    #expect(document.highlightTexts == ["tide"])
  }

  @Test func markdownTopHeadingThenByline() throws {
    let emphasised = "# Harbour Notes\n\n*by Mara Quill — June 9, 2021*\n\nThe **tide** rose.\n"
    Self.expectOneSignedArticle(try load(emphasised, as: "one.md"), date: "2021-06-09")
    let plain = "# Harbour Notes\n\nby Mara Quill [6-9-2021 published].\n\nThe **tide** rose.\n"
    Self.expectOneSignedArticle(try load(plain, as: "two.md"), date: "2021-06-09")
  }

  @Test func pageHeadingThenByline() throws {
    let page = """
      <!doctype html><html><head><title>Harbour Notes | Site</title></head><body><article>
      <h1>Harbour Notes</h1><p class="byline">by Mara Quill [6-9-2021 published].</p>
      <p>The <b>tide</b> rose over the wall and the boats lifted with it, as they do.</p>
      </article></body></html>
      """
    Self.expectOneSignedArticle(try load(page, as: "one.html"), date: "2021-06-09")
  }

  /// A top heading with no byline after it is the compilation's title, and once, not twice,
  /// the title of the text under it (`SourceTitleTests`), not a heading of its own.
  @Test func topHeadingWithoutBylineStandsOnce() throws {
    let document = try load("# Harbour Notes\n\nThe **tide** rose.\n", as: "three.md")
    #expect(document.title == "Harbour Notes")
    #expect(document.blockTexts == ["Harbour Notes", "The tide rose."])
    #expect(document.articles.map(\.title) == ["Harbour Notes"])
  }
}

import ReaderCore
import Testing

/// A title and its byline on two lines of one paragraph (`<p><b>Title</b><br>by Name</p>`,
/// Markdown's `**Title**` over `by Name`) start an article, as the same two lines of plain
/// text do.
@Suite struct TitleOverBylineLineTests {
  private static func expectTwoArticles(_ document: Document) {
    #expect(document.articles.map(\.title) == ["THE KILN", "Night ferries"])
    #expect(document.articles.map(\.authors) == [["Ruth Abara"], ["Sol Brenner"]])
    #expect(document.articles.map(\.date?.iso) == [nil, "2003-04-02"])
    #expect(document.highlightTexts == ["two days", "half empty"])
    #expect(
      document.blockTexts(ofArticle: 1) == ["THE KILN", "by Ruth Abara", "It fires for two days."])
  }

  @Test func aPagesBoldLineOverAByline() throws {
    let page = """
      <html><body><h1>Clay and water</h1>
      <p><b>THE KILN</b><br>by Ruth Abara</p><p>It fires for <b>two days</b>.</p>
      <p><font size="+1"><b>Night ferries</b></font><br>
      by Sol Brenner, April 2, 2003</p><p>They sail <b>half empty</b>.</p></body></html>
      """
    Self.expectTwoArticles(try load(page, as: "kiln.html"))
  }

  @Test func markdownsBoldLineOverAByline() throws {
    let markdown = """
      # Clay and water

      **THE KILN**
      by Ruth Abara

      It fires for **two days**.

      **Night ferries**
      by Sol Brenner, April 2, 2003

      They sail **half empty**.
      """
    Self.expectTwoArticles(try load(markdown, as: "kiln.md"))
  }

  /// A line over one that only starts with `by` stays one paragraph.
  @Test func aLineOverProseStaysOneParagraph() throws {
    let page = """
      <html><body><h2>Kilns</h2><p>by Ruth Abara</p>
      <p>The kiln cooled<br>by morning, slowly.</p></body></html>
      """
    let document = try load(page, as: "prose.html")
    #expect(
      document.blockTexts(ofArticle: 1) == [
        "Kilns", "by Ruth Abara", "The kiln cooled by morning, slowly.",
      ])
  }
}

/// A page's quotation signed on its next line with a dash and a date stays one paragraph of
/// the article, not a title over a reprint's credit.
@Suite struct SignedQuotationLineTests {
  @Test func aQuotationOverADatedSignatureIsNoTitle() throws {
    let page = """
      <html><body><h1>Clay and water</h1>
      <p>by Ruth Abara, April 2, 2003</p><p>It fires for <b>two days</b>.</p>
      <p>“The kiln is the heart of the town.”<br>— Mayor Petra Koll, March 3, 2024</p>
      <p>They sail <b>half empty</b>.</p></body></html>
      """
    let document = try load(page, as: "kiln.html")
    #expect(document.articles.count == 1)
    #expect(document.articles.first?.authors == ["Ruth Abara"])
  }
}

import ReaderCore
import Testing

/// A web page whose post is several `<article>`s (a digest) is read whole, each piece an
/// article, while a post beside its related-post teasers stays the one post.
@Suite struct SeveralArticlesTests {
  private static func piece(_ title: String, _ author: String, _ bold: String) -> String {
    """
    <article><h2>\(title)</h2><p>by \(author)</p>
    <p>A paragraph long enough to be body text, with <b>\(bold)</b> in the middle of it.</p>
    </article>
    """
  }

  @Test func everySiblingArticleIsAPiece() throws {
    let page = """
      <html><head><title>Page title | Site</title></head><body>
      <header><h1>Site name</h1></header>
      <main><h1>The weekly digest</h1>
      \(Self.piece("First piece", "Ann Lee", "one"))
      \(Self.piece("Second piece", "Bob Roe", "two"))
      \(Self.piece("Third piece", "Carl Dane", "three"))
      </main></body></html>
      """
    let document = try load(page, as: "digest.html")
    #expect(document.articles.map(\.title) == ["First piece", "Second piece", "Third piece"])
    #expect(document.articles.map(\.authors) == [["Ann Lee"], ["Bob Roe"], ["Carl Dane"]])
    #expect(document.highlightTexts == ["one", "two", "three"])
    #expect(document.title == "The weekly digest")
    try relatedTeasersBesideThePostStayOut()
  }

  /// Each piece's own `<header>` (its title and byline) is read, and an `<h1>` there titles
  /// its piece, not the compilation, which then takes the page's title.
  @Test func eachPieceKeepsItsHeader() throws {
    let page = """
      <html><head><title>Collected | Site</title></head><body><div class="posts">
      <article><header><h1>Alpha</h1><p>by Ann Lee</p></header>
      <p>The first piece's opening paragraph, with <b>a phrase</b> worth keeping.</p></article>
      <article><header><h1>Beta</h1><p>by Bob Roe</p></header>
      <p>The second piece's opening paragraph, with <b>another</b> worth keeping.</p></article>
      </div></body></html>
      """
    let document = try load(page, as: "headers.html")
    #expect(document.articles.map(\.title) == ["Alpha", "Beta"])
    #expect(document.articles.map(\.authors) == [["Ann Lee"], ["Bob Roe"]])
    #expect(document.title == "Collected")
  }

  /// What the rule must not take: teasers of related posts are short beside the post, and
  /// comments are furniture.
  private func relatedTeasersBesideThePostStayOut() throws {
    let body = String(
      repeating: "<p>The post goes on at length about the harbour and its boats.</p>\n", count: 8)
    let page = """
      <html><body><main>
      <article><h1>The post</h1><p>by Ann Lee</p>\(body)<p>It has <b>one highlight</b>.</p>
      </article>
      <article><h3>A related post</h3><p>Teaser <b>text</b>.</p></article>
      <article><h3>Another related post</h3><p>More teaser text.</p></article>
      <section class="comments"><article><h4>Reader</h4><p>Nice <b>post</b>!</p></article>
      </section></main></body></html>
      """
    let document = try load(page, as: "post.html")
    #expect(document.highlightTexts == ["one highlight"])
    #expect(document.title == "The post")
    #expect(!document.blockTexts.contains { $0.contains("teaser") || $0.contains("Teaser") })
  }
}

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

  /// The post's text outside its pieces is read where it stands: the editor's note between
  /// the page's `<h1>` and the first piece names the editor and is shown in article 1.
  @Test func textAroundThePiecesIsRead() throws {
    let page = """
      <html><head><title>Page title | Site</title></head><body>
      <header><nav><a href="/">Home</a></nav></header>
      <main><h1>The weekly digest</h1>
      <p>(Two pieces this week, the <b>phrases</b> in bold are mine. — QED)</p>
      \(Self.piece("First piece", "Ann Lee", "one"))
      \(Self.piece("Second piece", "Bob Roe", "two"))
      </main><aside class="comments"><p>First! <b>great</b></p></aside></body></html>
      """
    let document = try load(page, as: "noted.html")
    #expect(document.title == "The weekly digest")
    #expect(document.editor?.name == "QED")
    #expect(document.editor?.note == "Two pieces this week, the phrases in bold are mine.")
    #expect(document.articles.map(\.title) == ["First piece", "Second piece"])
    #expect(document.highlightTexts == ["phrases", "one", "two"])
    #expect(!document.blockTexts.contains("The weekly digest"))
  }

  /// A short piece among the post's pieces, headed as they are, is read (losing its text would
  /// be worse than reading a teaser), and with no byline it is still an article of its own; a
  /// sibling whose class calls it a related post is left out however it is headed.
  @Test func aShortPieceWithoutBylineIsAnArticle() throws {
    let longer = String(repeating: "A longer line. ", count: 12) + "<b>a line</b>"
    for last in ["Just <b>a line</b>.", longer] {
      let page = """
        <html><body><main><h1>The weekly digest</h1>
        \(Self.piece("First piece", "Ann Lee", "one"))
        \(Self.piece("Second piece", "Bob Roe", "two"))
        <article><header><h2>Brief</h2></header><p>\(last)</p></article>
        <article class="related-post"><h2>Elsewhere</h2><p>A <b>teaser</b>.</p></article>
        </main></body></html>
        """
      let document = try load(page, as: "short.html")
      #expect(document.articles.map(\.title) == ["First piece", "Second piece", "Brief"])
      #expect(document.articles.last?.authors == [])
      #expect(document.highlightTexts == ["one", "two", "a line"])
    }
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

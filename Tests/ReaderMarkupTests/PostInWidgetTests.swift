import ReaderCore
import Testing

/// Blogger puts every post inside `<div class="widget Blog">`: a box whose class names
/// furniture but holds the posts, which carry no `<p>` and break their lines with `<br>`.
@Suite struct PostInWidgetTests {
  @Test func aWidgetHoldingAPostBoxIsThePost() throws {
    let page = """
      <html><body><div class="widget Header"><h2>Quay Diary</h2></div>
      <div class="widget Blog" id="Blog1"><div class="post hentry">
      <h3 class="post-title">Gull season</h3>
      <div class="post-body">by Noor Haddad<br><br>The gulls <b>came back early</b> this year.<br><br>
      Nobody fed them.</div></div></div>
      <div class="widget BlogArchive"><h2>Archive</h2><ul><li>May (2)</li></ul></div>
      </body></html>
      """
    let document = try load(page, as: "widget.html")
    #expect(document.articles.map(\.title) == ["Gull season"])
    #expect(document.articles.map(\.authors) == [["Noor Haddad"]])
    #expect(document.highlightTexts == ["came back early"])
    #expect(
      document.blockTexts(ofArticle: 1).suffix(2) == [
        "The gulls came back early this year.", "Nobody fed them.",
      ])
    #expect(!document.blockTexts.contains { $0.contains("Archive") || $0.contains("May") })
  }

  /// A blog post's own title (`<h3 class="post-title">`, the page has no `<h1>`) over pieces
  /// of its own is the compilation's title, as a post's `<h1>` is.
  @Test func aPostsTitleOverPiecesTitlesTheCompilation() throws {
    let page = """
      <html><head><title>Quay Diary: Harbour clippings</title></head><body>
      <div class="widget Blog"><div class="post hentry">
      <h3 class="post-title entry-title">Harbour clippings</h3>
      <div class="post-body">(Two clippings. Bold is mine. — Noor)<br><br>
      <b>NETS</b><br>by Ivo Sand<br><br>The nets <b>dried by noon</b>.<br><br>
      <b>FOG</b><br>by Mara Quill<br><br>The fog <b>held the boats</b>.</div></div></div>
      </body></html>
      """
    let document = try load(page, as: "clippings.html")
    #expect(document.title == "Harbour clippings")
    #expect(document.editor?.name == "Noor")
    #expect(document.articles.map(\.title) == ["NETS", "FOG"])
    #expect(document.highlightTexts == ["dried by noon", "held the boats"])
  }
}

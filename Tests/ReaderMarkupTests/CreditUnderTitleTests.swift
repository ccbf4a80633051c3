import ReaderCore
import TestSupport
import Testing

/// A credit line under the page's or the Markdown file's title (`*Compiled by …*`): the editor
/// and, with the title, the front matter, as in plain text, not an article titled by the
/// heading.
@Suite struct CreditUnderTitleTests {
  private static let markdown = """
    # Harbour Week

    *Compiled by Mara Quell*

    ## The dockers’ side

    *By Ivo Brandt*

    The strike began on a **Monday morning**.

    ## The owners’ side

    *By Lena Ortiz*

    The owners said the **losses were mounting**.
    """

  private static let webPage = """
    <html><head><title>Harbour Week</title></head><body><article>
    <h1>Harbour Week</h1>
    <p><em>Compiled by Mara Quell</em></p>
    <h2>The dockers’ side</h2><p><em>By Ivo Brandt</em></p>
    <p>The strike began on a <strong>Monday morning</strong>.</p>
    <h2>The owners’ side</h2><p><em>By Lena Ortiz</em></p>
    <p>The owners said the <b>losses were mounting</b>.</p>
    </article></body></html>
    """

  @Test(arguments: [(markdown, "week.md"), (webPage, "week.html")])
  func theCreditNamesTheEditorAndNoArticleIsMadeOfIt(text: String, name: String) throws {
    let document = try load(text, as: name)
    #expect(document.title == "Harbour Week")
    #expect(document.articles.map(\.title) == ["The dockers’ side", "The owners’ side"])
    #expect(document.editor?.name == "Mara Quell")
    #expect(document.editor?.note == nil)
    #expect(document.frontMatter?.title == "Harbour Week")
    #expect(document.frontMatter?.paragraphs.last == "Compiled by Mara Quell")
    #expect(document.highlightTexts == ["Monday morning", "losses were mounting"])
  }
}

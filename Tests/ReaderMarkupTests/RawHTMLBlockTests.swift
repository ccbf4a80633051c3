import ReaderCore
import Testing

/// Raw HTML blocks inside Markdown are read as a web page's text is (by the same walk):
/// block elements as paragraphs, `<b>` and `<strong>` as highlights, `<a href>` as links;
/// scripts, styles and comments stay out.
@Suite struct RawHTMLBlockTests {
  private static let head = "## A title\n\n*by Ann Lee*\n\nBefore.\n\n"

  @Test func blockElementsAreParagraphsWithTheirBold() throws {
    let markdown =
      Self.head + """
        <div class="note"><b>Bold in a div</b> and the words after it.</div>

        <p>A raw <strong>paragraph</strong> with <a href="https://example.org/x">a link</a>.</p>

        <details><summary>The summary</summary>

        Inside the **details**.

        </details>

        <aside>An aside the author wrote.</aside>

        After.
        """
    let document = try load(markdown, as: "blocks.md")
    #expect(
      document.blockTexts(ofArticle: 1).suffix(6) == [
        "Bold in a div and the words after it.", "A raw paragraph with a link.", "The summary",
        "Inside the details.", "An aside the author wrote.", "After.",
      ])
    #expect(document.highlightTexts == ["Bold in a div", "paragraph", "details"])
    #expect(document.linkTexts == ["a link → https://example.org/x"])
  }

  @Test func scriptsStylesAndCommentsStayOut() throws {
    let markdown =
      Self.head + """
        <div>Kept <b>words</b>.<script>var x = "<b>no</b>";</script><style>b { }</style>
        <!-- a <b>comment</b> --></div>

        After.
        """
    let document = try load(markdown, as: "code.md")
    #expect(document.blockTexts(ofArticle: 1).suffix(2) == ["Kept words.", "After."])
    #expect(document.highlightTexts == ["words"])
  }

  /// The block's paragraphs keep the Markdown file's line numbers.
  @Test func linesAreTheFilesLines() throws {
    let markdown = Self.head + "<div>\n<p>First.</p>\n<p>Second <b>bold</b>.</p>\n</div>\n"
    let document = try load(markdown, as: "lines.md")
    let last = try #require(document.blocks.last)
    #expect(document.text(of: last) == "Second bold.")
    #expect(last.firstLine == 9)
  }
}

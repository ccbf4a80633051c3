import ReaderCore
import Testing

/// Markdown's inline `<b>` and `<strong>`: cmark hands each tag over on its own, inside one
/// paragraph, so a tag left open or closed without an opener must not reach past it.
@Suite struct InlineBoldTagTests {
  private static let head = "# Notes\n\n## A piece\n\n*by Ann Lee*\n\n"

  /// An opening tag with no closing one in its paragraph is literal text (FORMAT.md), and
  /// the next paragraphs' own highlights stay their own; one closed inside a link or after
  /// emphasis still counts.
  @Test func anUnclosedTagIsLiteralText() throws {
    let source =
      Self.head + "The ferry <b>left early today.\n\n"
      + "Next morning **the tide** turned and <strong>gulls</strong> came.\n\n"
      + "Then <b>the *last* [boat</b> sailed](https://example.org) late.\n"
    let document = try load(source, as: "open.md")
    #expect(document.highlightTexts == ["the tide", "gulls", "the last boat"])
    let first = try #require(document.articles.first?.blocks.dropFirst(2).first)
    #expect(document.text(of: document.blocks[first]) == "The ferry <b>left early today.")
  }

  /// A closing tag with nothing of its own open does not end the `**` strong around it.
  @Test func aStrayClosingTagLeavesStrongAlone() throws {
    let document = try load(Self.head + "Some **harbour</b> lights** shine.\n", as: "stray.md")
    #expect(document.highlightTexts == ["harbour lights"])
  }
}

/// Bold written as a style in Markdown's inline HTML counts as the same element does on a web
/// page (and in a Markdown HTML block, which is read as one): a `<span>` styled bold is a
/// highlight, a `<b>` styled to a regular weight is not.
@Suite struct InlineStyledBoldTests {
  private static let head = "# Notes\n\n## A piece\n\n*by Ann Lee*\n\n"

  @Test func aSpanStyledBoldIsAHighlight() throws {
    let source =
      Self.head
      + "The <span style=\"font-weight:bold\">tide <span>turned</span> early</span> and "
      + "<b style=\"font-weight: normal\">nobody</b> saw the <span>gulls</span> or "
      + "<font style='font-weight: 700'>the boat</font>.\n"
    let document = try load(source, as: "styled.md")
    #expect(document.highlightTexts == ["tide turned early", "the boat"])
  }

  /// A styled span left open does not carry bold into the next paragraph.
  @Test func anUnclosedStyledSpanEndsWithItsParagraph() throws {
    let source =
      Self.head + "The <span style=\"font-weight:bold\">tide turned.\n\n"
      + "Next morning **gulls** came.\n"
    let document = try load(source, as: "open-span.md")
    #expect(document.highlightTexts == ["gulls"])
  }
}

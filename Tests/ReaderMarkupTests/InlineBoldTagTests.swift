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

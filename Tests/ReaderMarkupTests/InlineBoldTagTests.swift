import ReaderCore
import Testing

/// Markdown's inline `<b>` and `<strong>`: cmark hands each tag over on its own, inside one
/// paragraph, so a tag left open or closed without an opener must not reach past it.
@Suite struct InlineBoldTagTests {
  private static let head = "# Notes\n\n## A piece\n\n*by Ann Lee*\n\n"

  /// An opening tag with no closing one ends with its paragraph: the next paragraphs' own
  /// highlights stay their own, and nothing there is bold that the editor did not mark.
  @Test func anUnclosedTagEndsWithItsParagraph() throws {
    let source =
      Self.head + "The ferry <b>left early today.\n\n"
      + "Next morning **the tide** turned and <strong>gulls</strong> came.\n\nPlain words.\n"
    let document = try load(source, as: "open.md")
    #expect(document.highlightTexts == ["left early today.", "the tide", "gulls"])
  }

  /// A closing tag with nothing of its own open does not end the `**` strong around it.
  @Test func aStrayClosingTagLeavesStrongAlone() throws {
    let document = try load(Self.head + "Some **harbour</b> lights** shine.\n", as: "stray.md")
    #expect(document.highlightTexts == ["harbour lights"])
  }
}

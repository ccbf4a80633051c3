import Testing

@testable import ReaderCore

/// A highlight that crosses a line break of verse: each line is a block of its own, and the
/// highlight is still one, its markers hidden.
@Suite struct VerseHighlightTests {
  @Test func boldOverTwoIndentedLinesIsOneHighlight() throws {
    let document = try parse(
      """
      Garden song

      by Ann Lee

      A line of prose to start with.

        The **rose is red
        the violet** blue
        sugar is sweet
      """)
    #expect(
      document.texts(.verse, article: 0) == [
        "The rose is red", "the violet blue", "sugar is sweet",
      ])
    #expect(document.highlightTexts == ["rose is red the violet"])
    let highlight = try #require(document.highlights.first)
    #expect(document.blocks[highlight.block].kind == .verse)
    #expect(document.text(of: document.blocks[highlight.block]) == "The rose is red")
  }

  @Test func boldOverThreeFlushLinesIsOneHighlight() throws {
    let document = try parse(
      """
      Garden song

      by Ann Lee

      A line of prose to start with.

      Roses Are **Red
      Violets Are Blue
      Sugar Is** Sweet

      After **this** one.
      """)
    #expect(
      document.texts(.verse, article: 0) == ["Roses Are Red", "Violets Are Blue", "Sugar Is Sweet"])
    #expect(document.highlightTexts == ["Red Violets Are Blue Sugar Is", "this"])
    #expect(document.highlights.map(\.number) == [1, 2])
  }
}

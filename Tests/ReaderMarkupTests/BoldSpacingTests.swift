import ReaderCore
import Testing

/// Spaces just inside a web page's bold or link are the words' spaces, not extra ones: the
/// text between two words keeps one space, and the highlight none at its ends.
@Suite struct BoldSpacingTests {
  @Test func spacesInsideBoldAreOneSpace() throws {
    let page = """
      <article><h2>A title</h2><p>by Ann Lee</p><p>Intro.</p>
      <p>Word <b> spaced bold </b> word, and <a href="https://ex.com/"> a link </a> here.</p>
      </article>
      """
    let document = try load(page, as: "spaced.html")
    #expect(
      document.blockTexts(ofArticle: 1).last
        == "Word spaced bold word, and a link here.")
    #expect(document.highlightTexts == ["spaced bold"])
    #expect(document.linkTexts == ["a link → https://ex.com/"])
  }
}

/// `&nbsp;` and the other spaces HTML keeps are spacing at a bold phrase's ends as plain spaces
/// are: a page that pads its `<b>` with them (`<b>&nbsp;word&nbsp;</b>`) highlights the word.
@Suite struct FixedSpaceBoldEdgeTests {
  @Test func nonBreakingSpacesInsideBoldAreNotThePhrase() throws {
    let page = """
      <article><h2>A title</h2><p>by Ann Lee</p><p>Intro.</p>
      <p>Word <b>&nbsp;padded&nbsp;</b> and <strong>&#8201;thin&#x3000;</strong> end.</p>
      </article>
      """
    let document = try load(page, as: "nbsp.html")
    #expect(document.highlightTexts == ["padded", "thin"])
    #expect(
      document.blockTexts(ofArticle: 1).last
        == "Word \u{A0}padded\u{A0} and \u{2009}thin\u{3000} end.")
  }
  /// Two bold runs with only a non-breaking space between them are one phrase, as with a
  /// plain space: trimming the first run's `&nbsp;` must not part them.
  @Test func runsJoinedByANonBreakingSpaceStayOnePhrase() throws {
    let page = """
      <article><h2>A title</h2><p>by Ann Lee</p><p>Intro.</p>
      <p>Some text <strong>New&nbsp;</strong><strong>York phrase</strong> and more.</p>
      <p>Then <b>alpha </b><b>beta</b> too.</p>
      </article>
      """
    let document = try load(page, as: "join.html")
    #expect(document.highlightTexts == ["New\u{A0}York phrase", "alpha beta"])
  }
}

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

import Testing

@testable import ReaderCore

@Suite struct BoldTests {
  private func body(_ paragraph: String) throws -> Document {
    try parse("Title\n\nby Ann Lee\n\nDek line.\n\n\(paragraph)\n")
  }

  @Test func eachSyntaxMarksAHighlight() throws {
    let document = try body("a **one** b __two__ c <b>three</b> d <STRONG>four</Strong> e")
    #expect(document.highlightTexts == ["one", "two", "three", "four"])
    #expect(document.highlights.map(\.number) == [1, 2, 3, 4])
    #expect(document.texts(.paragraph, article: 0) == ["a one b two c three d four e"])
  }

  /// Tags pasted from a page keep their attributes; other tags that start alike stay text.
  @Test func openingTagsMayHaveAttributes() throws {
    let document = try body(
      #"a <b class="key">one</b> b <STRONG style="x">two</Strong> c <br> d <bdi>e</bdi> f <b"#
        + "\nclass>g</b>")
    #expect(document.highlightTexts == ["one", "two"])
    #expect(
      document.texts(.paragraph, article: 0) == [
        "a one b two c <br> d <bdi>e</bdi> f <b class>g</b>"
      ])
  }

  @Test func markersAreInNoSpan() throws {
    let document = try body("x **y** z")
    let block = document.blocks[document.articles[0].blocks].first { $0.kind == .paragraph }!
    let pieces = document.spans[block.spans].map { (document.text(of: $0), $0.style) }
    #expect(pieces.map(\.0) == ["x ", "y", " z"])
    #expect(pieces.map(\.1) == [.plain, .highlight, .plain])
    #expect(document.spans[block.spans][block.spans.lowerBound + 1].highlight == 0)
    #expect(document.highlights[0].spans == block.spans.lowerBound + 1..<block.spans.lowerBound + 2)
  }

  @Test func unclosedOpenerIsLiteral() throws {
    let document = try body("a **b c\n\nd** e")
    #expect(document.highlights.isEmpty)
    #expect(document.texts(.paragraph, article: 0) == ["a **b c", "d** e"])
  }

  @Test func closerPairsWithTheNearestOpener() throws {
    let document = try body("**open and **shut** case")
    #expect(document.highlightTexts == ["shut"])
    #expect(document.texts(.paragraph, article: 0) == ["**open and shut case"])
  }

  @Test func highlightCrossesASoftLineBreak() throws {
    let document = try body("start **across\nlines** end")
    #expect(document.highlightTexts == ["across lines"])
    #expect(document.highlights[0].spans.count == 1)
  }

  @Test func spacedStarsAndSnakeCaseAreNotBold() throws {
    let document = try body("2 ** 3 ** 4 and snake__case__name")
    #expect(document.highlights.isEmpty)
  }

  @Test func numberedAcrossArticlesAndOwnedWhereTheyStand() throws {
    let text = """
      **First** title

      by Ann Lee

      (A note with **noted** words. — ED)

      Short **dek**.

      Body **one**.

      Second

      by Bo Chen

      Dek.

      Quoted:

      Body **two** and <b>three</b>.
      """
    let document = try parse(text)
    #expect(document.articles.map(\.title) == ["First title", "Second"])
    #expect(document.highlightTexts == ["First", "noted", "dek", "one", "two", "three"])
    #expect(document.highlights.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(document.highlights.map(\.article) == [0, 0, 0, 0, 1, 1])
    #expect(document.articles.map(\.highlights) == [0..<4, 4..<6])
    #expect(document.editor?.note == "A note with noted words.")
    #expect(
      document.highlights.map { document.blocks[$0.block].kind }
        == [.title, .editorNote, .dek, .paragraph, .paragraph, .paragraph])
  }
}

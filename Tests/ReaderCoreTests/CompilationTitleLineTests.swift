import Testing

@testable import ReaderCore

/// Plain text that starts with the compilation's own title, a line alone above the first
/// article, and numbered titles over their bylines.
@Suite struct CompilationTitleLineTests {
  private let numbered = """
    Weekend Clippings

    1. The night bakery
    by Priya Nand

    The ovens stayed **warm** all night.

    2. The tool library
    by Dennis Oka

    It lends **drills** to anyone with a card.
    """

  @Test func aLineAloneAboveTheFirstArticleIsTheCompilationsTitle() throws {
    let document = try parse(numbered)
    #expect(document.title == "Weekend Clippings")
    #expect(document.articles.map(\.title) == ["1. The night bakery", "2. The tool library"])
    #expect(document.articles.map(\.authors) == [["Priya Nand"], ["Dennis Oka"]])
    #expect(document.highlightTexts == ["warm", "drills"])
    #expect(JSONExporter.export(document).contains("\"title\": \"Weekend Clippings\""))
  }

  @Test func theEditorsNoteMayStandBetween() throws {
    let document = try parse(
      """
      Weekend Clippings

      (Two pieces on what a town shares. — PN)

      The night bakery
      by Priya Nand

      The ovens stayed **warm** all night.
      """)
    #expect(document.title == "Weekend Clippings")
    #expect(document.articles.map(\.title) == ["The night bakery"])
    #expect(document.editor?.name == "PN")
  }

  /// A first line followed by text is an article of its own, as a section without a byline
  /// is; a file of one line is that one article.
  @Test func aFirstLineOverTextStaysAnArticle() throws {
    let introduced = try parse(
      """
      Introduction

      These pieces were gathered over one long winter.

      The night bakery
      by Priya Nand

      The ovens stayed **warm** all night.
      """)
    #expect(introduced.title == nil)
    #expect(introduced.articles.map(\.title) == ["Introduction", "The night bakery"])
    let alone = try parse("Only a line\n")
    #expect(alone.title == nil)
    #expect(alone.articles.map(\.title) == ["Only a line"])
  }
}

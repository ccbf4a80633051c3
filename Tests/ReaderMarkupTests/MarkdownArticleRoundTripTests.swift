import ReaderCore
import ReaderMarkup
import TestSupport
import Testing

/// The Markdown export reads back as the same articles: one `##` heading for each article's
/// title, its byline right under it, other title lines (a series number) and a source line
/// after the byline, and a piece without a byline set off so that it is still an article.
@Suite struct MarkdownArticleRoundTripTests {
  static let compilation = """
    Harbour Papers




    HARBOUR PAPER No. 1

    The Ferry Question

    For the Harbour Gazette. Saturday, May 3, 1890

    HAMILTON

    To the people of the harbour:

    It may perhaps be thought superfluous to write again about the ferry, and yet here we are.

    PUBLIUS



    HARBOUR PAPER No. 2

    The Same Subject Continued

    For the Harbour Gazette. Tuesday, May 6, 1890

    MADISON, with HAMILTON

    To the people of the harbour:

    The ferry is late again, and the **tide** will not wait for it.




    Editor's Table



    The editor's words on the month just past, and on the ferry.

    More words from the editor.



    Reading in the Dark


    by bell hooks [1-1-2025 published].

    A body paragraph.
    """

  /// Each article's title, authors and date, in order.
  private func heads(_ document: Document) -> [String] {
    document.articles.map { article in
      "\(article.title) | \(article.authors) | \(article.date?.iso ?? "-")"
    }
  }

  @Test func theShapesOfAnAnthologyReadBackAsTheSameArticles() throws {
    let original = try load(Self.compilation, as: "harbour.txt")
    #expect(original.articles.map(\.title).contains("Editor's Table"))
    let exported = MarkdownExporter.export(original)
    let reread = try load(exported, as: "harbour.md")
    #expect(heads(reread) == heads(original), "\(exported)")
    #expect(reread.highlightTexts == original.highlightTexts)
    #expect(exported.contains("## The Ferry Question\n\n*by Hamilton*\n\n### HARBOUR PAPER No. 1"))
  }

  @Test(
    arguments: ["federalist", "ghost", "humor", "popsci"].filter {
      SharedFixtures.runs(needing: "corpus/\($0).txt")
    })
  func corpusFileReadsBackAsTheSameArticles(name: String) throws {
    let path = try #require(SharedFixtures.path("corpus/\(name).txt"))
    let original = try DocumentLoader.load(path: path)
    let reread = try load(MarkdownExporter.export(original), as: "\(name).md")
    #expect(heads(reread) == heads(original))
  }
}

import ReaderCore
import TestSupport
import Testing

/// The Markdown file and the saved web page of one compilation read as the same document.
@Suite struct SameCompilationTests {
  @Test(arguments: [
    (MarkupFixtures.markdown, "harbour.md", InputFormat.markdown),
    (MarkupFixtures.webPage, "harbour.html", InputFormat.html),
  ])
  func readsTheCompilation(text: String, name: String, input: InputFormat) throws {
    let document = try load(text, as: name)
    #expect(document.input == input)
    #expect(document.title == "Harbour Notes: three pieces on the new ferry")
    #expect(document.articles.map(\.title) == MarkupFixtures.articleTitles)
    #expect(
      document.articles.map(\.authors) == [
        ["Ilse Marchetti"], ["Piet Vandermeer"], ["Noor Haddad", "Tom Ellery"],
      ])
    #expect(document.highlightTexts == MarkupFixtures.highlights)
    #expect(document.editor?.name == "JW")
    #expect(
      document.articles[0].dek.map { document.text(of: document.blocks[$0]) }
        == "A small boat, a long argument, and a town that finally agreed.")
    #expect(document.quotes.filter { $0.kind == .block }.map(\.speaker) == ["Ruth Okonkwo"])
    #expect(document.articles[0].related.map(\.url) == ["https://example.org/small-ferries"])
    #expect(document.related.map(\.title) == ["The island school reopens"])
    #expect(document.related.map(\.url) == ["https://example.org/school"])
    #expect(!document.blockTexts.contains("Leave a Comment"))
  }

  /// The same JSON but for what names the file (`source`, `input`), the source's line
  /// numbers, and the blocks' text: the fixtures differ there on purpose (`'` against
  /// `&#8217;`, a Markdown hard break that makes verse against `<br>`, a soft break).
  @Test func bothExportTheSameJSONButForSourceLinesAndBlocks() throws {
    let markdown = try load(MarkupFixtures.markdown, as: "same.md")
    let page = try load(MarkupFixtures.webPage, as: "same.html")
    func comparable(_ document: Document) throws -> ParsedJSON {
      try #require(ParsedJSON.parse(JSONExporter.export(document))).removing([
        "source", "input", "lines", "blocks",
      ])
    }
    #expect(try comparable(markdown) == comparable(page))
  }

  @Test func markdownExportKeepsTheCompilationTitle() throws {
    for (text, name) in [(MarkupFixtures.markdown, "t.md"), (MarkupFixtures.webPage, "t.html")] {
      let exported = MarkdownExporter.export(try load(text, as: name))
      #expect(
        exported.hasPrefix(
          "# Harbour Notes: three pieces on the new ferry\n\n## The ferry that nearly wasn’t\n"),
        "\(name)")
    }
  }

  @Test func plainTextIsStillPlainText() throws {
    let document = try load("Title line\n\nby Ann Lee.\n\nSome **bold** text.\n", as: "a.txt")
    #expect(document.input == .text)
    #expect(document.title == nil)
    #expect(document.highlightTexts == ["bold"])
  }
}

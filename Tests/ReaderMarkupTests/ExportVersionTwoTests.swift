import Foundation
import ReaderCore
import ReaderMarkup
import TestSupport
import Testing

/// `reader export`'s JSON for every kind of input, checked against FORMAT.md's version 2: the
/// keys, their types and order, the values it enumerates, and spans that rebuild each
/// highlight from its block's text in Unicode scalars.
@Suite struct ExportVersionTwoTests {
  /// Non-ASCII text of one, two and four UTF-8 bytes (`é`, `𝄞`), so that offsets in bytes or
  /// UTF-16 units would not rebuild the highlights.
  static let plainText = """
    Über **die Brücke**

    by Zoë Ärnström [2024-05-01].

    Ein Absatz mit **langem
    Umbruch 𝄞** und é.

    Noch ein Absatz: **zwei** und **drei**.
    """

  static let markdown = """
    # Sammlung für Leser

    ## Die Fähre 𝄞

    *by Zoë Ärnström*

    Sie fährt **über den Fjord** und [zurück](https://example.org/z?x=1&y=2) – täglich.

    Dann **noch 𝄞 einmal**.
    """

  static let webPage = """
    <!doctype html><html><head><title>Sammlung — Site</title></head><body>
    <nav><a href="/">Home</a></nav><article><h1>Sammlung</h1>
    <h2>Die Fähre 𝄞</h2><p>by Zoë Ärnström</p>
    <p>Sie fährt <b>über den
    Fjord</b> und <a href="https://example.org/z">zurück</a> &amp; weiter.</p>
    <p>Dann <strong>noch 𝄞 einmal</strong>.</p>
    </article></body></html>
    """

  /// Each kind of input `reader export` takes, read as the command reads it.
  enum Input: String, CaseIterable, CustomTestStringConvertible {
    case plainText, standardInput, markdown, markdownFixture, webPage, webPageFixture, sample

    var testDescription: String { rawValue }

    func document() throws -> Document {
      switch self {
      case .plainText: try load(ExportVersionTwoTests.plainText, as: "a.txt")
      case .standardInput: try load(ExportVersionTwoTests.plainText, as: "-")
      case .markdown: try load(ExportVersionTwoTests.markdown, as: "a.md")
      case .markdownFixture: try load(MarkupFixtures.markdown, as: "harbour.md")
      case .webPage: try load(ExportVersionTwoTests.webPage, as: "a.html")
      case .webPageFixture: try load(MarkupFixtures.webPage, as: "harbour.html")
      case .sample: Document.sample()
      }
    }

    var expectedInput: String {
      switch self {
      case .plainText, .standardInput, .sample: "text"
      case .markdown, .markdownFixture: "markdown"
      case .webPage, .webPageFixture: "html"
      }
    }
  }

  private func exported(_ document: Document) throws -> ParsedJSON {
    try #require(ParsedJSON.parse(JSONExporter.export(document)))
  }

  @Test(arguments: Input.allCases)
  func exportFollowsTheFormat(input: Input) throws {
    let document = try input.document()
    let json = try exported(document)
    #expect(ExportChecks.problems(in: json) == [])
    #expect(json["input"]?.string == input.expectedInput)
    #expect(json["title"] == document.title.map { .string($0) } ?? .null)
    #expect(json["suggestions"] == .array([]))
    #expect(json["highlightCount"]?.int == document.highlights.count)
    #expect(document.highlights.count > 0, "a fixture without highlights would check no spans")
  }

  /// Rebuilds each article from its `blocks` alone and compares it with the model: every
  /// block's text, every highlight (number and words) and every link (words and address).
  @Test(arguments: Input.allCases)
  func blocksRebuildTheModel(input: Input) throws {
    let document = try input.document()
    let articles = try #require(try exported(document)["articles"]?.array)
    #expect(articles.count == document.articles.count)
    for (article, json) in zip(document.articles, articles) {
      let blocks = try #require(json["blocks"]?.array)
      #expect(blocks.count == article.blocks.count)
      var rebuiltHighlights: [(Int, String)] = []
      var rebuiltLinks: [(String, String)] = []
      for (index, block) in zip(article.blocks, blocks) {
        let text = try #require(block["text"]?.string)
        #expect(text == document.text(of: document.blocks[index]))
        let scalars = Array(text.unicodeScalars)
        for span in block["spans"]?.array ?? [] {
          let start = try #require(span["start"]?.int)
          let end = try #require(span["end"]?.int)
          let words = String(String.UnicodeScalarView(scalars[start..<end]))
          if let number = span["highlight"]?.int { rebuiltHighlights.append((number, words)) }
          if let url = span["url"]?.string { rebuiltLinks.append((words, url)) }
        }
      }
      let modelHighlights = document.highlights[article.highlights].map {
        ($0.number, document.text(of: $0))
      }
      #expect(rebuiltHighlights.map(\.0) == modelHighlights.map(\.0))
      #expect(rebuiltHighlights.map(\.1) == modelHighlights.map(\.1))
      var modelLinks: [(String, String)] = []
      for block in article.blocks {
        for index in document.blocks[block].spans {
          let span = document.spans[index]
          if let link = span.link {
            modelLinks.append(
              (document.text(of: span), document.address(of: document.links[link])))
          }
        }
      }
      #expect(rebuiltLinks.map(\.0) == modelLinks.map(\.0))
      #expect(rebuiltLinks.map(\.1) == modelLinks.map(\.1))
    }
  }

  /// Offsets count Unicode scalars: `𝄞` is one (two UTF-16 units, four UTF-8 bytes), and a
  /// soft line break inside a highlight is the one space the text shows.
  @Test func offsetsAreUnicodeScalars() throws {
    let json = try exported(try load(Self.plainText, as: "a.txt"))
    let blocks = try #require(json["articles"]?.array?.first?["blocks"]?.array)
    let paragraph = try #require(
      blocks.first { $0["text"]?.string?.hasPrefix("Ein Absatz") == true })
    #expect(paragraph["text"]?.string == "Ein Absatz mit langem Umbruch 𝄞 und é.")
    #expect(
      paragraph["spans"]
        == .array([
          .object([
            ("start", .int(15)), ("end", .int(31)), ("highlight", .int(2)), ("link", .bool(false)),
            ("url", .null),
          ])
        ]))
    let title = try #require(blocks.first)
    #expect(title["kind"]?.string == "title")
    #expect(title["text"]?.string == "Über die Brücke")
    #expect(title["spans"]?.array?.first?["start"]?.int == 5)
  }

  @Test func linksKeepTheirAddressesInBlocks() throws {
    for (text, name, url) in [
      (Self.markdown, "a.md", "https://example.org/z?x=1&y=2"),
      (Self.webPage, "a.html", "https://example.org/z"),
    ] {
      let json = try exported(try load(text, as: name))
      let spans = (json["articles"]?.array?.first?["blocks"]?.array ?? []).flatMap {
        $0["spans"]?.array ?? []
      }
      let links = spans.filter { $0["link"] == .bool(true) }
      #expect(links.map { $0["url"]?.string } == [url], "\(name)")
      #expect(json["title"]?.string == "Sammlung" || json["title"]?.string == "Sammlung für Leser")
    }
  }

  /// Every key FORMAT.md's example shows is in the schema the checks use, in the same order;
  /// the example may leave keys out (a span there has no `link` or `url`), never add one.
  @Test(.enabled(if: SharedFixtures.runs(needing: "FORMAT.md")))
  func schemaHasEveryKeyOfFormatMD() throws {
    let path = try #require(SharedFixtures.path("FORMAT.md"))
    let text = String(decoding: readFileBytes(path), as: UTF8.self)
    let start = try #require(text.range(of: "```json\n"))
    let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
    let example = try #require(ParsedJSON.parse(String(text[start.upperBound..<end.lowerBound])))
    #expect(example["format"]?.string == "reader-document/2")
    #expect(ExportSchema.document.missingKeys(of: example) == [])
    #expect(example.keys == (try exported(Document.sample())).keys)
  }
}

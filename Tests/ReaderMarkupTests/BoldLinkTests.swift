import ReaderCore
import TestSupport
import Testing

@testable import ReaderMarkup

/// Words that are both bold and a link keep both: the highlight and the address (FORMAT.md:
/// links keep their addresses), in Markdown and in web pages, nested either way, and where
/// one only covers part of the other.
@Suite struct BoldLinkTests {
  /// Each link's words and address, in order.
  private static func links(_ document: Document) -> [String] {
    (0..<document.links.count).map { index in
      let link = document.links[index]
      let words = document.text(of: document.spans[link.span])
      return words + " → " + document.address(of: link)
    }
  }

  @Test(arguments: [
    ("t.md", "## A title\n\n*by Ann Lee*\n\nSee [**the map**](https://example.org/m) now.\n"),
    ("t.md", "## A title\n\n*by Ann Lee*\n\nSee **[the map](https://example.org/m)** now.\n"),
    (
      "t.html",
      "<h2>A title</h2><p>by Ann Lee</p><p>See <a href=\"https://example.org/m\"><b>the map</b></a> now.</p>"
    ),
    // Raw HTML inside Markdown: cmark hands each tag over alone.
    (
      "t.md",
      "## A title\n\n*by Ann Lee*\n\nSee <a href=\"https://example.org/m\"><b>the map</b></a> now.\n"
    ),
    (
      "t.md",
      "## A title\n\n*by Ann Lee*\n\nSee <STRONG class='k'><A title=\"x > y\" HREF='https://example.org/m'>the map</A></STRONG> now.\n"
    ),
    (
      "t.md",
      "## A title\n\n*by Ann Lee*\n\nSee <a href=https://example.org/m>**the map**</a> now.\n"
    ),
    (
      "t.html",
      "<h2>A title</h2><p>by Ann Lee</p><p>See <strong><a href=\"https://example.org/m\">the map</a></strong> now.</p>"
    ),
  ])
  func boldWordsThatAreALinkKeepBoth(name: String, text: String) throws {
    let document = try load(text, as: name)
    #expect(document.highlightTexts == ["the map"])
    #expect(Self.links(document) == ["the map → https://example.org/m"])
    let span = document.links[0].span
    #expect(document.spans[span].style == .highlight)
    #expect(document.link(ofSpan: span, inBlock: document.links[0].block) == 0)
  }

  /// An address written in HTML has its entities decoded; a tag that is not a start or end
  /// tag, or an `<a>` with no address, changes nothing.
  @Test func rawHTMLLinksInMarkdownDecodeTheirAddress() throws {
    let document = try load(
      "## A title\n\n*by Ann Lee*\n\nA <a href=\"https://e.org/?a=1&amp;b=&#50;\">query</a>,"
        + " <a name=\"here\">an anchor</a>, <!-- <b> --> and <b>bold</b>.\n", as: "t.md")
    #expect(Self.links(document) == ["query → https://e.org/?a=1&b=2"])
    #expect(document.highlightTexts == ["bold"])
    #expect(document.blockTexts.last == "A query, an anchor,  and bold.")
  }

  @Test func inlineTagsAreReadAsHTMLReadsThem() {
    #expect(InlineTag("<br />") == InlineTag(name: "br", closes: false))
    #expect(InlineTag("</Strong >") == InlineTag(name: "strong", closes: true))
    #expect(
      InlineTag("<a\ndata-x = 'a\"b'\nhref = \"u v\">")
        == InlineTag(name: "a", closes: false, href: "u v"))
    #expect(InlineTag("<a hrefx=\"no\">") == InlineTag(name: "a", closes: false))
    #expect(InlineTag("<!-- c -->") == nil)
    #expect(InlineTag("<?php x ?>") == nil)
    #expect(InlineTag.decodingEntities("a&amp;b&unknown;c&#x41;&") == "a&b&unknown;cA&")
  }

  /// Bold inside a link cuts the link into pieces that each keep the address; a link inside
  /// bold cuts the bold into pieces of one highlight.
  @Test func partlyBoldLinksAndPartlyLinkedBoldAreCut() throws {
    let document = try load(
      "## A title\n\n*by Ann Lee*\n\nA [link **partly bold** here](https://example.org/c) and"
        + " **bold with [a link](https://example.org/d) in it** done.\n", as: "t.md")
    #expect(document.highlightTexts == ["partly bold", "bold with a link in it"])
    #expect(document.highlights.map(\.spans.count) == [1, 3])
    #expect(
      Self.links(document) == [
        "link  → https://example.org/c", "partly bold → https://example.org/c",
        " here → https://example.org/c", "a link → https://example.org/d",
      ])
    #expect(document.blockTexts.last == "A link partly bold here and bold with a link in it done.")
  }

  /// The JSON export gives a bold link one span with its highlight number and its address;
  /// the Markdown export writes it `**[words](address)**`.
  @Test func exportsKeepBothTheHighlightAndTheAddress() throws {
    let document = try load(
      "## A title\n\n*by Ann Lee*\n\nSee [**the map**](https://example.org/m) now.\n", as: "t.md")
    let json = try #require(ParsedJSON.parse(JSONExporter.export(document)))
    #expect(ExportChecks.problems(in: json) == [])
    let blocks = try #require(json["articles"]?.array?.first?["blocks"]?.array)
    let spans = try #require(blocks.last?["spans"]?.array)
    #expect(spans.count == 1)
    #expect(spans.first?["start"]?.int == 4)
    #expect(spans.first?["end"]?.int == 11)
    #expect(spans.first?["highlight"]?.int == 1)
    #expect(spans.first?["link"] == .bool(true))
    #expect(spans.first?["url"]?.string == "https://example.org/m")
    #expect(
      MarkdownExporter.export(document).contains("See **[the map](https://example.org/m)** now."))
  }
  /// The Markdown export writes a highlight cut by a link, and a link cut by bold, whole, so
  /// that reading the export back gives the same highlights and links.
  @Test func theMarkdownExportSurvivesARoundTrip() throws {
    let source =
      "## A title\n\n*by Ann Lee*\n\nA first paragraph to be the dek.\n\n"
      + "Some **delta [epsilon](https://e.org/u) zeta** and [alpha **beta** gamma](https://e.org/v)"
      + " and [**whole**](https://e.org/w) end.\n\n"
      + "Read [**the start** of it](https://e.org/s) and [the end of **it**](https://e.org/e).\n"
    let document = try load(source, as: "t.md")
    let exported = MarkdownExporter.export(document)
    #expect(
      exported.contains(
        "Some **delta [epsilon](https://e.org/u) zeta** and [alpha **beta** gamma](https://e.org/v)"
          + " and **[whole](https://e.org/w)** end."))
    // Bold that starts or ends with a link's words stays inside its brackets.
    #expect(
      exported.contains(
        "Read [**the start** of it](https://e.org/s) and [the end of **it**](https://e.org/e)."))
    let again = try load(exported, as: "again.md")
    #expect(again.highlightTexts == document.highlightTexts)
    #expect(again.highlightTexts == ["delta epsilon zeta", "beta", "whole", "the start", "it"])
    #expect(Self.links(again) == Self.links(document))
  }

  /// A quote whose text names nobody (a block quote) is written without an empty `> — `.
  @Test func aBlockQuoteIsExportedWithoutAnEmptyAttribution() throws {
    let document = try load(
      "## A title\n\n*by Ann Lee*\n\nOpening words here.\n\n> Quoted words of some length here.\n",
      as: "t.md")
    let exported = MarkdownExporter.export(document)
    #expect(exported.contains("> Quoted words of some length here."))
    #expect(!exported.contains("> —"))
  }
}

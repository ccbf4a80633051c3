import ReaderCore
import Testing

/// Block quotes are quotes (FORMAT.md), in Markdown and in web pages; related links given as
/// list items are titled by their words, without the list's marker.
@Suite struct BlockQuoteAndListLinkTests {
  static let markdown = """
    ## Harbour news

    *by Ann Lee*

    The boats came in late, and the market opened after noon.

    > The tide does not wait for the market, and it never has.
    >
    > Nor does it wait for us.

    Back to the story.

    Related

    - Tide tables explained [2-13-2025]
    1. Nets and knots [2024-01-02]

    """

  static let page = """
    <html><body><article><h2>Harbour news</h2><p>by Ann Lee</p>
    <p>The boats came in late, and the market opened after noon.</p>
    <blockquote><p>The tide does not wait for the market, and it never has.</p>
    <p>Nor does it wait for us.</p></blockquote><p>Back to the story.</p>
    <p>Related</p><ul><li>Tide tables explained [2-13-2025]</li></ul>
    <ol><li>Nets and knots [2024-01-02]</li></ol></article></body></html>
    """

  /// Two block quotes in a row are two quotes; a quotation's own footer (`— <cite>Name`) is
  /// kept, as the line naming its speaker.
  @Test(arguments: [
    (
      "t.md",
      "## First piece\n\n*by Ann Lee*\n\nOpening words.\n\n> The first quotation of some length.\n\n"
        + "> The second quotation of some length.\n"
    ),
    (
      "t.html",
      "<html><body><article><h2>First piece</h2><p>by Ann Lee</p><p>Opening words.</p>"
        + "<blockquote><p>The first"
        + " quotation of some length.</p><footer>— <cite>Greta Lind</cite></footer></blockquote>"
        + "<blockquote><p>The second quotation of some length.</p></blockquote></article>"
        + "<footer>Site</footer></body></html>"
    ),
  ])
  func blockQuotesInARowAreTwo(name: String, text: String) throws {
    let document = try load(text, as: name)
    let quotes = document.quotes.filter { $0.kind == .block }
    #expect(quotes.count == 2)
    let texts = quotes.map { quote in quote.blocks.map { document.text(of: document.blocks[$0]) } }
    #expect(texts.last == ["The second quotation of some length."])
    #expect(texts.first?.first == "The first quotation of some length.")
    if name.hasSuffix("html") {
      #expect(texts.first == ["The first quotation of some length."])
      #expect(quotes.first?.speaker == "Greta Lind")
      #expect(document.blockTexts.contains("— Greta Lind"))
      #expect(!document.blockTexts.contains("Site"))
    }
  }

  /// Block quotes ending one article and starting the next are two quotes, one in each.
  @Test func aBlockQuoteDoesNotRunIntoTheNextArticle() throws {
    let document = try load(
      """
      ## First piece

      *by Ann Lee*

      > The first piece ends on a quotation of some length.

      ## Second piece

      *by Bo Chen*

      > The second piece opens on another quotation of some length.

      """, as: "t.md")
    let quotes = document.quotes.filter { $0.kind == .block }
    #expect(quotes.map(\.article) == [0, 1])
    #expect(quotes.map(\.blocks.count) == [1, 1])
  }

  @Test(arguments: [("t.md", markdown), ("t.html", page)])
  func blockQuotesAreQuotesAndListLinksLoseTheirMarkers(name: String, text: String) throws {
    let document = try load(text, as: name)
    let article = document.articles[0]
    let quoted = article.blocks.filter { document.blocks[$0].kind == .speakerQuote }
    #expect(
      quoted.map { document.text(of: document.blocks[$0]) } == [
        "The tide does not wait for the market, and it never has.", "Nor does it wait for us.",
      ])
    let blockQuotes = document.quotes.filter { $0.kind == .block }
    #expect(blockQuotes.count == 1)
    #expect(blockQuotes.first?.speaker == nil)
    #expect(blockQuotes.first?.blocks == quoted.first!..<quoted.last! + 1)
    #expect(document.blockTexts.contains("Back to the story."))
    #expect(article.related.map(\.title) == ["Tide tables explained", "Nets and knots"])
    #expect(article.related.map { $0.date?.iso } == ["2025-02-13", "2024-01-02"])
    let links = article.related.map { document.text(of: document.blocks[$0.block]) }
    #expect(links == ["Tide tables explained [2-13-2025]", "Nets and knots [2024-01-02]"])
  }

  /// A speaker line inside a block quote speaks for that block quote: the paragraph after it
  /// is the article's text again, not more of what the speaker said.
  @Test func aSpeakerInABlockQuoteEndsWithIt() throws {
    let document = try load(
      """
      ## Ferry talks

      *by Una Pell*

      A short dek.

      > **Harbour Master of Kells Rory Vane:**
      >
      > The ferry will run **all winter** this year.

      The council meets again in March.

      Source
      """, as: "ferry.md")
    let quote = document.quotes.first { $0.kind == .block }
    #expect(quote?.speaker == "Rory Vane")
    #expect(
      quote.map { $0.blocks.map { document.text(of: document.blocks[$0]) } } == [
        "The ferry will run all winter this year."
      ])
    #expect(document.blockTexts.contains("The council meets again in March."))
    #expect(
      document.blocks.contains {
        $0.kind == .paragraph && document.text(of: $0) == "The council meets again in March."
      })
  }

  /// A block quote is given the speaker it names: a signature under it (`— Name, role`, a
  /// page's `<footer>— <cite>Name</cite>`), or a quotation that opens it with `said Name`.
  @Test func aBlockQuoteNamesItsSpeaker() throws {
    let page = try load(
      """
      <article><h1>Dry summer</h1><p>by Ott Lind</p><p>The wells ran low.</p>
      <blockquote><p>Every farm on the ridge has asked for water.</p>
      <footer>\u{2014} <cite>Pia Storm</cite></footer></blockquote></article>
      """, as: "dry.html")
    #expect(page.quotes.filter { $0.kind == .block }.map(\.speaker) == ["Pia Storm"])
    let markdown = try load(
      """
      ## Dry summer

      *by Ott Lind*

      The wells ran low.

      > Every farm on the ridge has asked for water.
      >
      > \u{2014} Pia Storm, head of the growers' union

      > \u{201C}We will ration the river before we ration bread,\u{201D} said Ivo Brandt.

      > The report put it plainly: as one farmer told them, \u{201C}the rain owes us
      > three summers,\u{201D} said Ada Moss, and nobody argued.
      """, as: "dry.md")
    let quotes = markdown.quotes.filter { $0.kind == .block }
    #expect(quotes.map(\.speaker) == ["Pia Storm", "Ivo Brandt", nil])
    #expect(quotes.first?.role == "head of the growers' union")
    #expect(
      quotes.first.map { $0.blocks.map { markdown.text(of: markdown.blocks[$0]) } } == [
        "Every farm on the ridge has asked for water."
      ])
  }

  /// A signature written on the quote's last line (`> words` then `> — Name`, one Markdown
  /// paragraph) names the speaker and leaves the quote's words.
  @Test func aSignatureOnTheQuotesLastLineNamesItsSpeaker() throws {
    let markdown = try load(
      """
      ## Low tide

      *by Ott Lind*

      The boats sat in the mud.

      > The harbour was dredged last in **the year of the flood**.
      > \u{2014} Pia Storm, harbour master

      Later that week the tide came back.

      > Nobody on the quay remembers a lower one,
      > not even the oldest of them.
      > -- Ivo Brandt

      > A line that ends here
      > -- and one that starts with two dashes.
      """, as: "tide.md")
    let quotes = markdown.quotes.filter { $0.kind == .block }
    #expect(quotes.map(\.speaker) == ["Pia Storm", "Ivo Brandt", nil])
    #expect(quotes.first?.role == "harbour master")
    #expect(
      quotes.map { $0.blocks.map { markdown.text(of: markdown.blocks[$0]) }.joined() } == [
        "The harbour was dredged last in the year of the flood.",
        "Nobody on the quay remembers a lower one, not even the oldest of them.",
        "A line that ends here -- and one that starts with two dashes.",
      ])
    #expect(markdown.highlightTexts == ["the year of the flood"])
  }

  /// Text after a paragraph inside a block quote is a line of its own, as a browser shows it:
  /// an embedded post's `— Name (@handle) date` signs the quote, not runs into its words.
  @Test func anEmbeddedPostIsSignedByItsAuthor() throws {
    let page = try load(
      """
      <article><h1>Low tide</h1><p>by Ott Lind</p><p>The boats sat in the mud all day.</p>
      <blockquote class="twitter-tweet"><p>The quay is dry for the first time in years.</p>
      \u{2014} Harbour Office (@harbouroffice) <a href="https://x.example/1">May 3, 2024</a>
      </blockquote><p>Later the tide came back.</p></article>
      """, as: "tide.html")
    let quote = try #require(page.quotes.first { $0.kind == .block })
    #expect(quote.speaker == "Harbour Office")
    #expect(
      quote.blocks.map { page.text(of: page.blocks[$0]) } == [
        "The quay is dry for the first time in years."
      ])
  }

  /// A speaker block of plain text, exported to Markdown (a block quote signed `— Name, role`)
  /// and read back, has its speaker and role again.
  @Test func aSpeakerBlockReadsBackWithItsSpeaker() throws {
    let original = try load(
      """
      Harbour Talks

      by Nell Dray [4-2-2024 published].

      The board met on Monday.

      Chair of the Harbour Board Ivo Marsh:

      We will dredge the east channel first.

      Source
      """, as: "talks.txt")
    let reread = try load(MarkdownExporter.export(original), as: "talks.md")
    func speakers(_ document: Document) -> [String?] {
      document.quotes.filter { $0.kind == .block }.flatMap { [$0.speaker, $0.role] }
    }
    #expect(speakers(original) == ["Ivo Marsh", "Chair of the Harbour Board"])
    #expect(speakers(reread) == speakers(original))
  }
}

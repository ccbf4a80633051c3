import Testing

@testable import ReaderCore

/// A book: one article of `paragraphs` numbered paragraphs, every third with a bold phrase.
func book(paragraphs: Int) -> String {
  var text = "A Long Voyage Round the Lakes\n\nby Ines Holt [3-4-2021 published].\n\n"
  for number in 1...paragraphs {
    let bold = number % 3 == 0 ? " It holds **marked phrase \(number)** as well." : ""
    text +=
      "Paragraph \(number) of the voyage tells of the shore, the weather and the boat,"
      + " in words enough to be body text.\(bold)\n\n"
  }
  return text
}

@Suite struct OpenArticleTests {
  private func indexer(_ text: String) throws -> DocumentIndexer {
    try DocumentIndexer(storage: TextStorage(copying: Array(text.utf8)), source: "book.txt")
  }

  @Test func aBooksFirstSnapshotShowsItsOpeningParagraphs() throws {
    let indexer = try indexer(book(paragraphs: 400))
    indexer.advance(untilArticles: 64, orBytes: 2_000)
    #expect(!indexer.isComplete)
    let first = indexer.snapshot()
    #expect(first.articles.count == 1)
    #expect(first.lastArticleIsOpen)
    #expect(first.closedArticleCount == 0)
    let article = first.articles[0]
    #expect(article.title == "A Long Voyage Round the Lakes")
    #expect(article.authors == ["Ines Holt"])
    #expect(article.blocks.count > 3)
    #expect(
      first.text(of: first.blocks[article.blocks.lowerBound + 2]).hasPrefix(
        "Paragraph 1 of the voyage"))
    #expect(first.authors.entry(named: "Ines Holt")?.articles == [0])

    indexer.advance(bytes: 4_000)
    let later = indexer.snapshot()
    let grown = later.articles[0]
    #expect(later.lastArticleIsOpen)
    #expect(grown.blocks.lowerBound == article.blocks.lowerBound)
    #expect(grown.blocks.upperBound > article.blocks.upperBound)
    #expect(grown.highlights.count > article.highlights.count)
    #expect(Array(later.blocks.prefix(article.blocks.count)) == Array(first.blocks))

    let whole = indexer.finish()
    #expect(!whole.lastArticleIsOpen)
    #expect(whole.articles.count == 1)
    // The first paragraph, a short line, is the dek.
    #expect(whole.articles[0].paragraphCount == 399)
    #expect(whole.articles[0].highlights.count == 133)
    #expect(whole.articles[0] == (try parse(book(paragraphs: 400))).articles[0])
  }

  @Test func aSpeakersQuoteWaitsUntilItsBlockEnds() throws {
    let text = """
      Talks at the harbour

      by Ines Holt [3-4-2021 published].

      The talks began early, and "the tide was kind" to everyone who came along that day.

      Harbour Master Ola Nordmann:

      We opened the gates at six, and the first boats came in before seven.

      By noon the quay was full, and the fish market had sold out.

      Source

      The talks went on after lunch, with longer speeches and a short rain shower outside.

      Nobody left early, and the last boats went out again as the evening light faded.

      The harbour will hold the same meeting next year, a week earlier than this one was.

      """
    let indexer = try indexer(text)
    var quoteCounts: [Int] = []
    while !indexer.advance(bytes: 1) {
      let snapshot = indexer.snapshot()
      // A quote shown is final: the speaker's only once its `Source` line is read.
      for quote in snapshot.quotes where quote.kind == .block {
        #expect(quote.blocks.count == 2)
      }
      quoteCounts.append(snapshot.quotes.count)
    }
    #expect(quoteCounts.contains(1))
    #expect(quoteCounts.contains(2))
    #expect(quoteCounts == quoteCounts.sorted())
    let whole = indexer.snapshot()
    #expect(whole.quotes.count == 2)
    #expect(whole.quotes[1].speaker == "Ola Nordmann")
  }
}

import Testing

@testable import ReaderCore

/// A dash, names and a date credit a reprinted piece under its title, but the same line
/// under a quotation signs the quotation (`QuotationLine`): the article goes on.
@Suite struct QuotationSignatureTests {
  private static func essay(_ quotation: String) -> String {
    """
    The Harbour

    by Ann Lee [3-1-2024 published].

    The first paragraph of the essay, long enough to be the text of the article.

    \(quotation)

    More of the essay follows the quotation, as it would in any essay of this kind.
    """
  }

  @Test(arguments: [
    "“The harbour is the heart of the town.”\n\n— Mayor Petra Koll, March 3, 2024",
    "“The harbour is the heart of the town.”\n— Mayor Petra Koll, March 3, 2024",
    "\"The harbour is the heart of the town\"\n\n-- Petra Koll, 3-3-2024",
    "We shall fight on the beaches.\n\n— Winston Churchill, House of Commons, June 4, 1940",
  ])
  func aDatedSignatureUnderAQuotationStartsNoArticle(quotation: String) throws {
    let document = try parse(Self.essay(quotation))
    #expect(document.articles.map(\.title) == ["The Harbour"], "\(quotation)")
    #expect(document.articles[0].authors == ["Ann Lee"])
    #expect(document.articles[0].paragraphCount >= 2, "\(quotation)")
  }

  /// Under a title, the same credit still starts the reprinted piece.
  @Test func aDatedCreditUnderATitleStillStartsAPiece() throws {
    let document = try parse(
      Self.essay("The flood that did not happen\n\n— Marco Bellini, The Harbour Times, 2024-03-10"))
    #expect(document.articles.map(\.title) == ["The Harbour", "The flood that did not happen"])
    #expect(document.articles[1].authors == ["Marco Bellini"])
  }

  @Test func quotationLines() {
    let quoted = [
      "“Quoted words”", "\"Quoted\"", "« Guillemets »", "A sentence ends.",
      "It trails off…", "He said so.”",
    ]
    let titles = ["The flood that did not happen", "Why now?", "Tide tables: 2024", "No. 5"]
    for line in quoted + titles {
      let bytes = Array(line.utf8)
      let matched = bytes.withUnsafeBufferPointer { QuotationLine.matches($0, 0..<$0.count) }
      #expect(matched == quoted.contains(line), "\(line)")
    }
  }
}

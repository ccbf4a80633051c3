import Testing

@testable import ReaderCore

/// Issue 17, part 2, as far as it goes: the author quoting their own writing, and quotations
/// inside a speaker block.
@Suite struct AuthorQuotationTests {
  @Test func asIWroteGivesTheArticlesAuthor() throws {
    let document = try parse(
      """
      Tides

      by Ann Lee

      As I wrote last spring, a “change in how the harbour keeps its time” was “near”, because “the moon has not moved in a long while.”
      """)
    let quotes = document.quotes[document.articles[0].quotes]
    #expect(quotes.map(\.speaker) == ["Ann Lee", "Ann Lee"])
  }

  @Test func aNarratorsISaidIsNobodysAndTwoAuthorsAreNoOne() throws {
    let narrator = try parse(
      "Tides\n\nby Ann Lee\n\nI said, “the harbour keeps its own time.”\n")
    #expect(narrator.quotes.map(\.speaker) == [nil])
    let pair = try parse(
      "Tides\n\nby Ann Lee and Bo Chen\n\nAs I wrote, “the harbour keeps its own time.”\n")
    #expect(pair.quotes.map(\.speaker) == [nil])
  }

  @Test func anotherSentenceDoesNotCarryTheFirstPerson() throws {
    let document = try parse(
      "Tides\n\nby Ann Lee\n\nI wrote to the pilots. They answered “the harbour keeps its own time.”\n"
    )
    #expect(document.quotes.map(\.speaker) == [nil])
  }

  @Test func quotationInsideASpeakerBlockIsNotListedAgain() throws {
    let document = try parse(
      """
      Tides

      by Ann Lee

      Harbour Master Bo Chen:

      We were told “the harbour keeps its own time” and we believed it.

      Source
      """)
    let quotes = document.quotes[document.articles[0].quotes]
    #expect(quotes.map(\.kind) == [.block])
    #expect(quotes.map(\.speaker) == ["Bo Chen"])
  }
}

/// Possessives next to a quotation name its speaker, by the full name the article gave.
@Suite struct PossessiveQuotationTests {
  private func speakers(_ body: String) throws -> [String?] {
    let document = try parse("Tides\n\nby Ann Lee\n\nDek.\n\n\(body)\n")
    return document.quotes.filter { $0.kind == .inline }.map(\.speaker)
  }

  @Test func wordsInParenthesesAfterTheQuotation() throws {
    #expect(
      try speakers(
        "Mayor Ola Nordmann met the pilots.\n\nIt was a “long and very useful talk” (Nordmann's words) today."
      ) == ["Ola Nordmann"])
  }

  @Test func rhetoricBeforeTheQuotation() throws {
    #expect(
      try speakers(
        "Ola Nordmann spoke.\n\nEven if Nordmann’s rhetoric – about a “happy end, and soon!” – misleads."
      ) == ["Ola Nordmann"])
  }

  @Test func twoFullNamesForOneSurnameGiveTheSurnameOnly() throws {
    #expect(
      try speakers(
        "Ola Nordmann and Kari Nordmann spoke.\n\nA “long and very useful talk” (Nordmann's words)."
      ) == ["Nordmann"])
  }

  @Test func aTitleBeforeTheSurnameIsNoFirstName() throws {
    #expect(
      try speakers(
        "Mayor Nordmann arrived. Ola Nordmann spoke.\n\nA “long and very useful talk” (Nordmann's words)."
      ) == ["Ola Nordmann"])
  }

  @Test func aPossessiveFarFromTheQuotationNamesNobody() throws {
    #expect(
      try speakers(
        "Nordmann's words were many, and after a long pause the pilots said “long and very useful talk” twice."
      ) == [nil])
  }
}

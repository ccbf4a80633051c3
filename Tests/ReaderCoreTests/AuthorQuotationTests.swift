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

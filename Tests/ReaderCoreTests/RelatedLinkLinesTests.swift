import Testing

@testable import ReaderCore

/// Related links typed one a line with no blank line between them are each a link; a link
/// whose note wraps onto the next line keeps the old reading (the paragraph ends the section).
@Suite struct RelatedLinkLinesTests {
  @Test func linksOnConsecutiveLinesAreEachALink() throws {
    let document = try parse(
      """
      Quarry Sunday

      by Ann Lee [3-4-2025 published].

      The crews still **meet in September**.

      Related

      The last slate splitter [3-1-2025]
      Why the chapels are **closing** [2-20-2025]

      Salt marsh notes

      by Bo Chen

      Text.
      """)
    #expect(document.articles.map(\.title) == ["Quarry Sunday", "Salt marsh notes"])
    let related = document.articles[0].related
    #expect(related.map(\.title) == ["The last slate splitter", "Why the chapels are closing"])
    #expect(
      related.map(\.date) == [
        CalendarDate(year: 2025, month: 3, day: 1), CalendarDate(year: 2025, month: 2, day: 20),
      ])
    #expect(document.highlightTexts == ["meet in September", "closing"])
    #expect(document.texts(.relatedLink, article: 0).count == 2)
  }

  @Test func aNoteThatWrapsIsNoListOfLinks() throws {
    let document = try parse(
      """
      Quarry Sunday

      by Ann Lee

      Text.

      Related

      The last slate splitter [3-1-2025] A portrait of a man
      who still works the old way.
      """)
    #expect(document.articles[0].related.isEmpty)
  }
}

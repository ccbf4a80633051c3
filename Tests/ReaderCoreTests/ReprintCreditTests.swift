import Testing

@testable import ReaderCore

/// Compilations that other editors put together: a piece reprinted from elsewhere is credited
/// with a dash and no `by` (`— Ann Lee, The Harbour Times, 2024-03-10`), and pieces are set
/// apart by a dividing line as well as by their titles and bylines.
@Suite struct ReprintCreditTests {
  @Test func aDashWithNamesAndADateIsAByline() {
    let byline = parsedByline("— Marco Bellini, The Harbour Times, 2024-03-10")
    #expect(byline?.authors == ["Marco Bellini"])
    #expect(byline?.description == "The Harbour Times")
    #expect(byline?.dateText == "2024-03-10")
    #expect(
      parsedByline("– Ann Lee and Bo Chen, March 3, 2024")?.authors == ["Ann Lee", "Bo Chen"])
    #expect(parsedByline("-- Ann Lee, 3-3-2024")?.dateText == "3-3-2024")
  }

  /// Without a date, a dash and a name is how an epigraph or a quotation is signed.
  @Test func aDashWithNamesAndNoDateIsNoByline() {
    #expect(parsedByline("— Mark Twain") == nil)
    #expect(parsedByline("— Mark Twain, Life on the Mississippi") == nil)
    #expect(parsedByline("— and then, 2024-03-10") == nil)
    // A related link written with a dash of its own: its date is in brackets.
    #expect(parsedByline("– Harbour Views Reopen [2-13-2025]") == nil)
    #expect(parsedByline("– En dash title, 2-13-2025") == nil)
  }

  @Test func aPieceCreditedWithADashStartsAnArticle() throws {
    let document = try parse(
      """
      Why the river came back

      By Lena Fischer, March 3, 2024

      The city spent forty years hiding its river under concrete.

      The flood that did not happen

      — Marco Bellini, The Harbour Times, 2024-03-10

      When the storm arrived, the new **sponge park** held back the water.
      """)
    #expect(
      document.articles.map(\.title) == [
        "Why the river came back", "The flood that did not happen",
      ])
    #expect(document.articles[1].authors == ["Marco Bellini"])
    #expect(document.articles[1].date == CalendarDate(year: 2024, month: 3, day: 10))
    #expect(document.highlights.map(\.article) == [1])
  }

  /// A dividing line before a title and its byline divides two pieces: it is no text of the
  /// piece before, as it is none before a title in capitals.
  @Test func aDividingLineBeforeATitleAndBylineIsNoText() throws {
    for line in ["* * *", "---", "~~~", "###"] {
      let document = try parse(
        """
        Harbour news

        by Ann Lee

        The boats came in late on Tuesday.

        \(line)

        Tide tables

        by Bo Chen

        Low water at noon.
        """)
      #expect(document.articles.map(\.title) == ["Harbour news", "Tide tables"], "\(line)")
      #expect(!document.blocks.contains { document.text(of: $0) == line }, "\(line)")
      #expect(document.articles[0].paragraphCount == 0, "\(line)")
    }
  }

  /// Between two scenes the line stays where it stands, also when the scene after it opens
  /// with a short line, and also before a line alone with another dividing line after it.
  @Test func aDividingLineBetweenScenesStaysInOrder() throws {
    let document = try parse(
      """
      Story

      by Ann Lee

      Scene one text.

      * * *

      Later.

      Scene two text.

      ---

      An epigraph

      ---

      The end.
      """)
    #expect(document.articles.count == 1)
    #expect(
      document.texts(.paragraph, article: 0) == [
        "* * *", "Later.", "Scene two text.", "---", "An epigraph", "---", "The end.",
      ])
  }
}

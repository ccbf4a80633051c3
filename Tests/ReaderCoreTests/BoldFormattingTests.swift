import Testing

@testable import ReaderCore

/// Bold that is the page's formatting, not the editor's highlight: over a whole title, a
/// whole byline, a byline's names, a section label. Its markers are hidden all the same.
@Suite struct BoldFormattingTests {
  @Test func boldNamesInABylineAreTheByline() throws {
    let document = try parse(
      """
      Harbour notes

      by **Ann Lee** [2-13-2025 published].

      Body **kept**.
      """)
    let article = try #require(document.articles.first)
    #expect(article.authors == ["Ann Lee"])
    #expect(article.date == CalendarDate(year: 2025, month: 2, day: 13))
    #expect(document.highlightTexts == ["kept"])
    #expect(document.texts(.byline, article: 0) == ["by Ann Lee [2-13-2025 published]."])
    // Bold on other words of a byline is still the editor's.
    let described = try parse(
      """
      Harbour notes

      by **Ann Lee**, **award-winning** writer [2-13-2025 published].

      Body.
      """)
    #expect(described.articles.first?.authors == ["Ann Lee"])
    #expect(described.highlightTexts == ["award-winning"])
  }

  /// A byline's `by` alone in bold is how the page sets the credit (found by a tester on a
  /// blog's `<b>by</b> Name`); bold on a title's first word stays the editor's.
  @Test func aBoldByOpeningABylineIsTheByline() throws {
    let document = try parse(
      """
      Harbour notes

      **By** Ann Lee [2-13-2025 published].

      Body **kept**.

      **By** the numbers

      by Bo Chen

      Text.
      """)
    #expect(document.articles.map(\.authors) == [["Ann Lee"], ["Bo Chen"]])
    #expect(document.highlightTexts == ["kept", "By"])
    #expect(document.texts(.byline, article: 0) == ["By Ann Lee [2-13-2025 published]."])
  }

  @Test func aBylineBoldFromEndToEndIsTheByline() throws {
    let document = try parse(
      """
      Harbour notes

      **by Ann Lee and Bo Chen [2-13-2025 published].**

      Body **kept**.
      """)
    #expect(document.articles.first?.authors == ["Ann Lee", "Bo Chen"])
    #expect(document.highlightTexts == ["kept"])
    #expect(
      document.texts(.byline, article: 0) == ["by Ann Lee and Bo Chen [2-13-2025 published]."])
  }

  @Test func aTitleBoldFromEndToEndLosesItsMarkers() throws {
    for title in ["**Harbour notes**", "<b>Harbour notes</b>", "__Harbour notes__"] {
      let document = try parse(
        """
        \(title)

        by Ann Lee [2-13-2025 published].

        Body **kept**.
        """)
      #expect(document.articles.first?.title == "Harbour notes", "\(title)")
      #expect(document.texts(.title, article: 0) == ["Harbour notes"], "\(title)")
      #expect(document.highlightTexts == ["kept"], "\(title)")
    }
  }

  @Test func aBoldRelatedLabelIsTheLabel() throws {
    let document = try parse(
      """
      Harbour notes

      by Ann Lee

      Body text here.

      **Related**

      Tide tables [1-2-2024]
      """)
    let article = try #require(document.articles.first)
    #expect(article.related.map(\.title) == ["Tide tables"])
    #expect(document.highlights.isEmpty)
    #expect(document.texts(.relatedHeading, article: 0) == ["Related"])
  }
}

import Testing

@testable import ReaderCore

@Suite struct BylineAndDateTests {
  private func byline(_ line: String) -> Byline? { parsedByline(line) }

  private func date(_ text: String) -> CalendarDate? {
    let storage = TextStorage(copying: Array(text.utf8))
    return DateParser.parse(storage.bytes, 0..<storage.count)
  }

  @Test func authorWithDateInBrackets() {
    #expect(
      byline("by Ann Lee [2-13-2025 published].")
        == Byline(
          authors: ["Ann Lee"], description: nil, date: CalendarDate(year: 2025, month: 2, day: 13),
          dateText: "2-13-2025"))
  }

  @Test func descriptionAfterTheComma() {
    #expect(
      byline("By Ann Lee, Oslo-based writer [2024-03-01 published]")
        == Byline(
          authors: ["Ann Lee"], description: "Oslo-based writer",
          date: CalendarDate(year: 2024, month: 3, day: 1), dateText: "2024-03-01"))
  }

  @Test func severalAuthorsSplitOnAndAndAmpersand() {
    #expect(
      byline("BY Ann Lee and Bo Chen & Cy Diaz [March 5, 2024].")
        == Byline(
          authors: ["Ann Lee", "Bo Chen", "Cy Diaz"], description: nil,
          date: CalendarDate(year: 2024, month: 3, day: 5), dateText: "March 5, 2024"))
  }

  @Test func noDateAndNoPeriod() {
    #expect(
      byline("by Ann Lee")
        == Byline(authors: ["Ann Lee"], description: nil, date: nil, dateText: nil))
  }

  @Test func dateAfterACommaIsADateNotADescription() {
    #expect(
      byline("by Ann Lee, Feb. 3, 2024")
        == Byline(
          authors: ["Ann Lee"], description: nil, date: CalendarDate(year: 2024, month: 2, day: 3),
          dateText: "Feb. 3, 2024"))
  }

  @Test func sentencesStartingWithByAreNotBylines() {
    #expect(byline("By the way, this is text.") == nil)
    #expect(byline("by itself nothing") == nil)
    #expect(byline("bypass Ann") == nil)
  }

  @Test func threeDateForms() {
    #expect(date("2-13-2025") == CalendarDate(year: 2025, month: 2, day: 13))
    #expect(date("12-9-2024") == CalendarDate(year: 2024, month: 12, day: 9))
    #expect(date("2025-02-13") == CalendarDate(year: 2025, month: 2, day: 13))
    #expect(date("February 13, 2025") == CalendarDate(year: 2025, month: 2, day: 13))
    #expect(date("feb 13 2025") == CalendarDate(year: 2025, month: 2, day: 13))
    #expect(date("Sept. 3, 2024") == CalendarDate(year: 2024, month: 9, day: 3))
  }

  @Test func impossibleDatesAreRejected() {
    #expect(date("2-30-2025") == nil)
    #expect(date("2-29-2023") == nil)
    #expect(date("2-29-2024") == CalendarDate(year: 2024, month: 2, day: 29))
    #expect(date("13-1-2025") == nil)
    #expect(date("Foo 3, 2024") == nil)
    #expect(date("2025-02") == nil)
  }
}

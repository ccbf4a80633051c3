import Testing

@testable import ReaderCore

/// A date after the names with no brackets (`— DATE`, `| DATE`, `· DATE`, `• DATE`, `, DATE`), as the
/// reader's Markdown export and many sites write bylines.
@Suite struct BylineDateSeparatorTests {
  private func byline(_ line: String) -> Byline? { parsedByline(line) }

  @Test func theDateSplitsOffAfterEachSeparator() {
    let march3 = CalendarDate(year: 2024, month: 3, day: 3)
    for line in [
      "by Ann Lee — March 3, 2024", "By Ann Lee | March 3, 2024", "by Ann Lee · 2024-03-03",
      "by Ann Lee, 3-3-2024", "by Ann Lee – March 3, 2024.", "by Ann Lee - 2024-03-03",
      "By Ann Lee • March 3, 2024",
    ] {
      let found = byline(line)
      #expect(found?.authors == ["Ann Lee"], "\(line)")
      #expect(found?.date == march3, "\(line)")
    }
  }

  @Test func theDescriptionAndTheCaseOfTheNameStay() {
    let found = byline("by Georgiy Berezovsky, Vladikavkaz-based journalist — 2025-02-13")
    #expect(found?.authors == ["Georgiy Berezovsky"])
    #expect(found?.description == "Vladikavkaz-based journalist")
    #expect(found?.dateText == "2025-02-13")
    #expect(byline("by RT — 2025-02-13")?.authors == ["RT"])
    // Dates are written with hyphens: a hyphen cuts only between spaces, before a date.
    #expect(byline("by Mary-Jane O'Neil")?.authors == ["Mary-Jane O'Neil"])
    #expect(byline("by Ann Lee - Oslo")?.date == nil)
    #expect(
      byline("by Bob Roe and Carl Dane — March 3, 2024")?.authors == ["Bob Roe", "Carl Dane"])
  }

  @Test func aDateAfterTheNamesAloneSplitsOffToo() throws {
    let found = byline("By Ines Holt April 9, 2023")
    #expect(found?.authors == ["Ines Holt"])
    #expect(found?.date == CalendarDate(year: 2023, month: 4, day: 9))
    #expect(found?.description == nil)
    #expect(byline("by Oren Pike 2023-04-09")?.authors == ["Oren Pike"])
    // A number that is no date stays in the line as it was.
    #expect(byline("by Oren Pike 2023")?.date == nil)
    // Wrapped onto the byline's second line.
    let document = try parse(
      "Salt roads\n\nBy Ines Holt\nApril 9, 2023\n\nThe salt came by cart.\n")
    #expect(document.articles.first?.authors == ["Ines Holt"])
    #expect(document.articles.first?.dateText == "April 9, 2023")
  }
}

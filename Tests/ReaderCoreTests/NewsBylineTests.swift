import Testing

@testable import ReaderCore

/// Bylines as news sites and newsletters write them: parts strung together with bars, bullets,
/// middle dots and spaced dashes, dates with a weekday, an ordinal day, a time of day or dots.
/// No part after a separator is a name, and the date is found wherever it stands.
@Suite struct NewsBylineTests {
  @Test func aReadingTimeIsNeitherNameNorDescription() {
    #expect(parsedByline("By Ann Lee • 5 min read") == Byline(authors: ["Ann Lee"]))
    #expect(parsedByline("By Ann Lee | 12 minute read") == Byline(authors: ["Ann Lee"]))
  }

  @Test func aDateBetweenTwoPartsIsTheDate() {
    let byline = parsedByline("By Ann Lee and Bo Chen | March 3, 2024 | 5 min read")
    #expect(byline?.authors == ["Ann Lee", "Bo Chen"])
    #expect(byline?.date == CalendarDate(year: 2024, month: 3, day: 3))
    #expect(byline?.description == nil)
    let described = parsedByline("By Ann Lee - Staff Writer - March 3, 2024")
    #expect(described?.authors == ["Ann Lee"])
    #expect(described?.description == "Staff Writer")
    #expect(described?.dateText == "March 3, 2024")
  }

  /// A sentence after the names says more about them; initials and titles end no sentence.
  @Test func aSecondSentenceIsTheDescription() {
    #expect(
      parsedByline("By Ann Lee. Translated from the Spanish by Bo Chen.")
        == Byline(authors: ["Ann Lee"], description: "Translated from the Spanish by Bo Chen"))
    #expect(
      parsedByline("By Ann Lee and Bo Chen. Photographs by Cara Lind [3-3-2024 published].")
        == Byline(
          authors: ["Ann Lee", "Bo Chen"], description: "Photographs by Cara Lind",
          date: CalendarDate(year: 2024, month: 3, day: 3), dateText: "3-3-2024"))
    #expect(parsedByline("By J. R. Ward")?.authors == ["J. R. Ward"])
    #expect(parsedByline("By Mary St. John")?.authors == ["Mary St. John"])
    #expect(parsedByline("By Dr. Ann Lee")?.authors.count == 1)
  }

  @Test func aSpacedDashOrDotSetsADescriptionApart() {
    #expect(
      parsedByline("By Jean-Luc Picard – Captain")
        == Byline(authors: ["Jean-Luc Picard"], description: "Captain"))
    #expect(
      parsedByline("By Ann Lee · Harbour Weekly")
        == Byline(authors: ["Ann Lee"], description: "Harbour Weekly"))
  }

  @Test func datesDressedUpAreStillTheirDate() {
    let march3 = CalendarDate(year: 2024, month: 3, day: 3)
    for line in [
      "By Ann Lee · Sunday, March 3, 2024",
      "By Ann Lee, Sun. Mar 3, 2024",
      "By Ann Lee, March 3rd, 2024",
      "By Ann Lee, 3rd March 2024",
      "By Ann Lee on 2024-03-03T10:00:00Z",
      "By Ann Lee, 2024-03-03T10:00:00+02:00",
      "By Ann Lee, Updated March 3, 2024 at 5:00 p.m. EST",
      "By Ann Lee, March 3, 2024, 10:00 AM",
      "By Ann Lee | Mar 3, 2024 @ 10:00",
      "By Ann Lee – 03.03.2024",
    ] {
      let byline = parsedByline(line)
      #expect(byline?.authors == ["Ann Lee"], "\(line)")
      #expect(byline?.date == march3, "\(line)")
    }
    // Dots are day first.
    #expect(
      parsedByline("By Ann Lee – 04.03.2024")?.date == CalendarDate(year: 2024, month: 3, day: 4))
  }

  @Test func aTimeOrAWordAloneIsNoDate() {
    #expect(parsedByline("By Ann Lee, 10:30")?.date == nil)
    #expect(parsedByline("By Ann Lee, Sunday")?.date == nil)
    #expect(parsedByline("By Ann Lee, March 3rdly, 2024")?.date == nil)
    #expect(parsedByline("By Ann Lee, 31.02.2024")?.date == nil)
  }

  /// The date forms hold in a related link's brackets too.
  @Test func aRelatedLinksDateMayBeDressedUp() throws {
    let document = try parse(
      "Title one\n\nby Ann Lee.\n\nBody text.\n\nRelated\n\n"
        + "The harbour reopens [Sunday, March 3rd, 2024]\n")
    #expect(document.articles[0].related.first?.date == CalendarDate(year: 2024, month: 3, day: 3))
  }
}

import Testing

@testable import ReaderCore

/// What a byline says after its names besides a description: an agency in parentheses or
/// brackets, who the names write for, a credit after a semicolon, a date with slashes. None of
/// it is part of a name.
@Suite struct BylineAsideTests {
  @Test func anAgencyInParenthesesOrBracketsIsDescription() {
    #expect(parsedByline("By Ann Lee (AP)") == Byline(authors: ["Ann Lee"], description: "AP"))
    #expect(
      parsedByline("By Ann Lee and Bob Roe (AFP)")
        == Byline(authors: ["Ann Lee", "Bob Roe"], description: "AFP"))
    #expect(parsedByline("By Ann Lee [AP]") == Byline(authors: ["Ann Lee"], description: "AP"))
    // A date in brackets is still the date, and life dates stay the name's description.
    #expect(parsedByline("By Ann Lee [3-4-2021 published].")?.dateText == "3-4-2021")
    #expect(parsedByline("by Ann Lee (1902–1980)")?.description == "(1902–1980)")
  }

  @Test func whoTheNamesWriteForIsDescription() {
    #expect(
      parsedByline("By Ann Lee of the BBC")
        == Byline(authors: ["Ann Lee"], description: "of the BBC"))
    #expect(
      parsedByline("By Ann Lee for Reuters, London")
        == Byline(authors: ["Ann Lee"], description: "for Reuters, London"))
  }

  @Test func aCreditAfterASemicolonIsDescription() {
    #expect(
      parsedByline("Story by Ann Lee; photos by Bob Roe")
        == Byline(authors: ["Ann Lee"], description: "photos by Bob Roe"))
  }

  /// A bar after the names sets a credit or a role apart as a semicolon does; a date after
  /// one is still the date.
  @Test func aCreditAfterABarIsDescription() {
    #expect(
      parsedByline("By Cy Dee | Photos by Eve Fox")
        == Byline(authors: ["Cy Dee"], description: "Photos by Eve Fox"))
    #expect(
      parsedByline("By Cy Dee | Staff Writer")
        == Byline(authors: ["Cy Dee"], description: "Staff Writer"))
    let dated = parsedByline("By Cy Dee | Staff Writer | May 3, 2024")
    #expect(dated?.authors == ["Cy Dee"])
    #expect(dated?.description == "Staff Writer")
    #expect(dated?.date == CalendarDate(year: 2024, month: 5, day: 3))
  }

  @Test func aDateWithSlashesIsTheDate() {
    let byline = parsedByline("By Ann Lee, 03/04/2021")
    #expect(byline?.authors == ["Ann Lee"])
    #expect(byline?.description == nil)
    #expect(byline?.date == CalendarDate(year: 2021, month: 3, day: 4))
    #expect(byline?.dateText == "03/04/2021")
    // Both separators alike, month first as in `M-D-YYYY`.
    #expect(parsedByline("By Ann Lee, 03/04-2021")?.date == nil)
  }

  /// A dash before `by`, or an `Author:` label, starts a byline too.
  @Test func aDashOrAnAuthorLabelStartsAByline() {
    for line in ["— by Kai Nakamura", "-- by Kai Nakamura", "Author: Kai Nakamura"] {
      #expect(parsedByline(line) == Byline(authors: ["Kai Nakamura"]), "\(line)")
    }
    #expect(parsedByline("— Kai Nakamura") == nil)
    #expect(parsedByline("Authority: Kai Nakamura") == nil)
  }
}

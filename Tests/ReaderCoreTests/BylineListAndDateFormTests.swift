import Testing

@testable import ReaderCore

/// Bylines as sites write them: a list of names without the serial comma, dates day first,
/// after `on`, `Updated` or `Published`, or in parentheses, and names that start with a
/// joined particle (`d’Artagnan`, `al-Hassan`).
@Suite struct BylineListAndDateFormTests {
  private func byline(_ line: String) -> Byline? { parsedByline(line) }

  @Test func aListWithoutTheSerialCommaIsSeveralAuthors() {
    let three = ["Ann Lee", "Bob Roe", "Carl Dane"]
    for line in [
      "by Ann Lee, Bob Roe and Carl Dane [3-3-2024 published].", "by Ann Lee, Bob Roe & Carl Dane",
      "by Ann Lee, Bob Roe, and Carl Dane",
    ] {
      #expect(byline(line)?.authors == three, "\(line)")
      #expect(byline(line)?.description == nil, "\(line)")
    }
    let described = byline("by Ann Lee, Bob Roe and Carl Dane, correspondents")
    #expect(described?.authors == three)
    #expect(described?.description == "correspondents")
    // A description written the same way stays one: its words describe rather than name.
    let found = byline("by Ann Lee, Senior Editor and Staff Writer")
    #expect(found?.authors == ["Ann Lee"])
    #expect(found?.description == "Senior Editor and Staff Writer")
    #expect(
      byline("by Robert Ball, Professor of Astronomy and Geometry")?.authors == ["Robert Ball"])
  }

  @Test func moreDateFormsSplitOff() {
    let march3 = CalendarDate(year: 2024, month: 3, day: 3)
    for (line, written) in [
      ("by Ann Lee — 3 March 2024", "3 March 2024"),
      ("by Ann Lee (March 3, 2024)", "March 3, 2024"),
      ("by Ann Lee on March 3, 2024", "March 3, 2024"),
      ("by Ann Lee | Updated March 3, 2024", "March 3, 2024"),
      ("by Ann Lee — Published: 3 Mar. 2024", "3 Mar. 2024"),
      ("by Ann Lee, Mar. 3, 2024", "Mar. 3, 2024"),
    ] {
      let found = byline(line)
      #expect(found?.authors == ["Ann Lee"], "\(line)")
      #expect(found?.date == march3, "\(line)")
      #expect(found?.dateText == written, "\(line)")
    }
  }

  @Test func namesWithAJoinedParticleAreBylines() {
    let hassan = byline("by al-Hassan ibn Ali — 2024-03-05")
    #expect(hassan?.authors == ["al-Hassan ibn Ali"])
    #expect(hassan?.date == CalendarDate(year: 2024, month: 3, day: 5))
    #expect(byline("by d’Artagnan")?.authors == ["d’Artagnan"])
    // A lower-case word before a hyphen or apostrophe is not a particle of a name.
    #expect(byline("by well-Known means we got there") == nil)
    #expect(byline("by don't") == nil)
  }

  @Test func theArticlesOfAFileGetTheseBylines() throws {
    let document = try parse(
      """
      First title

      by Ann Lee, Bob Roe and Carl Dane

      Body one.

      Second title

      by d’Artagnan on 3 March 2024

      Body two.
      """)
    try #require(document.articles.count == 2)
    #expect(document.articles.map(\.title) == ["First title", "Second title"])
    #expect(
      document.articles.map(\.authors) == [["Ann Lee", "Bob Roe", "Carl Dane"], ["d’Artagnan"]])
    #expect(document.articles[1].date == CalendarDate(year: 2024, month: 3, day: 3))
  }
}

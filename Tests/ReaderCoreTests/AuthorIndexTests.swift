import ReaderCore
import Testing

@Suite struct AuthorIndexTests {
  @Test func keepsFirstSpellingAndIgnoresCase() {
    var index = AuthorIndex()
    index.add("Ada Lovelace", article: 0)
    index.add("ADA LOVELACE", article: 2)
    index.add("Grace Hopper", article: 1)
    #expect(index.entries.map(\.name) == ["Ada Lovelace", "Grace Hopper"])
    #expect(index.entry(named: "ada lovelace")?.articles == [0, 2])
  }

  @Test func matchesSurnameWhenNoFullNameMatches() {
    var index = AuthorIndex()
    index.add("Ada Lovelace", article: 0)
    index.add("Grace Hopper", article: 1)
    #expect(index.matches("hopper").map(\.name) == ["Grace Hopper"])
    #expect(index.matches("Grace").isEmpty)
  }

  /// A name typed with the keyboard's apostrophe and hyphen finds one written with
  /// typographic ones, and the other way round.
  @Test func apostrophesAndHyphensAreFolded() {
    var index = AuthorIndex()
    index.add("Seán O’Brien‐Łukasiewicz", article: 0)
    index.add("Ann O'Hara", article: 1)
    #expect(index.entry(named: "seán o'brien-łukasiewicz")?.articles == [0])
    #expect(index.entry(named: "ann o’hara")?.articles == [1])
    #expect(index.matches("O'Brien-Łukasiewicz").map(\.name) == ["Seán O’Brien‐Łukasiewicz"])
  }

  @Test func calendarDateIsISO() {
    #expect(CalendarDate(year: 2025, month: 2, day: 3).iso == "2025-02-03")
  }
}

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

  @Test func calendarDateIsISO() {
    #expect(CalendarDate(year: 2025, month: 2, day: 3).iso == "2025-02-03")
  }
}

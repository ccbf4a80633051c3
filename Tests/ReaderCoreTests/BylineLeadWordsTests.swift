import Testing

@testable import ReaderCore

/// Bylines that say what the names did before `by`: `Written by`, `Words by`, `Story and
/// photos by`. Other words before `by` keep a line from being a byline.
@Suite struct BylineLeadWordsTests {
  @Test func wordsSayingWhatTheNamesDidMayComeBeforeBy() {
    #expect(parsedByline("Written by Jane Doe [3-3-2024 published].")?.authors == ["Jane Doe"])
    #expect(parsedByline("Written by Jane Doe [3-3-2024 published].")?.dateText == "3-3-2024")
    #expect(parsedByline("Words by Max Roe & Li Wei")?.authors == ["Max Roe", "Li Wei"])
    #expect(parsedByline("Story and photos by Ana Ruiz")?.authors == ["Ana Ruiz"])
    #expect(parsedByline("WRITTEN BY JANE DOE")?.authors == ["Jane Doe"])
  }

  @Test func otherWordsBeforeByAreNoByline() {
    #expect(parsedByline("Stopped by Jane Doe") == nil)
    #expect(parsedByline("And by Jane Doe") == nil)
    #expect(parsedByline("Written by a committee of the harbour board") == nil)
    #expect(parsedByline("Written long ago by Jane Doe") == nil)
  }
}

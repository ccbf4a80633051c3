import Testing

@testable import ReaderCore

/// How the suggestions score against sentences marked by hand before the ranking first ran.
@Suite struct SuggestionQualityTests {
  @Test func fixtureSuggestionsAgainstTheHandMarkedSentences() throws {
    let document = try parse(SuggestionFixture.text)
    #expect(document.articles.count == 4)
    let suggestions = KeySentences.suggest(in: document)
    var right = 0
    var marked = 0
    for (number, truth) in SuggestionTruth.keySentences {
      marked += truth.count
      for suggestion in suggestions where suggestion.article == number - 1 {
        let hit = truth.contains { suggestion.text.contains($0) }
        if hit { right += 1 }
        print("suggested \(number) \(hit ? "✓" : "✗") \(suggestion.text.prefix(90))")
      }
    }
    let precision = Double(right) / Double(max(1, suggestions.count))
    let recall = Double(right) / Double(marked)
    print(
      "suggestions: \(suggestions.count), right: \(right), precision \(precision), recall \(recall)"
    )
    #expect(!suggestions.isEmpty)
  }
}

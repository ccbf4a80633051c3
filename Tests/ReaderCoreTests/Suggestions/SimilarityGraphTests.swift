import Testing

@testable import ReaderCore

/// Which sentences the ranking compares: every pair in an article of ordinary length, only
/// near neighbours in a long one, so that the work grows with the sentence count.
@Suite struct SimilarityGraphTests {
  /// Pairs `i < j` with `j - i <= radius` among `count` sentences.
  private func pairs(_ count: Int, radius: Int) -> Int {
    (1...max(1, radius)).reduce(0) { $0 + max(0, count - $1) }
  }

  @Test func anArticleOfUpToTwoThousandSentencesComparesEveryPair() {
    for count in [2, 100, 2_000] {
      #expect(SimilarityGraph.radius(for: count) == count - 1, "\(count) sentences")
    }
    #expect(SimilarityGraph.radius(for: 1) == 0)
  }

  @Test func aLongerArticleComparesAtMostItsBudgetOrSixteenNeighboursASide() {
    for count in [2_001, 5_000, 20_000, 200_000, 2_000_000] {
      let radius = SimilarityGraph.radius(for: count)
      let bound = max(
        SimilarityGraph.pairBudget, count * SimilarityGraph.minimumRadius)
      #expect(radius >= SimilarityGraph.minimumRadius, "\(count) sentences")
      #expect(pairs(count, radius: radius) <= bound, "\(count) sentences: radius \(radius)")
    }
  }

  @Test func theGraphComparesExactlyThePairsWithinTheRadiusAndLinksTheAlikeOnes() {
    // Sentence i holds term i % 3 and term 3 + i / 10: alike every third sentence, and more
    // alike within a run of ten.
    let idf = Array(repeating: 1.0, count: 20)
    let vectors = (0..<100).map { TermVector(counts: [$0 % 3: 1, 3 + $0 / 10: 1], idf: idf) }
    let graph = SimilarityGraph(vectors: vectors, threshold: 0.03, radius: 5)
    #expect(graph.pairsCompared == pairs(100, radius: 5))
    var linked: [(Int, Int)] = []
    for i in 0..<100 {
      for link in graph.links(from: i) { linked.append((i, Int(graph.partners[link]))) }
    }
    var expected: [(Int, Int)] = []
    for i in 0..<100 {
      for j in (i + 1)..<min(100, i + 6) where i % 3 == j % 3 || i / 10 == j / 10 {
        expected.append((i, j))
      }
    }
    #expect(linked.map { "\($0.0)-\($0.1)" } == expected.map { "\($0.0)-\($0.1)" })
  }
}

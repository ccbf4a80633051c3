/// PageRank over a weighted, undirected graph of sentences (TextRank, LexRank's continuous
/// form), personalised: the random jump lands on a sentence in proportion to its prior, so
/// position and likeness to the dek count without outweighing how central a sentence is.
enum TextRank {
  static let damping = 0.85
  static let maximumIterations = 200
  static let tolerance = 1e-10

  /// The stationary rank of each node. `weights[i][j]` is the edge between i and j (0 for
  /// none, symmetric); `priors` need not sum to 1.
  static func ranks(weights: [[Double]], priors: [Double]) -> [Double] {
    let count = priors.count
    guard count > 0 else { return [] }
    let priorSum = priors.reduce(0, +)
    let jump =
      priorSum > 0
      ? priors.map { $0 / priorSum } : Array(repeating: 1 / Double(count), count: count)
    let rowSums = weights.map { $0.reduce(0, +) }
    var rank = jump
    for _ in 0..<maximumIterations {
      // What dangling sentences (no edges) hold goes back through the jump.
      var dangling = 0.0
      for i in 0..<count where rowSums[i] == 0 { dangling += rank[i] }
      var next = jump.map { (1 - damping + damping * dangling) * $0 }
      for i in 0..<count where rowSums[i] > 0 {
        let share = damping * rank[i] / rowSums[i]
        let row = weights[i]
        for j in 0..<count where row[j] > 0 { next[j] += share * row[j] }
      }
      var change = 0.0
      for i in 0..<count { change += abs(next[i] - rank[i]) }
      rank = next
      if change < tolerance { break }
    }
    return rank
  }
}

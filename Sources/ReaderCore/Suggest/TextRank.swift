/// PageRank over a weighted, undirected graph of sentences (TextRank, LexRank's continuous
/// form), personalised: the random jump lands on a sentence in proportion to its prior, so
/// position and likeness to the dek count without outweighing how central a sentence is.
enum TextRank {
  static let damping = 0.85
  static let maximumIterations = 200
  static let tolerance = 1e-10

  /// The stationary rank of each node of `graph`; `priors` (one a node) need not sum to 1.
  /// Each node's sums take its links in the order of their other ends, as a full matrix's
  /// rows would, so a graph of every pair ranks exactly as that matrix did.
  static func ranks(graph: SimilarityGraph, priors: [Double]) -> [Double] {
    let count = priors.count
    guard count > 0 else { return [] }
    let priorSum = priors.reduce(0, +)
    let jump =
      priorSum > 0
      ? priors.map { $0 / priorSum } : Array(repeating: 1 / Double(count), count: count)
    var rowSums = Array(repeating: 0.0, count: count)
    for i in 0..<count {
      for link in graph.links(from: i) {
        rowSums[i] += graph.weights[link]
        rowSums[Int(graph.partners[link])] += graph.weights[link]
      }
    }
    var rank = jump
    var share = Array(repeating: 0.0, count: count)
    for _ in 0..<maximumIterations {
      // What dangling sentences (no links) hold goes back through the jump.
      var dangling = 0.0
      for i in 0..<count {
        if rowSums[i] == 0 {
          dangling += rank[i]
          share[i] = 0
        } else {
          share[i] = damping * rank[i] / rowSums[i]
        }
      }
      var next = jump.map { (1 - damping + damping * dangling) * $0 }
      for i in 0..<count {
        for link in graph.links(from: i) {
          let j = Int(graph.partners[link])
          let weight = graph.weights[link]
          next[j] += share[i] * weight
          next[i] += share[j] * weight
        }
      }
      var change = 0.0
      for i in 0..<count { change += abs(next[i] - rank[i]) }
      rank = next
      if change < tolerance { break }
    }
    return rank
  }
}

/// The sentences of one article linked by the cosine similarity of their terms, each link
/// stored once (from the earlier sentence to the later). Every pair is compared in an article
/// of up to about 2,000 sentences; in a longer one each sentence only with its neighbours
/// within `radius(for:)`, so that the pairs compared, and the links kept, grow with the
/// sentence count rather than with its square (20,000 sentences compared pair by pair took
/// 3.1 GB and most of a minute).
struct SimilarityGraph {
  /// How many pairs an article may compare in all before its sentences are compared only
  /// with their neighbours.
  static let pairBudget = 2_000_000
  /// How many neighbours on each side a sentence is compared with however long the article.
  static let minimumRadius = 16

  /// How many sentences `count` nodes have; the links of node `i` are at
  /// `linkStart[i]..<linkStart[i + 1]` of `partners` and `weights`, partners ascending.
  let count: Int
  private(set) var linkStart: [Int] = [0]
  private(set) var partners: [Int32] = []
  private(set) var weights: [Double] = []
  /// How many cosines were taken to build it.
  private(set) var pairsCompared = 0

  /// How far apart two of `count` sentences may stand and still be compared.
  static func radius(for count: Int) -> Int {
    guard count > 1 else { return 0 }
    if count * (count - 1) / 2 <= pairBudget { return count - 1 }
    // `count` sentences compared with `radius` later ones each make at most the budget.
    return max(minimumRadius, pairBudget / count)
  }

  /// Links each pair at most `radius` apart (by default the article's) whose similarity
  /// passes `threshold`.
  init(vectors: [TermVector], threshold: Double, radius: Int? = nil) {
    count = vectors.count
    let radius = radius ?? SimilarityGraph.radius(for: count)
    linkStart.reserveCapacity(count + 1)
    for i in 0..<count {
      let last = min(count - 1, i + radius)
      if i < last {
        for j in (i + 1)...last {
          pairsCompared += 1
          let similarity = vectors[i].cosine(vectors[j])
          if similarity > threshold {
            partners.append(Int32(j))
            weights.append(similarity)
          }
        }
      }
      linkStart.append(partners.count)
    }
  }

  /// The links of node `i` to later nodes.
  func links(from i: Int) -> Range<Int> { linkStart[i]..<linkStart[i + 1] }
}

/// The terms of a document's sentences, each given an id in the order first met, with how
/// many sentences hold each: what the IDF divides by. Sentences keep their terms as ids, so a
/// term is hashed once, and 200,000 sentences do not hold two million strings.
struct Vocabulary {
  private var ids: [String: Int] = [:]
  /// How many sentences hold each term, by id.
  private var sentencesHolding: [Int] = []
  /// The sentence each term was last counted for: a term twice in a sentence counts once.
  private var lastCounted: [Int] = []
  private var sentenceCount = 0

  /// The ids of one more sentence's `terms`, in their order; a new term takes the next id.
  mutating func add(sentence terms: [String]) -> [Int32] {
    sentenceCount += 1
    return terms.map { term in
      let id = ids[term] ?? newID(for: term)
      if lastCounted[id] != sentenceCount {
        lastCounted[id] = sentenceCount
        sentencesHolding[id] += 1
      }
      return Int32(id)
    }
  }

  /// The id of a term some sentence holds, nil for any other.
  func id(of term: String) -> Int? { ids[term] }

  /// Each term's inverse document frequency over the sentences added, by id.
  func inverseFrequencies() -> [Double] {
    sentencesHolding.map { NaturalLog.of(1 + Double(sentenceCount) / Double($0)) }
  }

  private mutating func newID(for term: String) -> Int {
    let id = sentencesHolding.count
    ids[term] = id
    sentencesHolding.append(0)
    lastCounted.append(0)
    return id
  }
}

/// The word of `candidates` nearest to `word` (at most two edits away), for "did you mean".
public func closest(to word: String, among candidates: [String]) -> String? {
  let scored = candidates.map { (word: $0, distance: editDistance($0, word)) }
  return scored.filter { $0.distance <= 2 }.min { $0.distance < $1.distance }?.word
}

/// `; did you mean 'mouse'?`, or nothing when no candidate is near.
public func didYouMean(_ word: String, among candidates: [String]) -> String {
  closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
}

/// Levenshtein distance between two short words, for "did you mean".
public func editDistance(_ first: String, _ second: String) -> Int {
  let a = Array(first.utf8)
  let b = Array(second.utf8)
  // previous[j]: the distance between the first i - 1 bytes of a and the first j of b.
  var previous = Array(0...b.count)
  for i in a.indices {
    var current = [i + 1]
    for j in b.indices {
      let substitution = previous[j] + (a[i] == b[j] ? 0 : 1)
      current.append(min(previous[j + 1] + 1, current[j] + 1, substitution))
    }
    previous = current
  }
  return previous[b.count]
}

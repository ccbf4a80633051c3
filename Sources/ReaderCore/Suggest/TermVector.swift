/// A sentence as weighted terms (TF-IDF), sorted by term id so that two are compared in one
/// merge and every sum is taken in the same order on every run.
struct TermVector {
  private(set) var terms: [Int] = []
  private(set) var weights: [Double] = []
  private(set) var norm = 0.0

  /// `counts` holds (term id, count) pairs in any order; `idf` is indexed by term id.
  init(counts: [Int: Int], idf: [Double]) {
    for term in counts.keys.sorted() {
      let weight = Double(counts[term]!) * idf[term]
      guard weight > 0 else { continue }
      terms.append(term)
      weights.append(weight)
      norm += weight * weight
    }
    norm = norm.squareRoot()
  }

  var isEmpty: Bool { terms.isEmpty }

  /// The cosine of the angle between the two vectors, 0 when either is empty.
  func cosine(_ other: TermVector) -> Double {
    guard norm > 0, other.norm > 0 else { return 0 }
    var dot = 0.0
    var i = 0
    var j = 0
    while i < terms.count && j < other.terms.count {
      if terms[i] == other.terms[j] {
        dot += weights[i] * other.weights[j]
        i += 1
        j += 1
      } else if terms[i] < other.terms[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return dot / (norm * other.norm)
  }
}

/// Splits text into the terms the ranking compares: lower-cased runs of letters and digits,
/// a possessive `'s` dropped, a plural `s` dropped from longer words, stopwords left out.
enum Terms {
  static func of(_ text: String) -> [String] {
    var result: [String] = []
    var word = ""
    func flush() {
      defer { word = "" }
      guard word.count > 2, !Stopwords.words.contains(word) else { return }
      if word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
        word.removeLast()
      }
      result.append(word)
    }
    var characters = Array(text.lowercased())
    characters.append(" ")
    for (index, character) in characters.enumerated() {
      if isWordCharacter(character) {
        word.append(character)
      } else if (character == "'" || character == "’") && index + 1 < characters.count
        && characters[index + 1] == "s"
        && (index + 2 >= characters.count || !characters[index + 2].isLetter)
      {
        flush()
      } else if character == "-" && !word.isEmpty && index + 1 < characters.count
        && characters[index + 1].isLetter
      {
        word.append(character)
      } else {
        flush()
      }
    }
    return result
  }

  /// Whether `character` is part of a word: a letter or a digit. ASCII is answered without
  /// Unicode's property tables, which took a quarter of the ranking's time.
  static func isWordCharacter(_ character: Character) -> Bool {
    if let ascii = character.asciiValue {
      let lower = ascii | 0x20
      return (lower >= 0x61 && lower <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39)
    }
    return character.isLetter || character.isNumber
  }

  /// How many words (runs of letters or digits) the text holds.
  static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for character in text {
      let letter = isWordCharacter(character)
      if letter && !inWord { count += 1 }
      inWord = letter
    }
    return count
  }
}

/// Cuts a paragraph into sentences for ranking: after `.`, `!`, `?` or `…` (and any closing
/// quotes or brackets) when a space and then something other than a lower-case letter follow,
/// but not after an initial (`William F. Buckley`) or a common abbreviation (`Mr.`, `Dr.`).
enum SentenceSplitter {
  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "no", "gen",
    "col", "lt", "gov", "sen", "rep", "rev", "mt", "ft", "inc", "ltd", "co", "u.s", "u.k",
  ]

  /// The sentences of `text`, each without the spaces around it.
  static func sentences(_ text: String) -> [String] {
    let characters = Array(text)
    var result: [String] = []
    var start = 0
    var index = 0
    while index < characters.count {
      guard isTerminator(characters[index]) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < characters.count && (isCloser(characters[end]) || isTerminator(characters[end])) {
        end += 1
      }
      let spaceFollows = end < characters.count && characters[end].isWhitespace
      if end == characters.count
        || (spaceFollows && startsSentence(characters, after: end)
          && !endsInAbbreviation(characters, start: start, period: index))
      {
        append(characters[start..<end], to: &result)
        start = end
      }
      index = end
    }
    append(characters[start...], to: &result)
    return result
  }

  private static func append(_ piece: ArraySlice<Character>, to result: inout [String]) {
    let trimmed = piece.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
    if !trimmed.isEmpty { result.append(String(trimmed)) }
  }

  /// Whether the next thing after the spaces from `index` may begin a sentence.
  private static func startsSentence(_ characters: [Character], after index: Int) -> Bool {
    var next = index
    while next < characters.count && characters[next].isWhitespace { next += 1 }
    guard next < characters.count else { return true }
    return !characters[next].isLowercase
  }

  /// Whether the word ending at the period `period` is an initial or an abbreviation.
  private static func endsInAbbreviation(_ characters: [Character], start: Int, period: Int)
    -> Bool
  {
    guard characters[period] == "." else { return false }
    var first = period
    while first > start && !characters[first - 1].isWhitespace && characters[first - 1] != "(" {
      first -= 1
    }
    let word = String(characters[first..<period]).lowercased()
    if word.count == 1, characters[first].isUppercase { return true }
    return abbreviations.contains(word)
  }

  private static func isTerminator(_ character: Character) -> Bool {
    character == "." || character == "!" || character == "?" || character == "…"
  }

  private static func isCloser(_ character: Character) -> Bool {
    "\"'”’»)]".contains(character)
  }
}

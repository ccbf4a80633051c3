/// Cuts a paragraph into sentences for ranking: after `.`, `!`, `?` or `…` (and any closing
/// quotes or brackets) when a space and then something other than a lower-case letter follow,
/// but not after an initial (`William F. Buckley`) or a common abbreviation (`Mr.`, `Dr.`).
/// It walks the text's own indices: a paragraph of 15 MB as an array of characters was 240 MB.
enum SentenceSplitter {
  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "no", "gen",
    "col", "lt", "gov", "sen", "rep", "rev", "mt", "ft", "inc", "ltd", "co", "u.s", "u.k",
  ]
  /// No abbreviation above is longer, so a longer word before a period needs no look.
  private static let longestAbbreviation = 4

  /// The sentences of `text`, each without the spaces around it.
  static func sentences(_ text: String) -> [String] {
    var result: [String] = []
    var start = text.startIndex
    var index = start
    while index < text.endIndex {
      guard isTerminator(text[index]) else {
        text.formIndex(after: &index)
        continue
      }
      var end = text.index(after: index)
      while end < text.endIndex && (isCloser(text[end]) || isTerminator(text[end])) {
        text.formIndex(after: &end)
      }
      let spaceFollows = end < text.endIndex && text[end].isWhitespace
      if end == text.endIndex
        || (spaceFollows && startsSentence(text, after: end)
          && !endsInAbbreviation(text, start: start, period: index))
      {
        append(text[start..<end], to: &result)
        start = end
      }
      index = end
    }
    append(text[start...], to: &result)
    return result
  }

  private static func append(_ piece: Substring, to result: inout [String]) {
    guard let first = piece.firstIndex(where: { !$0.isWhitespace }),
      let last = piece.lastIndex(where: { !$0.isWhitespace })
    else { return }
    result.append(String(piece[first...last]))
  }

  /// Whether the next thing after the spaces from `index` may begin a sentence.
  private static func startsSentence(_ text: String, after index: String.Index) -> Bool {
    guard let next = text[index...].firstIndex(where: { !$0.isWhitespace }) else { return true }
    return !text[next].isLowercase
  }

  /// Whether the word ending at the period `period` is an initial or an abbreviation. Only
  /// the few characters an abbreviation can have are looked at, so a paragraph that is one
  /// long run of periods without spaces is not walked back over at each of them.
  private static func endsInAbbreviation(
    _ text: String, start: String.Index, period: String.Index
  ) -> Bool {
    guard text[period] == "." else { return false }
    var first = period
    var length = 0
    while first > start {
      let previous = text.index(before: first)
      if text[previous].isWhitespace || text[previous] == "(" { break }
      guard length < longestAbbreviation else { return false }
      first = previous
      length += 1
    }
    let word = String(text[first..<period]).lowercased()
    if word.count == 1, text[first].isUppercase { return true }
    return abbreviations.contains(word)
  }

  /// ASCII is told by its byte: comparing characters compares strings, every character of
  /// the paragraph four times over.
  private static func isTerminator(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return character == "…" }
    return ascii == UInt8(ascii: ".") || ascii == UInt8(ascii: "!") || ascii == UInt8(ascii: "?")
  }

  private static func isCloser(_ character: Character) -> Bool {
    "\"'”’»)]".contains(character)
  }
}

/// Case-insensitive substring search over display text, in `Character` offsets.
struct TextSearch: Sendable {
  let query: String
  let needle: [Character]
  private let folded: [String]

  init(_ query: String) {
    self.query = query
    needle = Array(query)
    folded = needle.map { TextSearch.fold($0) }
  }

  var isEmpty: Bool { needle.isEmpty }

  /// Offsets of every non-overlapping occurrence in `text`.
  func offsets(in text: String) -> [Int] {
    guard !needle.isEmpty else { return [] }
    let characters = Array(text)
    guard characters.count >= needle.count else { return [] }
    var result: [Int] = []
    var start = 0
    while start + needle.count <= characters.count {
      if matches(characters, at: start) {
        result.append(start)
        start += needle.count
      } else {
        start += 1
      }
    }
    return result
  }

  private func matches(_ characters: [Character], at start: Int) -> Bool {
    for index in 0..<needle.count {
      let character = characters[start + index]
      let ascii = character.asciiValue
      let wanted = needle[index].asciiValue
      if let ascii, let wanted {
        if TextSearch.lowerASCII(ascii) != TextSearch.lowerASCII(wanted) { return false }
        continue
      }
      // Comparing characters is slow (canonical equivalence): an ASCII character against
      // another is settled here, unless it is one of the few other characters fold or
      // normalise to (the Kelvin sign, the Greek question mark, U+1FEF).
      if let lone = ascii ?? wanted, !TextSearch.hasNonASCIITwin(lone) { return false }
      if character == needle[index] { continue }
      if TextSearch.fold(character) != folded[index] { return false }
    }
    return true
  }

  private static func hasNonASCIITwin(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "k") || byte == UInt8(ascii: "K") || byte == UInt8(ascii: ";")
      || byte == UInt8(ascii: "`")
  }

  private static func lowerASCII(_ byte: UInt8) -> UInt8 {
    byte >= 65 && byte <= 90 ? byte + 32 : byte
  }

  private static func fold(_ character: Character) -> String { character.lowercased() }
}

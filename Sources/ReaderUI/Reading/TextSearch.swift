/// Case-insensitive substring search over display text, in `Character` offsets. A straight
/// quote or hyphen typed finds its typographic forms too (`'` finds `’` and `‘`, `"` finds
/// `“` and `”`, `-` finds `–` and `—`): a reader types what the keyboard has.
struct TextSearch: Sendable {
  let query: String
  let needle: [Character]
  private let folded: [String]
  /// The needle as lower-case bytes when it is plain ASCII that no other character folds or
  /// normalises to: then the text's bytes are searched, not its characters.
  private let asciiNeedle: [UInt8]?

  init(_ query: String) {
    self.query = query
    needle = Array(query)
    folded = needle.map { TextSearch.fold($0) }
    let bytes = needle.compactMap { character in
      character.unicodeScalars.count == 1 ? character.asciiValue : nil
    }
    asciiNeedle =
      bytes.count == needle.count && !bytes.contains(where: TextSearch.hasNonASCIITwin)
        && !bytes.contains(0x0A) && !bytes.contains(0x0D)
      ? bytes.map(TextSearch.lowerASCII) : nil
  }

  var isEmpty: Bool { needle.isEmpty }

  /// Offsets of every non-overlapping occurrence in `text`.
  func offsets(in text: String) -> [Int] {
    guard !needle.isEmpty else { return [] }
    if let asciiNeedle, let found = byteOffsets(of: asciiNeedle, in: text) { return found }
    return characterOffsets(in: text)
  }

  /// What `characterOffsets` finds, for an ASCII needle, from the bytes: a byte match is a
  /// match when it starts and ends on character boundaries, which around ASCII only a
  /// prepended sign before it or a mark or joiner after it prevent. Characters are only
  /// counted, between matches, never compared. Nil when the text is not contiguous UTF-8.
  func byteOffsets(of needle: [UInt8], in text: String) -> [Int]? {
    text.utf8.withContiguousStorageIfAvailable { bytes -> [Int] in
      var result: [Int] = []
      let first = needle[0]
      let firstUpper = TextSearch.isLower(first) ? first - 32 : first
      var characters = 0
      var counted = text.startIndex
      var position = 0
      let last = bytes.count - needle.count
      while position <= last {
        let byte = bytes[position]
        guard byte == first || byte == firstUpper,
          TextSearch.bytes(bytes, at: position, match: needle),
          position == 0 || bytes[position - 1] < 0x80
            || bytes.scalar(endingBefore: position)?.joinsNext != true,
          position + needle.count == bytes.count || bytes[position + needle.count] < 0x80
            || bytes.scalar(at: position + needle.count)?.joinsPrevious != true
        else {
          position += 1
          continue
        }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: position)
        characters += text[counted..<start].count
        result.append(characters)
        characters += needle.count
        position += needle.count
        counted = text.utf8.index(start, offsetBy: needle.count)
      }
      return result
    }
  }

  /// Offsets found by comparing characters one by one.
  func characterOffsets(in text: String) -> [Int] {
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
      if let wanted, TextSearch.typographicForms(of: wanted).contains(character) { continue }
      if let lone = ascii ?? wanted, !TextSearch.hasNonASCIITwin(lone) { return false }
      if character == needle[index] { continue }
      if TextSearch.fold(character) != folded[index] { return false }
    }
    return true
  }

  /// ASCII that other characters fold or normalise to, or that stands for typographic forms:
  /// a needle holding one is compared by characters, not bytes.
  private static func hasNonASCIITwin(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "k") || byte == UInt8(ascii: "K") || byte == UInt8(ascii: ";")
      || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
      || byte == UInt8(ascii: "-")
  }

  /// The typographic characters a straight `'`, `"` or `-` typed in a query also finds. A
  /// space finds a no-break space (the pane joins the editor's signature to its dash with one)
  /// only when the needle is compared by characters, as one holding a dash is: ASCII needles
  /// keep the byte search, many times faster on common words.
  static func typographicForms(of byte: UInt8) -> [Character] {
    switch byte {
    case UInt8(ascii: "'"): return ["\u{2019}", "\u{2018}"]
    case UInt8(ascii: "\""): return ["\u{201C}", "\u{201D}"]
    case UInt8(ascii: "-"): return ["\u{2013}", "\u{2014}"]
    case UInt8(ascii: " "): return ["\u{00A0}"]
    default: return []
    }
  }

  private static func bytes(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, match needle: [UInt8]
  ) -> Bool {
    for index in needle.indices where lowerASCII(bytes[start + index]) != needle[index] {
      return false
    }
    return true
  }

  private static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }

  private static func lowerASCII(_ byte: UInt8) -> UInt8 {
    byte >= 65 && byte <= 90 ? byte + 32 : byte
  }

  private static func fold(_ character: Character) -> String { character.lowercased() }
}

/// A word of running text as the attribution rules see it: punctuation trimmed from both
/// ends, a possessive `'s` dropped.
struct ProseWord {
  var text: Substring
  var capitalised: Bool
  /// Punctuation followed the word (`said,`), so a clause may end there.
  var endsClause: Bool
}

/// Words and sentences read straight from the file's bytes.
///
/// Splitting a `String` into `Character`s was most of a parse (perf: grapheme breaking and
/// property look-ups for every byte around every quotation), so whitespace and ASCII words are
/// found by bytes; a word holding other text is trimmed by `Character` as before.
enum ProseWords {
  static func words(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [ProseWord] {
    var result: [ProseWord] = []
    var index = range.lowerBound
    var wordStart: Int?
    while index < range.upperBound {
      let space = whitespaceLength(text, at: index, before: range.upperBound)
      if space > 0 {
        if let start = wordStart, let word = word(text, start..<index) { result.append(word) }
        wordStart = nil
        index += space
      } else {
        if wordStart == nil { wordStart = index }
        index += 1
      }
    }
    if let start = wordStart, let word = word(text, start..<range.upperBound) {
      result.append(word)
    }
    return result
  }

  /// The ranges of the sentences in `range`: cut after `.`, `!` or `?` (and closing quotes or
  /// brackets) followed by whitespace, which is left out.
  static func sentences(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = range.lowerBound
    var pendingEnd = false
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = text[index]
      let space = pendingEnd ? whitespaceLength(text, at: index, before: range.upperBound) : 0
      if space > 0 {
        result.append(start..<index)
        index += space
        start = index
        pendingEnd = false
        continue
      }
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
        pendingEnd = true
      } else if pendingEnd {
        let closing = closingMarkLength(text, at: index, before: range.upperBound)
        if closing > 0 {
          index += closing
          continue
        }
        pendingEnd = false
      }
      index += 1
    }
    if start < range.upperBound { result.append(start..<range.upperBound) }
    return result
  }

  private static func word(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ProseWord? {
    let slice = UnsafeBufferPointer(rebasing: text[range])
    guard slice.allSatisfy({ $0 < 0x80 }) else {
      return characterWord(Substring(String(decoding: slice, as: UTF8.self)))
    }
    // ASCII: every byte is one `Character`, and its letters and digits are these bytes.
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && !isLetterOrDigit(text[lower]) { lower += 1 }
    var endsClause = false
    while upper > lower && !isLetterOrDigit(text[upper - 1]) {
      upper -= 1
      endsClause = true
    }
    if upper - lower >= 2 && text[upper - 2] == UInt8(ascii: "'")
      && text[upper - 1] == UInt8(ascii: "s")
    {
      upper -= 2
    }
    guard upper > lower else { return nil }
    let first = text[lower]
    return ProseWord(
      text: Substring(
        String(decoding: UnsafeBufferPointer(rebasing: text[lower..<upper]), as: UTF8.self)),
      capitalised: first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"), endsClause: endsClause)
  }

  /// A word holding any non-ASCII text keeps `Character`'s own idea of letters and case.
  private static func characterWord(_ raw: Substring) -> ProseWord? {
    var word = raw
    var endsClause = false
    while let first = word.first, !first.isLetter && !first.isNumber { word = word.dropFirst() }
    while let last = word.last, !last.isLetter && !last.isNumber {
      word = word.dropLast()
      endsClause = true
    }
    if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
    guard let first = word.first else { return nil }
    return ProseWord(text: word, capitalised: first.isUppercase, endsClause: endsClause)
  }

  @inline(__always) private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x7A)
  }

  /// The length of the whitespace character at `index` (Unicode's White_Space), or 0.
  @inline(__always) private static func whitespaceLength(
    _ text: UnsafeBufferPointer<UInt8>, at index: Int, before end: Int
  ) -> Int {
    let byte = text[index]
    if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
    switch byte {
    case 0xC2:
      // U+0085 NEXT LINE, U+00A0 NO-BREAK SPACE
      guard index + 1 < end else { return 0 }
      return text[index + 1] == 0x85 || text[index + 1] == 0xA0 ? 2 : 0
    case 0xE1:
      // U+1680 OGHAM SPACE MARK
      guard index + 2 < end else { return 0 }
      return text[index + 1] == 0x9A && text[index + 2] == 0x80 ? 3 : 0
    case 0xE2:
      // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
      guard index + 2 < end else { return 0 }
      let second = text[index + 1]
      let third = text[index + 2]
      if second == 0x80 {
        return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
      }
      return second == 0x81 && third == 0x9F ? 3 : 0
    case 0xE3:
      // U+3000 IDEOGRAPHIC SPACE
      guard index + 2 < end else { return 0 }
      return text[index + 1] == 0x80 && text[index + 2] == 0x80 ? 3 : 0
    default:
      return 0
    }
  }

  /// The length of a closing mark that may follow a sentence's end (`"`, `'`, `)`, `”`, `’`),
  /// or 0.
  @inline(__always) private static func closingMarkLength(
    _ text: UnsafeBufferPointer<UInt8>, at index: Int, before end: Int
  ) -> Int {
    let byte = text[index]
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") {
      return 1
    }
    // U+201D and U+2019: E2 80 9D, E2 80 99.
    guard byte == 0xE2, index + 2 < end, text[index + 1] == 0x80 else { return 0 }
    return text[index + 2] == 0x9D || text[index + 2] == 0x99 ? 3 : 0
  }
}

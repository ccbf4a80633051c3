/// A quotation found inside a paragraph.
struct InlineQuotation: Equatable {
  /// The quoted words, without the marks (and without a trailing comma or spaces).
  var content: Range<Int>
  /// The quotation with its marks.
  var outer: Range<Int>
}

/// Finds quotations of four words or more (shorter ones are scare quotes) in the quotation
/// marks of the languages a compilation may quote: “…” and "…", „…“ (German, Polish, Czech),
/// «…» (French, Russian, Spanish), and 「…」 and 『…』 (Japanese, Chinese), whose text has
/// no spaces between words and so counts eight characters instead.
///
/// An opening mark pairs with the next closing mark of its kind; straight quotes pair in
/// order. A mark with no partner in the paragraph (a quotation that runs over several
/// paragraphs) is skipped.
enum InlineQuoteScanner {
  static let minimumWords = 4
  /// For quotation marks of scripts written without spaces.
  static let minimumCharacters = 8

  /// An opening mark, the closing marks that end it, and whether its text is counted in
  /// characters.
  private struct Pair {
    let opener: [UInt8]
    let closers: [[UInt8]]
    let countsCharacters: Bool
  }

  private static let pairs: [Pair] = [
    Pair(opener: [0xE2, 0x80, 0x9C], closers: [[0xE2, 0x80, 0x9D]], countsCharacters: false),
    // „ closes with “ in German and with ” in Polish and Dutch.
    Pair(
      opener: [0xE2, 0x80, 0x9E], closers: [[0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]],
      countsCharacters: false),
    Pair(opener: [0xC2, 0xAB], closers: [[0xC2, 0xBB]], countsCharacters: false),
    Pair(opener: [0xE3, 0x80, 0x8C], closers: [[0xE3, 0x80, 0x8D]], countsCharacters: true),
    Pair(opener: [0xE3, 0x80, 0x8E], closers: [[0xE3, 0x80, 0x8F]], countsCharacters: true),
  ]

  static func scan(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [InlineQuotation] {
    var found: [InlineQuotation] = []
    var index = range.lowerBound
    let end = range.upperBound
    // Per pair: no closer after an opener means none after any later opener either.
    var closerMissing = Array(repeating: false, count: pairs.count)
    var marks = ByteSearch(text, end: end, UInt8(ascii: "\""), 0xE2, 0xC2)
    var wideMarks = ByteSearch(text, end: end, 0xE3)
    while true {
      index = min(marks.next(from: index), wideMarks.next(from: index))
      guard index < end else { break }
      var closer: Int? = nil
      var width = 1
      var closerWidth = 1
      var countsCharacters = false
      if text[index] == UInt8(ascii: "\"") {
        closer = next(UInt8(ascii: "\""), in: text, from: index + 1, end: end)
      } else if let kind = pairs.indices.first(where: { starts(pairs[$0].opener, text, index, end) }
      ),
        !closerMissing[kind]
      {
        let pair = pairs[kind]
        width = pair.opener.count
        var probe = index + width
        search: while probe < end {
          for candidate in pair.closers where starts(candidate, text, probe, end) {
            closer = probe
            closerWidth = candidate.count
            break search
          }
          probe += 1
        }
        if closer == nil { closerMissing[kind] = true }
        countsCharacters = pair.countsCharacters
      }
      guard let closer else {
        index += 1
        continue
      }
      var content = Bytes.trimmed(text, index + width..<closer)
      while content.count > 0
        && (text[content.upperBound - 1] == UInt8(ascii: ",")
          || endsWith([0xE3, 0x80, 0x81], text, content))
      {
        let cut = text[content.upperBound - 1] == UInt8(ascii: ",") ? 1 : 3
        content = Bytes.trimmed(text, content.lowerBound..<content.upperBound - cut)
      }
      let long =
        countsCharacters
        ? characterCount(text, content) >= minimumCharacters
        : Bytes.wordCount(text, content) >= minimumWords
      if long {
        found.append(InlineQuotation(content: content, outer: index..<closer + closerWidth))
      }
      index = closer + closerWidth
    }
    return found
  }

  @inline(__always) private static func starts(
    _ mark: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int
  ) -> Bool {
    guard index + mark.count <= end else { return false }
    for offset in 0..<mark.count where text[index + offset] != mark[offset] { return false }
    return true
  }

  private static func endsWith(
    _ mark: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Bool {
    range.count >= mark.count && starts(mark, text, range.upperBound - mark.count, range.upperBound)
  }

  /// Scalars in `range`: the lead bytes of its UTF-8.
  private static func characterCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Int
  {
    var count = 0
    for index in range where text[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  private static func next(
    _ byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int
  ) -> Int? {
    var index = start
    while index < end {
      if text[index] == byte { return index }
      index += 1
    }
    return nil
  }
}

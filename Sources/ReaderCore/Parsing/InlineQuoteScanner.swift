/// A quotation found inside a paragraph.
struct InlineQuotation: Equatable {
  /// The quoted words, without the marks (and without a trailing comma or spaces).
  var content: Range<Int>
  /// The quotation with its marks.
  var outer: Range<Int>
}

/// Finds quotations in “…” or "…" of four words or more; shorter ones are scare quotes.
///
/// Curly quotes pair an opening `“` with the next `”`; straight quotes pair in order. A mark
/// with no partner in the paragraph (a quotation that runs over several paragraphs) is skipped.
enum InlineQuoteScanner {
  static let minimumWords = 4

  static func scan(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [InlineQuotation] {
    var found: [InlineQuotation] = []
    var index = range.lowerBound
    let end = range.upperBound
    var curlyCloserMissing = false
    var marks = ByteSearch(text, end: end, UInt8(ascii: "\""), 0xE2)
    while true {
      index = marks.next(from: index)
      guard index < end else { break }
      let byte = text[index]
      var closer: Int? = nil
      var width = 1
      if byte == UInt8(ascii: "\"") {
        closer = next(UInt8(ascii: "\""), in: text, from: index + 1, end: end)
      } else if byte == 0xE2 && isCurly(text, index, end, 0x9C) && !curlyCloserMissing {
        width = 3
        var probe = index + 3
        while probe < end {
          if text[probe] == 0xE2 && isCurly(text, probe, end, 0x9D) {
            closer = probe
            break
          }
          probe += 1
        }
        // No `”` after this `“`: none after any later `“` either, so stop looking.
        if closer == nil { curlyCloserMissing = true }
      }
      guard let closer else {
        index += 1
        continue
      }
      var content = Bytes.trimmed(text, index + width..<closer)
      while content.count > 0 && text[content.upperBound - 1] == UInt8(ascii: ",") {
        content = Bytes.trimmed(text, content.lowerBound..<content.upperBound - 1)
      }
      if Bytes.wordCount(text, content) >= minimumWords {
        found.append(InlineQuotation(content: content, outer: index..<closer + width))
      }
      index = closer + width
    }
    return found
  }

  @inline(__always) private static func isCurly(
    _ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int, _ last: UInt8
  ) -> Bool {
    index + 2 < end && text[index + 1] == 0x80 && text[index + 2] == last
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

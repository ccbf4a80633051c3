/// A line that reads as a quotation rather than a title: it opens with a quotation mark
/// (`“We shall never surrender.”`), or ends a sentence with a full stop or an ellipsis.
///
/// A credit with a dash and no `by` (`— Petra Koll, March 3, 2024`) starts a reprinted piece
/// under its title, but signs a quotation under a quotation, as speeches and letters are
/// quoted: the line above tells the two apart, since titles seldom open with a quotation mark
/// or end with a full stop.
enum QuotationLine {
  static func matches(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let line = Bytes.trimmed(text, range)
    guard !line.isEmpty else { return false }
    if opensWithQuotationMark(text, line) { return true }
    var end = line.upperBound
    // A closing quotation mark after the full stop (`… the town.”`) ends the sentence too.
    if end - line.lowerBound >= 3, text[end - 3] == 0xE2, text[end - 2] == 0x80,
      text[end - 1] == 0x9D || text[end - 1] == 0x99
    {
      end -= 3
    } else if text[end - 1] == UInt8(ascii: "\"") || text[end - 1] == UInt8(ascii: "'") {
      end -= 1
    }
    guard end > line.lowerBound else { return false }
    if text[end - 1] == UInt8(ascii: ".") { return true }
    // `…`, U+2026.
    return end - line.lowerBound >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x80
      && text[end - 1] == 0xA6
  }

  /// `"`, `'`, `“`, `‘`, `„`, `«`, `‹` at the start of `line`.
  private static func opensWithQuotationMark(
    _ text: UnsafeBufferPointer<UInt8>, _ line: Range<Int>
  ) -> Bool {
    let first = text[line.lowerBound]
    if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") { return true }
    guard line.count >= 2 else { return false }
    let second = text[line.lowerBound + 1]
    // « and ‹ (U+00AB, U+2039), “ ‘ „ (U+201C, U+2018, U+201E).
    if first == 0xC2 && second == 0xAB { return true }
    guard line.count >= 3, first == 0xE2, second == 0x80 else { return false }
    return [0x9C, 0x98, 0x9E, 0xB9].contains(text[line.lowerBound + 2])
  }
}

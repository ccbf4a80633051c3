/// What a byline sets apart after its names with a bar, a bullet, a middle dot or a spaced
/// dash: `By Ann Lee | Staff Writer`, `By Ann Lee • 5 min read`, `By Ann Lee and Bo Chen |
/// March 3, 2024 | Photos by Cy Dee`.
///
/// News sites string the byline's parts together this way, and none of those parts is a name:
/// cut off at the first separator, they stay out of the last author's name (which would
/// otherwise read `Ann Lee • 5 min read`). Each part is a date (the byline's, when it has none
/// yet), a reading time (page furniture, dropped) or a description.
enum BylineSegments {
  /// The names before the first separator in `range`, and the parts after it, trimmed, in
  /// order; nil when `range` holds no separator after its first byte.
  static func split(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> (names: Range<Int>, parts: [Range<Int>])?
  {
    var parts: [Range<Int>] = []
    var names: Range<Int>?
    var partStart = range.lowerBound
    var index = range.lowerBound
    while index < range.upperBound {
      guard let width = separatorWidth(text, index, range) else {
        index += 1
        continue
      }
      let part = Bytes.trimmed(text, partStart..<index)
      if names == nil {
        guard !part.isEmpty else { return nil }
        names = part
      } else if !part.isEmpty {
        parts.append(part)
      }
      index += width
      partStart = index
    }
    guard let names else { return nil }
    let last = Bytes.trimmed(text, partStart..<range.upperBound)
    if !last.isEmpty { parts.append(last) }
    return (names, parts)
  }

  /// Whether `range` is only a reading time: `5 min read`, `12 minute read`, `3 mins`.
  static func isReadingTime(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let words = Bytes.words(text, range)
    guard words.count == 2 || words.count == 3,
      words[0].allSatisfy({ Bytes.isDigit(text[$0]) })
    else { return false }
    let unit = Bytes.string(text, words[1]).lowercased()
    guard ["min", "mins", "min.", "minute", "minutes"].contains(unit) else { return false }
    return words.count == 2 || Bytes.string(text, words[2]).lowercased() == "read"
  }

  /// The byte length of a separator at `index`: `|` anywhere after the first byte; `•`, `·`
  /// and the dashes `—`, `–`, `-` only with a space on either side, since names are written
  /// with hyphens (`Jean-Luc`) and dates with dashes.
  private static func separatorWidth(
    _ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ range: Range<Int>
  ) -> Int? {
    guard index > range.lowerBound else { return nil }
    if text[index] == UInt8(ascii: "|") { return 1 }
    let width: Int
    switch text[index] {
    case UInt8(ascii: "-"):
      width = 1
    case 0xC2 where index + 1 < range.upperBound && text[index + 1] == 0xB7:
      width = 2  // ·
    case 0xE2
    where index + 2 < range.upperBound && text[index + 1] == 0x80
      && (text[index + 2] == 0x94 || text[index + 2] == 0x93 || text[index + 2] == 0xA2):
      width = 3  // —, – or •
    default:
      return nil
    }
    let spaced =
      Bytes.isWhitespace(text[index - 1]) && index + width < range.upperBound
      && Bytes.isWhitespace(text[index + width])
    return spaced ? width : nil
  }
}

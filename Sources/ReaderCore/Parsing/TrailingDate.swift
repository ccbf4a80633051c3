/// A date set after the names at the end of a byline, with no brackets: `by Ann Lee — March
/// 3, 2024`, `by Ann Lee | 2024-03-03`, `by Ann Lee · 3-3-2024`, `by Ann Lee, March 3, 2024`.
///
/// The reader's own Markdown export writes bylines this way (`*by NAME — DATE*`), and so do
/// many sites; without it the date would be read as part of the last name.
enum TrailingDate {
  /// How far from the end a separator is looked for: `DateParser` reads at most 40 bytes.
  private static let reach = 48

  /// The date after the earliest separator (`—`, `–`, ` - `, `|`, `·`, `,`) from which all
  /// the rest is a date, and the text before that separator; nil when there is none.
  static func split(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> (date: CalendarDate, dateRange: Range<Int>, rest: Range<Int>)?
  {
    var index = max(range.lowerBound + 1, range.upperBound - reach)
    while index < range.upperBound {
      if let width = separatorWidth(text, index, range),
        let date = DateParser.parse(text, index + width..<range.upperBound)
      {
        let rest = Bytes.trimmed(text, range.lowerBound..<index)
        guard !rest.isEmpty else { return nil }
        return (date, Bytes.trimmed(text, index + width..<range.upperBound), rest)
      }
      index += 1
    }
    return nil
  }

  /// The byte length of the separator at `index`, or nil when none stands there. A hyphen
  /// separates only between spaces, since dates are written with hyphens.
  private static func separatorWidth(
    _ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ range: Range<Int>
  ) -> Int? {
    switch text[index] {
    case UInt8(ascii: "|"), UInt8(ascii: ","):
      return 1
    case UInt8(ascii: "-"):
      let spaced =
        index + 1 < range.upperBound && Bytes.isSpace(text[index - 1])
        && Bytes.isSpace(text[index + 1])
      return spaced ? 1 : nil
    case 0xC2 where index + 1 < range.upperBound && text[index + 1] == 0xB7:
      return 2  // ·
    case 0xE2
    where index + 2 < range.upperBound && text[index + 1] == 0x80
      && (text[index + 2] == 0x94 || text[index + 2] == 0x93):
      return 3  // — or –
    default:
      return nil
    }
  }
}

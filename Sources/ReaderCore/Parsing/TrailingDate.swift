/// A date set after the names at the end of a byline, with no brackets: `by Ann Lee — March
/// 3, 2024`, `by Ann Lee | 2024-03-03`, `by Ann Lee · 3-3-2024`, `by Ann Lee, March 3, 2024`,
/// `by Ann Lee on March 3, 2024`, `by Ann Lee | Updated March 3, 2024`, `by Ann Lee (March 3,
/// 2024)`, and with no separator at all, `by Ann Lee March 3, 2024`.
///
/// The reader's own Markdown export writes bylines this way (`*by NAME — DATE*`), and so do
/// many sites; without it the date would be read as part of the last name.
enum TrailingDate {
  /// How far from the end a separator is looked for: `DateParser` reads at most
  /// `DateParser.maximumLength` bytes, and a prefix (`Published on `) may stand before it.
  private static let reach = DateParser.maximumLength + 24
  /// Words that say what the date is; sites put them between the separator and the date.
  private static let prefixes: [[UInt8]] = ["updated", "published", "posted"].map {
    Array($0.utf8)
  }
  private static let on = Array("on".utf8)

  /// The date after the earliest separator (`—`, `–`, ` - `, `|`, `·`, `•`, `,`, ` on `, a prefix
  /// word, or an opening parenthesis closed at the end) from which all the rest is a date,
  /// and the text before that separator; nil when there is none.
  static func split(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> (date: CalendarDate, dateRange: Range<Int>, rest: Range<Int>)?
  {
    let start = max(range.lowerBound + 1, range.upperBound - reach)
    for index in start..<max(start, range.upperBound) {
      if let width = separatorWidth(text, index, range),
        let found = date(text, index + width..<range.upperBound)
      {
        let rest = Bytes.trimmed(text, range.lowerBound..<index)
        guard !rest.isEmpty else { return nil }
        return (found.date, found.range, rest)
      }
    }
    // No separator: a date set after the names with a space or a line break alone (`By Ann
    // Lee March 3, 2024`), the earliest from which the rest is a date.
    for index in start..<max(start, range.upperBound) where Bytes.isWhitespace(text[index]) {
      guard let found = date(text, index + 1..<range.upperBound) else { continue }
      let rest = Bytes.trimmed(text, range.lowerBound..<index)
      guard !rest.isEmpty else { return nil }
      return (found.date, found.range, rest)
    }
    return nil
  }

  /// The date `range` holds after any prefix word (`Updated`, `Published:`, `Posted on`),
  /// with parentheses around it taken off; nil when the rest is not exactly a date.
  static func date(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> (date: CalendarDate, range: Range<Int>)?
  {
    var range = Bytes.trimmed(text, range)
    if range.count > 2 && text[range.lowerBound] == UInt8(ascii: "(")
      && text[range.upperBound - 1] == UInt8(ascii: ")")
    {
      range = Bytes.trimmed(text, range.lowerBound + 1..<range.upperBound - 1)
    }
    for prefix in prefixes {
      if let after = word(prefix, text, range) {
        range = Bytes.trimmed(text, after..<range.upperBound)
        break
      }
    }
    if let after = word(on, text, range) { range = Bytes.trimmed(text, after..<range.upperBound) }
    guard let date = DateParser.parse(text, range) else { return nil }
    return (date, range)
  }

  /// Where the text after `literal` starts when `range` opens with it as a whole word
  /// (followed by a space or a colon), or nil.
  private static func word(
    _ literal: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  )
    -> Int?
  {
    let end = range.lowerBound + literal.count
    guard end < range.upperBound, Bytes.matches(text, at: range.lowerBound, literal, limit: end),
      Bytes.isSpace(text[end]) || text[end] == UInt8(ascii: ":")
    else { return nil }
    return text[end] == UInt8(ascii: ":") ? end + 1 : end
  }

  /// The byte length of the separator at `index`, or nil when none stands there. A hyphen
  /// separates only between spaces, since dates are written with hyphens; `on` and the prefix
  /// words only as words after a space (their width is 0: `date` reads them).
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
    case UInt8(ascii: "("):
      return 0
    case 0xC2 where index + 1 < range.upperBound && text[index + 1] == 0xB7:
      return 2  // ·
    case 0xE2
    where index + 2 < range.upperBound && text[index + 1] == 0x80
      && (text[index + 2] == 0x94 || text[index + 2] == 0x93 || text[index + 2] == 0xA2):
      return 3  // —, – or • (a bullet, as themes set name and date apart)
    default:
      guard Bytes.isSpace(text[index - 1]), Bytes.isASCIILetter(text[index]) else { return nil }
      let limited = index..<range.upperBound
      let isWord = ([on] + prefixes).contains { word($0, text, limited) != nil }
      return isWord ? 0 : nil
    }
  }
}

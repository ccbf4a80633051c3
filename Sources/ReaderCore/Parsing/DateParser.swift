/// Reads the date forms of a byline or a related link: `M-D-YYYY`, `YYYY-MM-DD`,
/// `Month D, YYYY` (full or abbreviated month, any case, with or without the comma) and
/// `D Month YYYY`, as British and European sites write it.
enum DateParser {
  private static let months: [[UInt8]] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ].map { Array($0.utf8) }

  /// The date that `range` holds exactly (after trimming), or nil.
  static func parse(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CalendarDate? {
    let range = Bytes.trimmed(text, range)
    guard !range.isEmpty, range.count <= 40 else { return nil }
    if Bytes.isDigit(text[range.lowerBound]) {
      return numeric(text, range) ?? dayFirst(text, range)
    }
    return named(text, range)
  }

  /// `M-D-YYYY` or `YYYY-MM-DD`; also `M/D/YYYY`, the same order with slashes, as American
  /// bylines write it (both separators alike).
  private static func numeric(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> CalendarDate?
  {
    var fields: [(value: Int, digits: Int)] = []
    var separator: UInt8?
    var index = range.lowerBound
    while index < range.upperBound {
      var value = 0
      var digits = 0
      while index < range.upperBound && Bytes.isDigit(text[index]) && digits < 5 {
        value = value * 10 + Int(text[index] - 0x30)
        digits += 1
        index += 1
      }
      guard digits > 0 else { return nil }
      fields.append((value, digits))
      if index == range.upperBound { break }
      let byte = text[index]
      guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/"), separator ?? byte == byte,
        fields.count < 3
      else { return nil }
      separator = byte
      index += 1
      guard index < range.upperBound else { return nil }
    }
    guard fields.count == 3 else { return nil }
    if fields[0].digits == 4 && fields[1].digits <= 2 && fields[2].digits <= 2
      && separator == UInt8(ascii: "-")
    {
      return validated(year: fields[0].value, month: fields[1].value, day: fields[2].value)
    }
    if fields[0].digits <= 2 && fields[1].digits <= 2 && fields[2].digits == 4 {
      return validated(year: fields[2].value, month: fields[0].value, day: fields[1].value)
    }
    return nil
  }

  /// `Month D, YYYY`: `February 13, 2025`, `Feb 13, 2025`, `Feb. 13 2025`, `Sept. 3, 2024`.
  private static func named(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> CalendarDate?
  {
    var index = range.lowerBound
    while index < range.upperBound && Bytes.isASCIILetter(text[index]) { index += 1 }
    let word = range.lowerBound..<index
    guard word.count >= 3, let month = month(text, word) else { return nil }
    if index < range.upperBound && text[index] == UInt8(ascii: ".") { index += 1 }
    guard index < range.upperBound, Bytes.isSpace(text[index]) else { return nil }
    while index < range.upperBound && Bytes.isSpace(text[index]) { index += 1 }
    var day = 0
    var dayDigits = 0
    while index < range.upperBound && Bytes.isDigit(text[index]) && dayDigits < 3 {
      day = day * 10 + Int(text[index] - 0x30)
      dayDigits += 1
      index += 1
    }
    guard dayDigits == 1 || dayDigits == 2 else { return nil }
    if index < range.upperBound && text[index] == UInt8(ascii: ",") { index += 1 }
    guard index < range.upperBound, Bytes.isSpace(text[index]) else { return nil }
    while index < range.upperBound && Bytes.isSpace(text[index]) { index += 1 }
    guard let year = year(text, index..<range.upperBound) else { return nil }
    return validated(year: year, month: month, day: day)
  }

  /// `D Month YYYY`: `3 March 2024`, `03 Mar. 2024`, `3 March, 2024`.
  private static func dayFirst(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> CalendarDate?
  {
    var index = range.lowerBound
    var day = 0
    while index < range.upperBound && Bytes.isDigit(text[index]) && index - range.lowerBound < 3 {
      day = day * 10 + Int(text[index] - 0x30)
      index += 1
    }
    let dayDigits = index - range.lowerBound
    guard dayDigits == 1 || dayDigits == 2, index < range.upperBound, Bytes.isSpace(text[index])
    else { return nil }
    while index < range.upperBound && Bytes.isSpace(text[index]) { index += 1 }
    let wordStart = index
    while index < range.upperBound && Bytes.isASCIILetter(text[index]) { index += 1 }
    guard index - wordStart >= 3, let month = month(text, wordStart..<index) else { return nil }
    if index < range.upperBound && text[index] == UInt8(ascii: ".") { index += 1 }
    if index < range.upperBound && text[index] == UInt8(ascii: ",") { index += 1 }
    guard index < range.upperBound, Bytes.isSpace(text[index]) else { return nil }
    while index < range.upperBound && Bytes.isSpace(text[index]) { index += 1 }
    guard let year = year(text, index..<range.upperBound) else { return nil }
    return validated(year: year, month: month, day: day)
  }

  /// The year that `range` holds as exactly four digits, or nil.
  private static func year(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard range.count == 4 else { return nil }
    var year = 0
    for index in range {
      guard Bytes.isDigit(text[index]) else { return nil }
      year = year * 10 + Int(text[index] - 0x30)
    }
    return year
  }

  /// 1…12 for a month's full name or an abbreviation of at least three letters (`Sept`).
  private static func month(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
    for (number, name) in months.enumerated() where word.count <= name.count {
      if Bytes.matches(
        text, at: word.lowerBound, Array(name[0..<word.count]), limit: word.upperBound)
      {
        return number + 1
      }
    }
    return nil
  }

  static func validated(year: Int, month: Int, day: Int) -> CalendarDate? {
    guard (1...12).contains(month), day >= 1, year >= 1 else { return nil }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard day <= lengths[month - 1] else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }
}

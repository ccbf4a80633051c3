/// Reads the date forms of a byline or a related link: `M-D-YYYY`, `YYYY-MM-DD`,
/// `Month D, YYYY` (full or abbreviated month, any case, with or without the comma) and
/// `D Month YYYY`, as British and European sites write it; `D.M.YYYY`, as German and Russian
/// ones do.
///
/// News sites dress the date up: a weekday before it (`Sunday, March 3, 2024`), an ordinal
/// day (`March 3rd, 2024`), the time of day after it (`March 3, 2024 at 5:00 p.m. EST`,
/// `2024-03-03T10:00:00Z`). These are read as the date they hold; the date is the same.
enum DateParser {
  private static let months: [[UInt8]] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ].map { Array($0.utf8) }
  private static let weekdays: [[UInt8]] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ].map { Array($0.utf8) }
  private static let ordinalSuffixes = ["st", "nd", "rd", "th"].map { Array($0.utf8) }
  /// The longest text read as a date: `Wednesday, September 13, 2024 at 10:00 a.m. EDT` and
  /// a little more.
  static let maximumLength = 56

  /// The date that `range` holds exactly (after trimming), or nil.
  static func parse(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CalendarDate? {
    var range = Bytes.trimmed(text, range)
    guard !range.isEmpty, range.count <= maximumLength else { return nil }
    range = afterWeekday(text, range)
    range = beforeTimeOfDay(text, range)
    guard !range.isEmpty else { return nil }
    if Bytes.isDigit(text[range.lowerBound]) {
      return numeric(text, range) ?? dayFirst(text, range)
    }
    return named(text, range)
  }

  /// `range` without a weekday before the date (`Sunday, `, `Sun. `, `Tues `), or as it is.
  private static func afterWeekday(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Range<Int>
  {
    var index = range.lowerBound
    while index < range.upperBound && Bytes.isASCIILetter(text[index]) { index += 1 }
    let word = range.lowerBound..<index
    guard word.count >= 3,
      weekdays.contains(where: { name in
        word.count <= name.count
          && Bytes.matches(
            text, at: word.lowerBound, Array(name[0..<word.count]), limit: word.upperBound)
      })
    else { return range }
    if index < range.upperBound && text[index] == UInt8(ascii: ".") { index += 1 }
    if index < range.upperBound && text[index] == UInt8(ascii: ",") { index += 1 }
    guard index < range.upperBound, Bytes.isSpace(text[index]) else { return range }
    return Bytes.trimmed(text, index..<range.upperBound)
  }

  /// `range` without a time of day after the date: `10:00`, `5:00 p.m. EST`, `10:00:00Z`,
  /// `10:00 AM (UTC)`, set off by a space, a comma, `at`, `@` or ISO's `T`. The time is the
  /// first `H:MM` or `HH:MM`; what follows it may only be seconds, a zone and `a.m.`/`p.m.`.
  private static func beforeTimeOfDay(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Range<Int>
  {
    guard let colon = range.first(where: { text[$0] == UInt8(ascii: ":") }),
      colon + 2 < range.upperBound, Bytes.isDigit(text[colon + 1]), Bytes.isDigit(text[colon + 2])
    else { return range }
    var start = colon
    while start > range.lowerBound && Bytes.isDigit(text[start - 1]) && colon - start < 2 {
      start -= 1
    }
    guard start < colon, start > range.lowerBound else { return range }
    // After the hour: only what a time and its zone are written with, and short.
    guard range.upperBound - colon <= 28,
      (colon..<range.upperBound).allSatisfy({ index in
        let byte = text[index]
        return Bytes.isDigit(byte) || Bytes.isASCIILetter(byte) || Bytes.isSpace(byte)
          || ":.+-()".utf8.contains(byte)
      })
    else { return range }
    var end = start
    if text[end - 1] == UInt8(ascii: "T") && end - 1 > range.lowerBound
      && Bytes.isDigit(text[end - 2])
    {
      return range.lowerBound..<end - 1
    }
    guard Bytes.isSpace(text[end - 1]) else { return range }
    end = Bytes.trimmed(text, range.lowerBound..<end).upperBound
    for word in [Array(" at".utf8), Array(" @".utf8)] where end - range.lowerBound > word.count {
      if Bytes.matches(text, at: end - word.count, word, limit: end, ignoringCase: true) {
        end -= word.count
        break
      }
    }
    if end > range.lowerBound && text[end - 1] == UInt8(ascii: ",") { end -= 1 }
    return Bytes.trimmed(text, range.lowerBound..<end)
  }

  /// The end of an ordinal's suffix (`st`, `nd`, `rd`, `th`, any case) at `index`, or `index`.
  private static func afterOrdinal(
    _ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ range: Range<Int>
  ) -> Int {
    guard index + 2 <= range.upperBound else { return index }
    let pair = [Bytes.lowercased(text[index]), Bytes.lowercased(text[index + 1])]
    guard ordinalSuffixes.contains(pair) else { return index }
    // Only a suffix ending the word: `3rd,`, `3rd March`, not `3rdly`.
    let end = index + 2
    guard end == range.upperBound || !Bytes.isASCIILetter(text[end]) else { return index }
    return end
  }

  /// `M-D-YYYY` or `YYYY-MM-DD`; also `M/D/YYYY`, the same order with slashes, as American
  /// bylines write it, and `D.M.YYYY` (both separators alike).
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
      guard
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "."),
        separator ?? byte == byte, fields.count < 3
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
    guard fields[0].digits <= 2 && fields[1].digits <= 2 && fields[2].digits == 4 else {
      return nil
    }
    if separator == UInt8(ascii: ".") {
      // Dots are written day first (`03.04.2024` is 3 April).
      return validated(year: fields[2].value, month: fields[1].value, day: fields[0].value)
    }
    return validated(year: fields[2].value, month: fields[0].value, day: fields[1].value)
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
    index = afterOrdinal(text, index, range)
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
    guard dayDigits == 1 || dayDigits == 2 else { return nil }
    index = afterOrdinal(text, index, range)
    guard index < range.upperBound, Bytes.isSpace(text[index]) else { return nil }
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

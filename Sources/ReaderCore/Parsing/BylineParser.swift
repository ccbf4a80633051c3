/// What a byline says: `by AUTHORS[, DESCRIPTION] [DATE published].`
struct Byline: Equatable {
  var authors: [String]
  var description: String? = nil
  var date: CalendarDate? = nil
  var dateText: String? = nil
  /// Credited with a dash and no `by` (`— Ann Lee, The Harbour Times, 2024-03-10`): a byline
  /// under a title, but a quotation's signature under a quotation (`QuotationLine`).
  var isDashCredit = false
}

/// Recognises a byline paragraph.
///
/// A byline is a paragraph of one line, or two when it wraps, starting with `by ` (any case),
/// read without its bold markers (`by **Ann Lee**`, `**by Ann Lee**`). `AuthorList` reads the
/// names and the description after them; each name must start as `NameWord` says (a capital,
/// a script without case, particles before either) and have at most six words, which keeps
/// `By the way, …` and `By then …` out. A name all in lower case (`bell hooks`) is taken only
/// when a bracketed date vouches for the line. A trailing `[DATE]` or `[DATE published]` gives
/// the date, else a date after a dash, bar, middle dot or comma (`TrailingDate`); the final
/// period is optional.
///
/// A second sentence after the names says more about them (`By Ann Lee. Translated from the
/// Spanish by Bo Chen.`, `BylineSentence`).
///
/// A dash alone may stand for `by` (`— Ann Lee, The Harbour Times, 2024-03-10`), as editors
/// credit a piece they reprint, but only with a date after the names (not in brackets, as a
/// related link's is) and names in capitals: a dash and a name alone is how an epigraph or a
/// quotation is signed, not how an article starts.
enum BylineParser {
  private static let published = Array(" published".utf8)
  static let maximumLength = 400
  /// A byline may wrap once (`BY SIR ROBERT BALL, PROFESSOR OF …` over two lines).
  static let maximumBreaks = 1

  static func parse(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> Byline? {
    guard paragraph.breaks.count <= maximumBreaks, paragraph.range.count <= maximumLength
    else { return nil }
    if let clean = MarkerFreeText.bytes(text, paragraph.range, marks: paragraph.marks) {
      return clean.withUnsafeBufferPointer { parse($0, Bytes.trimmed($0, 0..<$0.count)) }
    }
    return parse(text, paragraph.range)
  }

  /// Reads the byline in `range`, which holds no markers.
  private static func parse(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Byline? {
    guard let (start, dashOnly) = namesStart(text, range), range.upperBound > start else {
      return nil
    }
    var body = Bytes.trimmed(text, start..<range.upperBound)
    if body.count > 0 && text[body.upperBound - 1] == UInt8(ascii: ".") {
      body = Bytes.trimmed(text, body.lowerBound..<body.upperBound - 1)
    }
    var byline = Byline(authors: [], description: nil, date: nil, dateText: nil)
    // What the byline adds after its names in brackets, parentheses or after a semicolon or a
    // bar (`[AP]`, `(Reuters)`, `; photos by Bob Roe`): description, in the order written.
    var asides: [String] = []
    if body.count > 0 && text[body.upperBound - 1] == UInt8(ascii: "]"),
      let open = lastIndex(of: UInt8(ascii: "["), in: text, body)
    {
      var inside = Bytes.trimmed(text, open + 1..<body.upperBound - 1)
      var saysPublished = false
      if inside.count > published.count,
        Bytes.matches(
          text, at: inside.upperBound - published.count, published, limit: inside.upperBound)
      {
        inside = Bytes.trimmed(text, inside.lowerBound..<inside.upperBound - published.count)
        saysPublished = true
      }
      byline.date = DateParser.parse(text, inside)
      if byline.date != nil || saysPublished {
        byline.dateText = inside.isEmpty ? nil : Bytes.string(text, inside)
      } else if !inside.isEmpty {
        asides.append(Bytes.foldedString(text, inside))
      }
      body = Bytes.trimmed(text, body.lowerBound..<open)
    }
    if body.count > 0 && text[body.upperBound - 1] == UInt8(ascii: ")"),
      let open = lastIndex(of: UInt8(ascii: "("), in: text, body), open > body.lowerBound
    {
      let inside = Bytes.trimmed(text, open + 1..<body.upperBound - 1)
      // Life dates in parentheses, `(1902–1980)`, are the name's own (`PersonName`).
      if !inside.isEmpty && !inside.contains(where: { Bytes.isDigit(text[$0]) }) {
        asides.insert(Bytes.foldedString(text, inside), at: 0)
        body = Bytes.trimmed(text, body.lowerBound..<open)
      }
    }
    if let semicolon = firstIndex(of: UInt8(ascii: ";"), in: text, body) {
      let rest = Bytes.trimmed(text, semicolon + 1..<body.upperBound)
      if !rest.isEmpty { asides.insert(Bytes.foldedString(text, rest), at: 0) }
      body = Bytes.trimmed(text, body.lowerBound..<semicolon)
    }
    if let stop = BylineSentence.namesEnd(text, body) {
      let rest = Bytes.trimmed(text, stop + 1..<body.upperBound)
      asides.insert(Bytes.foldedString(text, rest), at: 0)
      body = Bytes.trimmed(text, body.lowerBound..<stop)
    }
    while body.count > 0
      && (text[body.upperBound - 1] == UInt8(ascii: ",")
        || text[body.upperBound - 1] == UInt8(ascii: "."))
    {
      body = Bytes.trimmed(text, body.lowerBound..<body.upperBound - 1)
    }
    // A bracketed date is a strong enough sign of a byline to take a name in lower case.
    let vouched = byline.date != nil
    if byline.date == nil, let found = TrailingDate.split(text, body) {
      byline.date = found.date
      byline.dateText = Bytes.string(text, found.dateRange)
      body = found.rest
    }
    // A bar, a bullet, a middle dot or a spaced dash sets apart what follows the names as a
    // semicolon does (`By Ann Lee | Staff Writer`, `| Photos by Bob Roe`, `• 5 min read`); a
    // date at the end was taken just above, one between two parts is taken here.
    if let (names, parts) = BylineSegments.split(text, body) {
      var described: [String] = []
      for part in parts {
        if byline.date == nil, let found = TrailingDate.date(text, part) {
          byline.date = found.date
          byline.dateText = Bytes.string(text, found.range)
        } else if !BylineSegments.isReadingTime(text, part) {
          described.append(Bytes.foldedString(text, part))
        }
      }
      asides.insert(contentsOf: described, at: 0)
      body = names
    }
    var names = Bytes.foldedString(text, body)
    var employer: String?
    if let (kept, writesFor) = Self.splitEmployer(names) {
      names = kept
      employer = writesFor
    }
    guard let list = AuthorList.parse(names, allowingLowercase: vouched && !dashOnly) else {
      return nil
    }
    // A dash with no `by` is a byline only with a date set after the names, and names whose
    // every word is capitalised: `– Some title [2-13-2025]` is a related link, written as
    // they are under `Related`.
    if dashOnly
      && (vouched || byline.date == nil || !list.authors.allSatisfy(AuthorList.looksLikeName))
    {
      return nil
    }
    byline.authors = list.authors
    byline.isDashCredit = dashOnly
    if employer != nil || !asides.isEmpty {
      let joined = ([employer, list.description].compactMap { $0 } + asides).joinedText(
        separator: ", ")
      byline.description = joined
      return byline
    }
    if let description = list.description {
      let bytes = Array(description.utf8)
      let date = bytes.withUnsafeBufferPointer { DateParser.parse($0, 0..<$0.count) }
      if byline.date == nil, let date {
        byline.date = date
        byline.dateText = description
      } else {
        byline.description = description
      }
    }
    return byline.authors.isEmpty ? nil : byline
  }

  /// Who the names write for, cut from the first names (`Ann Lee of the BBC`, `Ann Lee for
  /// Reuters`): the words from ` of the `, ` for ` or ` at the ` up to the first comma.
  private static func splitEmployer(_ names: String) -> (String, String)? {
    let firstPart = names.split(separator: ",", maxSplits: 1).first.map(String.init) ?? names
    guard !firstPart.isEmpty else { return nil }
    var start = firstPart.index(after: firstPart.startIndex)
    while start < firstPart.endIndex {
      let tail = firstPart[start...]
      if [" of the ", " for ", " at the "].contains(where: { tail.hasPrefix($0) }) {
        let rest = names.dropFirst(firstPart.count)
        return (String(firstPart[..<start]) + rest, String(tail.dropFirst()))
      }
      start = firstPart.index(after: start)
    }
    return nil
  }

  /// Words that may come before `by` in a byline and say what the names did: `Written by`,
  /// `Words by`, `Story and photos by`.
  private static let leadWords: Set<String> = [
    "written", "words", "story", "text", "reporting", "reported", "interview", "photos",
    "photographs", "pictures", "illustrations", "posted", "article", "essay", "and",
  ]

  private static let authorLabels = [Array("author: ".utf8), Array("authors: ".utf8)]

  /// Where the names start: after `by ` at the start of `range`, which at most four of
  /// `leadWords` (the first not `and`) or a dash (`— by Ann Lee`) may come before, or after an
  /// `Author:` label, or after a dash alone (`dashOnly`: `— Ann Lee, 2024-03-10`); nil when
  /// the range starts with none of these.
  private static func namesStart(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> (start: Int, dashOnly: Bool)?
  {
    var index = range.lowerBound
    for label in authorLabels where index + label.count <= range.upperBound {
      if Bytes.matches(text, at: index, label, limit: range.upperBound, ignoringCase: true) {
        return (index + label.count, false)
      }
    }
    // A dash before `by`: `— by`, `– by`, `-- by`.
    var afterDash: Int?
    if index + 3 < range.upperBound, text[index] == 0xE2, text[index + 1] == 0x80,
      text[index + 2] == 0x94 || text[index + 2] == 0x93, Bytes.isSpace(text[index + 3])
    {
      index += 4
      afterDash = index
    } else if index + 3 < range.upperBound, text[index] == UInt8(ascii: "-"),
      text[index + 1] == UInt8(ascii: "-"), Bytes.isSpace(text[index + 2])
    {
      index += 3
      afterDash = index
    }
    for lead in 0...4 {
      guard index + 3 <= range.upperBound else { break }
      if Bytes.lowercased(text[index]) == UInt8(ascii: "b"),
        Bytes.lowercased(text[index + 1]) == UInt8(ascii: "y"), Bytes.isSpace(text[index + 2])
      {
        return (index + 3, false)
      }
      guard lead < 4 else { break }
      var end = index
      while end < range.upperBound, end - index < 16, Bytes.isASCIILetter(text[end]) { end += 1 }
      guard end > index, end < range.upperBound, Bytes.isSpace(text[end]) else { break }
      let word = String(decoding: text[index..<end].map(Bytes.lowercased), as: UTF8.self)
      guard leadWords.contains(word), lead > 0 || word != "and" else { break }
      index = end + 1
    }
    // No `by`: after a dash the names may start at once; the caller asks for a date.
    return afterDash.map { ($0, true) }
  }

  static func firstIndex(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Int?
  {
    range.first { text[$0] == byte }
  }

  static func lastIndex(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Int?
  {
    range.reversed().first { text[$0] == byte }
  }
}

/// What a byline says: `by AUTHORS[, DESCRIPTION] [DATE published].`
struct Byline: Equatable {
  var authors: [String]
  var description: String?
  var date: CalendarDate?
  var dateText: String?
}

/// Recognises a byline paragraph.
///
/// A byline is one line starting with `by ` (any case). Before the first comma are the authors,
/// split on ` and ` and ` & `; each must start with a capital letter and have at most six words
/// (which keeps `By the way, …` and `By then …` out). After the comma comes the description,
/// unless it is itself a date (`by Ann Lee, March 3, 2025`). A trailing `[DATE]` or
/// `[DATE published]` gives the date; the final period is optional.
enum BylineParser {
  private static let published = Array(" published".utf8)
  private static let and = Array(" and ".utf8)
  private static let ampersand = Array(" & ".utf8)
  static let maximumLength = 400

  static func parse(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> Byline? {
    guard paragraph.isSingleLine, paragraph.range.count <= maximumLength else { return nil }
    let start = paragraph.range.lowerBound
    guard paragraph.range.count > 3, Bytes.lowercased(text[start]) == UInt8(ascii: "b"),
      Bytes.lowercased(text[start + 1]) == UInt8(ascii: "y"), Bytes.isSpace(text[start + 2])
    else { return nil }
    var body = Bytes.trimmed(text, start + 3..<paragraph.range.upperBound)
    if body.count > 0 && text[body.upperBound - 1] == UInt8(ascii: ".") {
      body = Bytes.trimmed(text, body.lowerBound..<body.upperBound - 1)
    }
    var byline = Byline(authors: [], description: nil, date: nil, dateText: nil)
    if body.count > 0 && text[body.upperBound - 1] == UInt8(ascii: "]"),
      let open = lastIndex(of: UInt8(ascii: "["), in: text, body)
    {
      var inside = Bytes.trimmed(text, open + 1..<body.upperBound - 1)
      if inside.count > published.count,
        Bytes.matches(
          text, at: inside.upperBound - published.count, published, limit: inside.upperBound)
      {
        inside = Bytes.trimmed(text, inside.lowerBound..<inside.upperBound - published.count)
      }
      byline.date = DateParser.parse(text, inside)
      byline.dateText = inside.isEmpty ? nil : Bytes.string(text, inside)
      body = Bytes.trimmed(text, body.lowerBound..<open)
    }
    while body.count > 0
      && (text[body.upperBound - 1] == UInt8(ascii: ",")
        || text[body.upperBound - 1] == UInt8(ascii: "."))
    {
      body = Bytes.trimmed(text, body.lowerBound..<body.upperBound - 1)
    }
    var names = body
    if let comma = firstIndex(of: UInt8(ascii: ","), in: text, body) {
      names = Bytes.trimmed(text, body.lowerBound..<comma)
      let description = Bytes.trimmed(text, comma + 1..<body.upperBound)
      if byline.date == nil, let date = DateParser.parse(text, description) {
        byline.date = date
        byline.dateText = Bytes.string(text, description)
      } else if !description.isEmpty {
        byline.description = Bytes.string(text, description)
      }
    }
    var rest = names
    while !rest.isEmpty {
      let separator = [and, ampersand].compactMap { Bytes.find($0, in: text, rest) }.min()
      let nameEnd = separator ?? rest.upperBound
      let name = Bytes.trimmed(text, rest.lowerBound..<nameEnd)
      guard !name.isEmpty,
        Bytes.startsCapitalised(text, at: name.lowerBound, limit: name.upperBound),
        Bytes.wordCount(text, name) <= 6
      else { return nil }
      byline.authors.append(Bytes.string(text, name))
      guard let separator else { break }
      let width =
        Bytes.matches(text, at: separator, and, limit: rest.upperBound)
        ? and.count : ampersand.count
      rest = separator + width..<rest.upperBound
    }
    return byline.authors.isEmpty ? nil : byline
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

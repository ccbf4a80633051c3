/// The parts of a related link paragraph: `TITLE [DATE] note`.
struct RelatedLinkShape: Equatable {
  var title: Range<Int>
  var date: CalendarDate?
  var dateText: Range<Int>?
  var note: Range<Int>?
}

/// Splits a related link at the first bracket that holds a date: the title is before it, the
/// note after it. Brackets that hold no date (`[Keith]`) are part of the title. A paragraph
/// with no dated bracket is all title.
enum RelatedLinkParser {
  static func parse(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> RelatedLinkShape {
    var index = range.lowerBound
    // The first `]` after the current `[`, kept while it stays ahead, so that many `[` before
    // one `]` are not each searched to it again.
    var close = range.lowerBound
    while index < range.upperBound {
      if text[index] == UInt8(ascii: "[") {
        if close <= index {
          guard
            let found = BylineParser.firstIndex(
              of: UInt8(ascii: "]"), in: text, index + 1..<range.upperBound)
          else { break }
          close = found
        }
        let inside = Bytes.trimmed(text, index + 1..<close)
        if let date = DateParser.parse(text, inside) {
          let note = Bytes.trimmed(text, close + 1..<range.upperBound)
          return RelatedLinkShape(
            title: Bytes.trimmed(text, range.lowerBound..<index), date: date, dateText: inside,
            note: note.isEmpty ? nil : note)
        }
      }
      index += 1
    }
    return RelatedLinkShape(title: range, date: nil, dateText: nil, note: nil)
  }
}

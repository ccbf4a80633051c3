/// A note saying where a piece first appeared, wholly in square brackets:
/// `[From _The Columbian Magazine_, October, 1844.]`. It may stand between a title and its
/// byline without parting them.
enum SourceNote {
  static let maximumLines = 6

  static func matches(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> Bool {
    let range = paragraph.range
    guard paragraph.breaks.count < maximumLines, range.count >= 3,
      text[range.lowerBound] == UInt8(ascii: "[")
    else { return false }
    var end = range.upperBound - 1
    if text[end] == UInt8(ascii: ".") { end -= 1 }
    return end > range.lowerBound && text[end] == UInt8(ascii: "]")
  }
}

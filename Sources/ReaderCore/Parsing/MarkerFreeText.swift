/// A paragraph's bytes with the markers of its bold taken out (`by **Ann Lee**` → `by Ann
/// Lee`), for recognisers that read words: bold on a byline's names is the page's formatting,
/// and its `**` must not hide the name from the name rules.
enum MarkerFreeText {
  /// The bytes of `range` without the markers of `marks` (those lying in it); nil when no
  /// mark has markers in the buffer (Markdown and HTML render them away), so the caller can
  /// read the buffer itself.
  static func bytes(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, marks: [InlineMark]
  ) -> [UInt8]? {
    guard marks.contains(where: { $0.kind == .bold && $0.outer != $0.content }) else {
      return nil
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(range.count)
    var cursor = range.lowerBound
    for mark in marks where mark.kind == .bold && mark.outer.lowerBound >= cursor {
      guard mark.outer.upperBound <= range.upperBound else { break }
      bytes += text[cursor..<mark.outer.lowerBound]
      bytes += text[mark.content]
      cursor = mark.outer.upperBound
    }
    bytes += text[cursor..<range.upperBound]
    return bytes
  }
}

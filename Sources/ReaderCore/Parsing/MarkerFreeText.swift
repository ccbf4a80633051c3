/// A paragraph's bytes with the markers of its bold taken out (`by **Ann Lee**` → `by Ann
/// Lee`), for recognisers that read words: bold on a byline's names is the page's formatting,
/// and its `**` must not hide the name from the name rules.
enum MarkerFreeText {
  /// The bytes of `range` without the markers of `marks` that lie in it, a mark's opening
  /// marker dropped even when its closing one falls outside the range (a speaker's role cut
  /// before the name: `Mayor of **Oslo** Ann Lee:`); nil when no mark has markers in the
  /// buffer (Markdown and HTML render them away), so the caller can read the buffer itself.
  static func bytes(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, marks: [InlineMark]
  ) -> [UInt8]? {
    var markers: [Range<Int>] = []
    for mark in marks where mark.kind == .bold && mark.outer != mark.content {
      markers.append(mark.outer.lowerBound..<mark.content.lowerBound)
      markers.append(mark.content.upperBound..<mark.outer.upperBound)
    }
    guard !markers.isEmpty else { return nil }
    // Nested marks put an inner mark's markers between the outer one's.
    markers.sort { $0.lowerBound < $1.lowerBound }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(range.count)
    var cursor = range.lowerBound
    for marker in markers {
      let cut = marker.clamped(to: cursor..<range.upperBound)
      guard !cut.isEmpty else { continue }
      bytes += text[cursor..<cut.lowerBound]
      cursor = cut.upperBound
    }
    bytes += text[cursor..<range.upperBound]
    return bytes
  }
}

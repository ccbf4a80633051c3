import ReaderCore

extension ByteProbe {
  /// Whether `part` of `block` can show a match, judged on the file's bytes: a part without
  /// the probe, written or cut by a bold marker, is neither set as text nor searched. The
  /// first and last parts carry what the pane adds to a block, so those are always searched.
  func mayMatch(_ part: LongBlock.Part, of block: Block, in document: Document) -> Bool {
    if patterns.isEmpty || part.isFirst || part.isLast { return true }
    // A match may run over the cut on either side (`PartMatches`).
    let reach = 4 * length + 64
    let range = max(0, part.bytes.lowerBound - reach)..<(part.bytes.upperBound + reach)
    if first(in: document.storage.bytes, range) != nil { return true }
    return isCutByMarkers(in: range, of: block, in: document)
  }

  /// Whether the probe runs across a bold marker between two of `block`'s spans that meet in
  /// `range`: the bytes on both sides of each gap between spans, joined, are probed. The first
  /// span is found by bisection, so a part of a paragraph of many highlights costs its own.
  func isCutByMarkers(in range: Range<Int>, of block: Block, in document: Document) -> Bool {
    guard length > 1 else { return false }
    let spans = block.spans
    let first = MatchFinder.firstIndex(in: spans) {
      document.spans[$0].range.upperBound > range.lowerBound
    }
    var index = first
    while index + 1 < spans.upperBound && document.spans[index].range.lowerBound < range.upperBound
    {
      let left = document.spans[index].range
      let right = document.spans[index + 1].range
      if left.upperBound < right.lowerBound && isCut(between: left, and: right, in: document) {
        return true
      }
      index += 1
    }
    return false
  }

  /// Whether the probe occurs in the last bytes of `left` joined to the first of `right`.
  func isCut(between left: Range<Int>, and right: Range<Int>, in document: Document) -> Bool {
    let reach = length - 1
    let text = document.storage.bytes
    let before = UnsafeBufferPointer(
      rebasing: text[max(left.lowerBound, left.upperBound - reach)..<left.upperBound])
    let after = UnsafeBufferPointer(
      rebasing: text[right.lowerBound..<min(right.upperBound, right.lowerBound + reach)])
    // Joined on the stack: this runs for every marker of every article searched.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: before.count + after.count) {
      joined in
      _ = joined.initialize(fromContentsOf: before)
      _ = UnsafeMutableBufferPointer(rebasing: joined[before.count...])
        .initialize(fromContentsOf: after)
      return occurs(in: UnsafeBufferPointer(joined))
    }
  }
}

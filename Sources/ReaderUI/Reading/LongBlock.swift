import ReaderCore

/// Where a very long block is cut so its parts can be set and wrapped one at a time.
///
/// A paragraph of megabytes (a file that is one long line) would otherwise be folded and
/// wrapped whole before its first row is shown. Parts are ranges of the file's bytes, so they
/// cost nothing to find beyond a look at the bytes near each cut, and do not depend on the
/// pane's width. A part ends just before a plain character that follows a space where there
/// is one, else between two ASCII characters, else between two characters that cannot join;
/// the part's last row may then be short, which is the only visible trace of the cut.
enum LongBlock {
  /// About how many bytes of text a part holds.
  static let partBytes = 64 * 1024

  /// One part of a long block.
  struct Part: Hashable {
    /// Bytes of the file: the block's spans are clipped to them.
    var bytes: Range<Int>
    var isFirst: Bool
    var isLast: Bool
  }

  /// The parts of `block`, or nil when its text is too short to cut.
  static func parts(of block: Block, in document: Document) -> [Part]? {
    guard !block.spans.isEmpty else { return nil }
    let lower = document.spans[block.spans.lowerBound].range.lowerBound
    let upper = document.spans[block.spans.upperBound - 1].range.upperBound
    guard upper - lower > partBytes else { return nil }
    let bytes = document.storage.bytes
    var starts = [lower]
    var windowEnd = lower + partBytes
    while windowEnd < upper {
      let window = max(starts[starts.count - 1] + 1, windowEnd - partBytes / 2)..<windowEnd
      if let cut = cut(in: bytes, window: window) {
        starts.append(cut)
        windowEnd = cut + partBytes
      } else {
        // One character longer than the window (100,000 combining marks): look further on.
        windowEnd += partBytes / 2
      }
    }
    guard starts.count > 1 else { return nil }
    return starts.indices.map { index in
      let end = index + 1 < starts.count ? starts[index + 1] : upper
      return Part(
        bytes: starts[index]..<end, isFirst: index == 0, isLast: index == starts.count - 1)
    }
  }

  /// The best place in `window` (latest first) to start a part.
  private static func cut(in bytes: UnsafeBufferPointer<UInt8>, window: Range<Int>) -> Int? {
    let window = max(1, window.lowerBound)..<min(bytes.count, window.upperBound)
    guard !window.isEmpty else { return nil }
    for position in window.reversed()
    where bytes[position - 1] == 0x20 && bytes[position] > 0x20 && bytes[position] < 0x80 {
      return position
    }
    for position in window.reversed()
    where bytes[position] < 0x80 && bytes[position - 1] < 0x80
      && !(bytes[position - 1] == 0x0D && bytes[position] == 0x0A)
    {
      return position
    }
    for position in window.reversed() where bytes[position] & 0xC0 != 0x80 {
      if let current = bytes.scalar(at: position),
        let before = bytes.scalar(endingBefore: position),
        !joins(before, current)
      {
        return position
      }
    }
    return nil
  }

  /// Whether `first` and `second` may belong to one character: marks, joiners, modifiers,
  /// prepended signs and flag halves are never cut from their neighbours.
  private static func joins(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
    if second.joinsPrevious || first.joinsNext || first.value == 0x200D { return true }
    let regional: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
    return regional.contains(first.value) || regional.contains(second.value)
  }
}

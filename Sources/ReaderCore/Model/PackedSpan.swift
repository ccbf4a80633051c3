/// A `Span` in 8 bytes, for `PackedTable`: a file of short paragraphs holds one plain span per
/// paragraph.
///
/// A plain span keeps its start and its length (below 2³¹); a highlight's or a link's words,
/// or a longer span, are kept whole instead, and the packed form names them.
public struct PackedSpan: Sendable {
  /// The start in storage, or the whole span's index in a stand-in.
  @usableFromInline let start: UInt32
  /// Bit 31: stand-in; otherwise the length.
  @usableFromInline let word: UInt32

  @usableFromInline static let standInBit: UInt32 = 1 << 31
}

extension Span: PackableRecord {
  public var packed: PackedSpan? {
    let range = self.range
    guard style == .plain, highlight == -1, range.count < Int(PackedSpan.standInBit) else {
      return nil
    }
    return PackedSpan(
      start: UInt32(truncatingIfNeeded: range.lowerBound),
      word: UInt32(truncatingIfNeeded: range.count))
  }

  public static func standIn(forWhole index: Int) -> PackedSpan {
    PackedSpan(start: UInt32(truncatingIfNeeded: index), word: PackedSpan.standInBit)
  }

  @inlinable @inline(__always) public static func wholeIndex(of packed: PackedSpan) -> Int? {
    packed.word & PackedSpan.standInBit == 0 ? nil : Int(packed.start)
  }

  @inlinable @inline(__always) public init(unpacking packed: PackedSpan) {
    let start = Int(packed.start)
    self.init(range: start..<start + Int(packed.word))
  }
}

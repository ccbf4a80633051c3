/// A `Block` in 12 bytes, for `PackedTable`: a file of short paragraphs holds one block per
/// paragraph.
///
/// The first span and first line as they are; kind, span count, the lines it spans and its
/// indentation in one word. A block with a quote, 128 spans or more, 4,096 lines or more or an
/// indentation of 256 columns or more is kept whole instead, and its packed form names it.
public struct PackedBlock: Sendable {
  /// The first span's index, or the whole block's index in a stand-in.
  @usableFromInline let first: UInt32
  @usableFromInline let firstLine: Int32
  /// Bit 31: stand-in; bits 27–30: kind; 20–26: span count; 8–19: `lastLine - firstLine`;
  /// 0–7: indent.
  @usableFromInline let word: UInt32

  @usableFromInline static let standInBit: UInt32 = 1 << 31
  fileprivate static let maximumSpans = 127
  fileprivate static let maximumLineSpread = 4095
  fileprivate static let maximumIndent = 255
}

extension Block: PackableRecord {
  public var packed: PackedBlock? {
    let spans = self.spans
    let spread = Int(lastLine) - Int(firstLine)
    guard quote == -1, spans.count <= PackedBlock.maximumSpans,
      spread >= 0, spread <= PackedBlock.maximumLineSpread,
      Int(indent) <= PackedBlock.maximumIndent, kind.rawValue < 16
    else { return nil }
    let word =
      UInt32(kind.rawValue) << 27 | UInt32(spans.count) << 20 | UInt32(spread) << 8
      | UInt32(indent)
    return PackedBlock(
      first: UInt32(truncatingIfNeeded: spans.lowerBound), firstLine: firstLine, word: word)
  }

  public static func standIn(forWhole index: Int) -> PackedBlock {
    PackedBlock(
      first: UInt32(truncatingIfNeeded: index), firstLine: 0, word: PackedBlock.standInBit)
  }

  @inlinable @inline(__always) public static func wholeIndex(of packed: PackedBlock) -> Int? {
    packed.word & PackedBlock.standInBit == 0 ? nil : Int(packed.first)
  }

  @inlinable @inline(__always) public init(unpacking packed: PackedBlock) {
    let word = packed.word
    let first = Int(packed.first)
    self.init(
      kind: BlockKind(rawValue: UInt8(word >> 27 & 15)) ?? .paragraph,
      spans: first..<first + Int(word >> 20 & 127),
      firstLine: packed.firstLine,
      lastLine: packed.firstLine + Int32(word >> 8 & 4095),
      indent: UInt16(word & 255))
  }
}

extension TextStorage {
  /// Whether the bytes of `range` hold a line ending (LF or CR): two pieces of one highlight
  /// with a line break between them stand on two lines of verse.
  func containsLineBreak(_ range: Range<Int>) -> Bool {
    guard range.lowerBound >= 0, range.upperBound <= count else { return false }
    return bytes[range].contains { $0 == 0x0A || $0 == 0x0D }
  }
}

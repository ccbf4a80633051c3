/// Finds the next marker byte, eight bytes at a time.
///
/// Bold marks and quotation marks are rare in prose, so the scanners spend most of their time
/// skipping plain text; testing a whole 64-bit word per step ("does any byte equal one of these")
/// makes that skip several times faster than a byte loop. The targets are constants so the
/// compiler keeps everything in registers.
enum ByteSearch {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether any byte of `word` equals the byte repeated in `pattern` (false positives are
  /// possible above a true match, never false negatives).
  @inline(__always) private static func hasByte(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
    let difference = word ^ pattern
    return (difference &- ones) & ~difference & highs
  }

  /// The next `*`, `_` or `<` in `start..<end`, or `end`.
  static func nextBoldMark(in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> Int
  {
    guard let base = text.baseAddress else { return end }
    var index = start
    while index + 8 <= end {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let found =
        hasByte(word, 0x2A2A_2A2A_2A2A_2A2A) | hasByte(word, 0x5F5F_5F5F_5F5F_5F5F)
        | hasByte(word, 0x3C3C_3C3C_3C3C_3C3C)
      if found != 0 { break }
      index += 8
    }
    while index < end {
      let byte = base[index]
      if byte == 0x2A || byte == 0x5F || byte == 0x3C { return index }
      index += 1
    }
    return end
  }

  /// The next `"` or 0xE2 (the lead byte of `“` and `”`) in `start..<end`, or `end`.
  static func nextQuoteMark(in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> Int
  {
    guard let base = text.baseAddress else { return end }
    var index = start
    while index + 8 <= end {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let found = hasByte(word, 0x2222_2222_2222_2222) | hasByte(word, 0xE2E2_E2E2_E2E2_E2E2)
      if found != 0 { break }
      index += 8
    }
    while index < end {
      let byte = base[index]
      if byte == 0x22 || byte == 0xE2 { return index }
      index += 1
    }
    return end
  }
}

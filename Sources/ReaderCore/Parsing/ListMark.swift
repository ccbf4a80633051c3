/// Plain text's list marks: `1. `, `1) ` (up to three digits), `- `, `* ` or `• ` at the start
/// of a line.
enum ListMark {
  /// Whether a list mark followed by a space starts at `start`, with the text ending at `end`.
  static func starts(_ text: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Bool {
    guard start < end else { return false }
    let byte = text[start]
    if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") {
      return start + 1 < end && Bytes.isSpace(text[start + 1])
    }
    if byte == 0xE2 && start + 3 < end && text[start + 1] == 0x80 && text[start + 2] == 0xA2 {
      return Bytes.isSpace(text[start + 3])
    }
    var index = start
    while index < end && Bytes.isDigit(text[index]) && index - start < 3 { index += 1 }
    guard index > start, index + 1 < end,
      text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ")")
    else { return false }
    return Bytes.isSpace(text[index + 1])
  }

  /// The columns of indentation from `lineStart` to `first`, a tab reaching the next multiple
  /// of four.
  static func indent(_ text: UnsafeBufferPointer<UInt8>, from lineStart: Int, to first: Int) -> Int
  {
    var columns = 0
    for index in lineStart..<first {
      columns += text[index] == 0x09 ? 4 - columns % 4 : 1
    }
    return columns
  }
}

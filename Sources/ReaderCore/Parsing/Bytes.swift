/// Small byte-level tests the parser needs, so it never builds a `String` to classify a line.
enum Bytes {
  @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
  }

  @inline(__always) static func isLineBreak(_ byte: UInt8) -> Bool {
    byte == 0x0A || byte == 0x0D
  }

  @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
    isSpace(byte) || isLineBreak(byte)
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// `range` without leading and trailing whitespace (line breaks included).
  static func trimmed(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && isWhitespace(text[lower]) { lower += 1 }
    while upper > lower && isWhitespace(text[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  /// Whether the bytes at `offset` are `literal`, ASCII letters compared without case.
  static func matches(
    _ text: UnsafeBufferPointer<UInt8>, at offset: Int, _ literal: [UInt8], limit: Int,
    ignoringCase: Bool = true
  ) -> Bool {
    guard offset >= 0, offset + literal.count <= limit else { return false }
    for (index, expected) in literal.enumerated() {
      let actual = text[offset + index]
      if ignoringCase ? lowercased(actual) != lowercased(expected) : actual != expected {
        return false
      }
    }
    return true
  }

  /// Whether `range` is exactly `literal` (ignoring case), optionally followed by a colon.
  static func isWord(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literal: [UInt8]
  ) -> Bool {
    var upper = range.upperBound
    if upper > range.lowerBound && text[upper - 1] == UInt8(ascii: ":") { upper -= 1 }
    return upper - range.lowerBound == literal.count
      && matches(text, at: range.lowerBound, literal, limit: upper)
  }

  /// The first index in `range` holding `literal`, or nil.
  static func find(
    _ literal: [UInt8], in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    ignoringCase: Bool = false
  ) -> Int? {
    guard let first = literal.first, literal.count <= range.count else { return nil }
    var index = range.lowerBound
    let last = range.upperBound - literal.count
    while index <= last {
      if (ignoringCase ? lowercased(text[index]) == lowercased(first) : text[index] == first)
        && matches(text, at: index, literal, limit: range.upperBound, ignoringCase: ignoringCase)
      {
        return index
      }
      index += 1
    }
    return nil
  }

  /// Counts user-perceived characters closely enough for length limits: UTF-8 lead bytes.
  static func scalarCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    for index in range where text[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// Decodes the scalar starting at `offset` (U+FFFD for a malformed one).
  static func scalar(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int)
    -> Unicode.Scalar
  {
    var iterator = UnsafeBufferPointer(rebasing: text[offset..<limit]).makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return "\u{FFFD}"
  }

  /// Whether the word at `offset` starts with an upper-case letter.
  static func startsCapitalised(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int)
    -> Bool
  {
    guard offset < limit else { return false }
    let byte = text[offset]
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    let properties = scalar(text, at: offset, limit: limit).properties
    return properties.isUppercase || properties.generalCategory == .titlecaseLetter
  }

  /// The words (runs of non-whitespace) in `range`.
  static func words(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var index = range.lowerBound
    while index < range.upperBound {
      while index < range.upperBound && isWhitespace(text[index]) { index += 1 }
      let start = index
      while index < range.upperBound && !isWhitespace(text[index]) { index += 1 }
      if start < index { result.append(start..<index) }
    }
    return result
  }

  /// Counts words without building them.
  static func wordCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    var inWord = false
    for index in range {
      let space = isWhitespace(text[index])
      if !space && !inWord { count += 1 }
      inWord = !space
    }
    return count
  }

  /// The text in `range` as a `String`, soft line breaks folded to single spaces (as
  /// `Document.foldingLineBreaks` does, but on bytes: most ranges hold no break at all).
  static func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let slice = UnsafeBufferPointer(rebasing: text[range])
    guard slice.contains(where: isLineBreak) else { return String(decoding: slice, as: UTF8.self) }
    var folded: [UInt8] = []
    folded.reserveCapacity(slice.count)
    appendFolding(slice, to: &folded)
    return String(decoding: folded, as: UTF8.self)
  }

  /// Appends `bytes`, turning each run of spaces that holds a line break into one space.
  static func appendFolding(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard isWhitespace(byte) else {
        output.append(byte)
        index += 1
        continue
      }
      var end = index
      var hasBreak = false
      while end < bytes.count && isWhitespace(bytes[end]) {
        hasBreak = hasBreak || isLineBreak(bytes[end])
        end += 1
      }
      if hasBreak {
        if !output.isEmpty && end < bytes.count { output.append(0x20) }
      } else {
        output.append(contentsOf: bytes[index..<end])
      }
      index = end
    }
  }
}

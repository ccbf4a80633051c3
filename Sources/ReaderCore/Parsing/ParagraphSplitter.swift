#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A run of non-blank lines: the unit the parser classifies.
struct Paragraph {
  /// From the first non-space byte to the end of the last line's text (trailing spaces cut).
  var range: Range<Int>
  /// Where the first line starts, before its indentation.
  var lineStart: Int
  /// The end of the first line's text, trailing spaces cut.
  var firstLineEnd: Int
  /// 1-based file lines.
  var firstLine: Int
  var lastLine: Int

  var isSingleLine: Bool { firstLine == lastLine }
}

/// Cuts the text into lines (LF, CRLF or a lone CR) and the lines into paragraphs, in one
/// forward pass. A line holding only spaces and tabs is blank.
struct ParagraphSplitter {
  let text: UnsafeBufferPointer<UInt8>
  private(set) var position: Int
  /// Lines seen so far; the file's line count once `next()` has returned nil.
  private(set) var lineCount = 0
  /// Without carriage returns a line ends at the next LF, which `memchr` finds fastest.
  private let hasCarriageReturns: Bool

  init(text: UnsafeBufferPointer<UInt8>, start: Int) {
    self.text = text
    self.position = start
    if let base = text.baseAddress, start < text.count {
      hasCarriageReturns = memchr(base + start, 0x0D, text.count - start) != nil
    } else {
      hasCarriageReturns = false
    }
  }

  @inline(__always) private func lineEnd(from start: Int) -> Int {
    let count = text.count
    guard let base = text.baseAddress else { return count }
    if !hasCarriageReturns {
      guard let found = memchr(base + start, 0x0A, count - start) else { return count }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
    var index = start
    while index < count {
      let byte = base[index]
      if byte == 0x0A || byte == 0x0D { return index }
      index += 1
    }
    return count
  }

  /// The next paragraph, or nil at the end of the text.
  mutating func next() -> Paragraph? {
    let count = text.count
    var paragraph: Paragraph? = nil
    while position < count {
      let start = position
      let end = lineEnd(from: start)
      lineCount += 1
      if end < count {
        position = end + (text[end] == 0x0D && end + 1 < count && text[end + 1] == 0x0A ? 2 : 1)
      } else {
        position = count
      }
      var first = start
      while first < end && Bytes.isSpace(text[first]) { first += 1 }
      if first == end {
        if paragraph != nil { return paragraph }
        continue
      }
      var last = end
      while last > first && Bytes.isSpace(text[last - 1]) { last -= 1 }
      if paragraph == nil {
        paragraph = Paragraph(
          range: first..<last, lineStart: start, firstLineEnd: last, firstLine: lineCount,
          lastLine: lineCount)
      } else {
        paragraph!.range = paragraph!.range.lowerBound..<last
        paragraph!.lastLine = lineCount
      }
    }
    return paragraph
  }
}

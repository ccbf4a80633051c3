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
  /// Carriage returns are looked for a window at a time, ahead of the lines: no CR lies between
  /// the current line's start and `carriageReturnFreeEnd`, which is either the next CR
  /// (`windowEndsAtCarriageReturn`) or where the last window stopped. A file without CRs then
  /// costs one `memchr` per line, and opening a huge file does not read it all to find out.
  private var carriageReturnFreeEnd: Int
  private var windowEndsAtCarriageReturn = false
  /// Small, because a file read as indexing goes (`FileFill`) must be read this far past the
  /// paragraph being parsed before the first screen.
  static let carriageReturnWindow = 64 << 10

  init(text: UnsafeBufferPointer<UInt8>, start: Int) {
    self.text = text
    self.position = start
    carriageReturnFreeEnd = start
  }

  private mutating func findCarriageReturn(from start: Int) {
    let count = text.count
    guard let base = text.baseAddress, start < count else {
      carriageReturnFreeEnd = count
      windowEndsAtCarriageReturn = false
      return
    }
    let length = min(Self.carriageReturnWindow, count - start)
    if let found = memchr(base + start, 0x0D, length) {
      carriageReturnFreeEnd = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      windowEndsAtCarriageReturn = true
    } else {
      carriageReturnFreeEnd = start + length
      windowEndsAtCarriageReturn = false
    }
  }

  /// Where the line starting at `start` ends: its LF, or its CR (of CRLF or a lone CR). The
  /// LF is looked for only up to the next CR, so a file of CR-ended lines stays linear.
  @inline(__always) private mutating func lineEnd(from start: Int) -> Int {
    let count = text.count
    guard let base = text.baseAddress else { return count }
    var from = start
    while true {
      if windowEndsAtCarriageReturn && carriageReturnFreeEnd < start {
        findCarriageReturn(from: carriageReturnFreeEnd + 1)
        continue
      }
      let limit = carriageReturnFreeEnd
      if from < limit, let found = memchr(base + from, 0x0A, limit - from) {
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
      }
      if windowEndsAtCarriageReturn || limit >= count { return limit }
      from = max(from, limit)
      findCarriageReturn(from: limit)
    }
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

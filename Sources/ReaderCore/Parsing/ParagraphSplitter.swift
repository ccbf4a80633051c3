#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Cuts plain text into lines (LF, CRLF or a lone CR) and the lines into paragraphs, in one
/// forward pass: the first half of `PlainTextReader`. A line holding only spaces and tabs is
/// blank. Each inner line end becomes a soft `LineBreak`; a paragraph whose text starts with a
/// list mark is a list item, and a later line starting with one starts the next item.
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

  /// The next paragraph, with its line breaks and list items but no inline marks, or nil at
  /// the end of the text.
  mutating func next() -> Paragraph? {
    let count = text.count
    var paragraph: Paragraph? = nil
    var firstLineStart = position
    var lastLineEnd = position
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
        if paragraph != nil { break }
        continue
      }
      var last = end
      while last > first && Bytes.isSpace(text[last - 1]) { last -= 1 }
      // Moved out and back so that appending does not copy the breaks.
      if var open = paragraph.take() {
        let item =
          ListMark.starts(text, at: first, end: last)
          ? ListMark.indent(text, from: start, to: first) : nil
        open.breaks.append(LineBreak(kind: .soft, range: lastLineEnd..<first, listItemIndent: item))
        open.range = open.range.lowerBound..<last
        open.lastLine = lineCount
        paragraph = open
      } else {
        paragraph = Paragraph(range: first..<last, firstLine: lineCount, lastLine: lineCount)
        firstLineStart = start
      }
      lastLineEnd = last
    }
    guard var found = paragraph else { return nil }
    // Judged on the whole paragraph, as list paragraphs always were: `-` and spaces alone on the
    // first line still start a list when more lines follow.
    if ListMark.starts(text, at: found.range.lowerBound, end: found.range.upperBound) {
      found.kind = .listItem(
        indent: ListMark.indent(text, from: firstLineStart, to: found.range.lowerBound))
    }
    return found
  }
}

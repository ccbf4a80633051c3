#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Cuts plain text into lines (LF, CRLF or a lone CR) and the lines into paragraphs, in one
/// forward pass: the first half of `PlainTextReader`. A line holding only spaces and tabs is
/// blank. Each inner line end becomes a soft `LineBreak`; a paragraph whose text starts with a
/// list mark is a list item, and a later line starting with one starts the next item.
///
/// Some line ends end a paragraph without a blank line:
/// - in text written a paragraph to a line (saved from a word processor, copied from a page),
///   which often has no blank lines at all: every line end, when the first
///   `carriageReturnWindow` bytes hold no blank line but a line of more than
///   `unwrappedLineBytes`; elsewhere, one next to such a line, since nobody wraps lines that
///   long by hand. Read by the blank lines alone, such a file was one paragraph: one article,
///   and a 60 MB book showed nothing until all of it was read (1.1 s).
/// - the one after a paragraph's first line when the rest (one or two lines) is a byline:
///   `Title` and `by Name` on consecutive lines are a title and a byline, as with a blank line
///   between them.
struct ParagraphSplitter {
  private(set) var text: UnsafeBufferPointer<UInt8>
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
  /// Lines longer than this (in bytes, without the spaces around them) are paragraphs written
  /// on one line: wrapped text keeps its lines under 100 columns, and the four real
  /// anthologies and the seed have no paragraph in which such a line is followed by another.
  static let unwrappedLineBytes = 200
  /// The longest first line that may be a title over a byline on the next line.
  static let titleLineBytes = 300

  /// Where a line starts, with what the search for carriage returns knew there: going back to
  /// it reads the same lines again.
  private struct Mark {
    var position: Int
    var lineCount: Int
    var carriageReturnFreeEnd: Int
    var windowEndsAtCarriageReturn: Bool
  }

  /// Whether every line is a paragraph (see above); found on the first call of `next()`, when
  /// the first window of the text has been read.
  private var everyLineIsAParagraph: Bool?

  /// Whether the window from `start` has no blank line, two lines or more, and a line longer
  /// than `unwrappedLineBytes`. A line cut by the window's end is not counted.
  private func readsAsALineAParagraph(from start: Int) -> Bool {
    let end = min(text.count, start + Self.carriageReturnWindow)
    var lines = 0
    var hasLongLine = false
    var lineStart = start
    var lineHasText = false
    var index = start
    while index < end {
      let byte = text[index]
      if byte == 0x0A || byte == 0x0D {
        guard lineHasText else { return false }
        lines += 1
        if index - lineStart > Self.unwrappedLineBytes { hasLongLine = true }
        if byte == 0x0D && index + 1 < end && text[index + 1] == 0x0A { index += 1 }
        lineStart = index + 1
        lineHasText = false
      } else if !Bytes.isSpace(byte) {
        lineHasText = true
      }
      index += 1
    }
    return lines >= 2 && hasLongLine
  }

  private var mark: Mark {
    Mark(
      position: position, lineCount: lineCount, carriageReturnFreeEnd: carriageReturnFreeEnd,
      windowEndsAtCarriageReturn: windowEndsAtCarriageReturn)
  }

  private mutating func reset(to mark: Mark) {
    position = mark.position
    lineCount = mark.lineCount
    carriageReturnFreeEnd = mark.carriageReturnFreeEnd
    windowEndsAtCarriageReturn = mark.windowEndsAtCarriageReturn
  }

  init(text: UnsafeBufferPointer<UInt8>, start: Int) {
    self.text = text
    self.position = start
    carriageReturnFreeEnd = start
  }

  /// This splitter as it stands, reading on only to `end` (not before its position), where
  /// the text then ends: a paragraph in progress there ends there.
  func ending(at end: Int) -> ParagraphSplitter {
    var copy = self
    copy.text = UnsafeBufferPointer(rebasing: text[..<max(position, min(end, text.count))])
    if carriageReturnFreeEnd >= copy.text.count {
      copy.carriageReturnFreeEnd = copy.text.count
      copy.windowEndsAtCarriageReturn = false
    }
    return copy
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
    if everyLineIsAParagraph == nil {
      everyLineIsAParagraph = readsAsALineAParagraph(from: position)
    }
    let splitsEveryLine = everyLineIsAParagraph == true
    var paragraph: Paragraph? = nil
    var firstLineStart = position
    var lastLineEnd = position
    var lastLineIsLong = false
    /// Where the paragraph's second line starts.
    var secondLine: Mark?
    while position < count {
      let lineStart = mark
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
      let isLong = last - first > Self.unwrappedLineBytes
      if paragraph != nil && (splitsEveryLine || isLong || lastLineIsLong) {
        // A paragraph written on one line: this line is read again as the next paragraph's.
        reset(to: lineStart)
        break
      }
      lastLineIsLong = isLong
      // Moved out and back so that appending does not copy the breaks.
      if var open = paragraph.take() {
        if open.breaks.isEmpty { secondLine = lineStart }
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
    if let secondLine, isTitleOverByline(found, indent: found.range.lowerBound - firstLineStart) {
      found.range = found.range.lowerBound..<found.firstLineEnd
      found.breaks = []
      found.lastLine = found.firstLine
      reset(to: secondLine)
      return found
    }
    // Judged on the whole paragraph, as list paragraphs always were: `-` and spaces alone on the
    // first line still start a list when more lines follow.
    if ListMark.starts(text, at: found.range.lowerBound, end: found.range.upperBound) {
      found.kind = .listItem(
        indent: ListMark.indent(text, from: firstLineStart, to: found.range.lowerBound))
    }
    return found
  }

  /// Whether the line at `start` begins with a number (`1. The bakery`, `2) Tools`): a
  /// numbered title over a byline is a title, where a bullet over one stays a list.
  private func startsWithNumber(_ start: Int) -> Bool {
    start < text.count && Bytes.isDigit(text[start])
  }

  /// Whether `paragraph`, whose first line is indented by `indent` bytes, is a short first
  /// line over a byline of one or two lines indented no further. (A table of contents sets
  /// each title over its author's byline, indented: `THE WILLOWS` / `    BY ALGERNON
  /// BLACKWOOD`; those stay one entry.)
  private func isTitleOverByline(_ paragraph: Paragraph, indent: Int) -> Bool {
    guard let first = paragraph.breaks.first,
      paragraph.breaks.count <= 1 + BylineParser.maximumBreaks,
      first.range.lowerBound - paragraph.range.lowerBound <= Self.titleLineBytes,
      !ListMark.starts(text, at: paragraph.range.lowerBound, end: first.range.lowerBound)
        || startsWithNumber(paragraph.range.lowerBound)
    else { return false }
    // The second line's indentation: what follows the first line's end in the break.
    var lineStart = first.range.upperBound
    while lineStart > first.range.lowerBound && text[lineStart - 1] != 0x0A
      && text[lineStart - 1] != 0x0D
    {
      lineStart -= 1
    }
    guard first.range.upperBound - lineStart <= indent else { return false }
    var rest = Paragraph(
      range: first.range.upperBound..<paragraph.range.upperBound,
      firstLine: paragraph.firstLine + 1, lastLine: paragraph.lastLine)
    rest.breaks = Array(paragraph.breaks.dropFirst())
    // Marks are found after the split, but a byline in bold (`**by Ann Lee**`, `by
    // **Ann Lee**`) is read without its markers, so it needs its own here.
    rest.marks = BoldScanner.scan(text, rest.range).map {
      var mark = InlineMark(kind: .bold, content: $0.content, outer: $0.outer)
      mark.continuesHighlight = $0.continues
      return mark
    }
    guard let byline = BylineParser.parse(text, rest) else { return false }
    // A quotation signed on its next line (`“…”` / `— Petra Koll, March 3, 2024`) stays one.
    return !byline.isDashCredit
      || !QuotationLine.matches(text, paragraph.range.lowerBound..<first.range.lowerBound)
  }
}

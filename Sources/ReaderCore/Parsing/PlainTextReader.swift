/// The plain-text reader: turns a compilation's bytes into the paragraph stream, one paragraph
/// at a time, with the editor's bold marks as inline marks.
///
/// `ParagraphSplitter` finds the lines, breaks and list items; `BoldScanner` finds the bold
/// marks, per paragraph, or per item in a list, since an item is a block of its own and a
/// highlight does not cross into the next one. Markdown and HTML readers will produce the same
/// stream from their own parsers.
struct PlainTextReader: ParagraphReader {
  private(set) var text: UnsafeBufferPointer<UInt8>
  private var splitter: ParagraphSplitter

  init(text: UnsafeBufferPointer<UInt8>, start: Int) {
    self.text = text
    splitter = ParagraphSplitter(text: text, start: start)
  }

  /// Byte offset the reader has reached.
  var position: Int { splitter.position }
  /// Lines read so far; the file's line count once `next()` has returned nil.
  var lineCount: Int { splitter.lineCount }
  /// Whether the text has been read to its end.
  var isAtEnd: Bool { splitter.position >= text.count }

  /// This reader as it stands, reading on only to `end`, where the text then ends.
  func ending(at end: Int) -> PlainTextReader {
    var copy = self
    copy.splitter = splitter.ending(at: end)
    copy.text = copy.splitter.text
    return copy
  }

  /// The next paragraph, or nil at the end of the text.
  mutating func next() -> Paragraph? {
    guard var paragraph = splitter.next() else { return nil }
    guard case .listItem = paragraph.kind else {
      addBold(to: &paragraph, in: paragraph.range)
      return paragraph
    }
    var itemStart = paragraph.range.lowerBound
    for lineBreak in paragraph.breaks where lineBreak.listItemIndent != nil {
      addBold(to: &paragraph, in: itemStart..<lineBreak.range.lowerBound)
      itemStart = lineBreak.range.upperBound
    }
    addBold(to: &paragraph, in: itemStart..<paragraph.range.upperBound)
    return paragraph
  }

  private func addBold(to paragraph: inout Paragraph, in range: Range<Int>) {
    for run in BoldScanner.scan(text, range) {
      var mark = InlineMark(kind: .bold, content: run.content, outer: run.outer)
      mark.continuesHighlight = run.continues
      paragraph.marks.append(mark)
    }
  }
}

/// An input format's reader: hands out the paragraph stream of a text, one paragraph at a
/// time, so the structure pass never knows which format it reads. `PlainTextReader` is the
/// first; Markdown and HTML readers will conform too.
protocol ParagraphReader {
  /// The next paragraph, or nil at the end of the text.
  mutating func next() -> Paragraph?
  /// Byte offset reached in the buffer the paragraphs point into.
  var position: Int { get }
  /// Whether the text has been read to its end.
  var isAtEnd: Bool { get }
  /// Source lines read so far; the text's line count once `next()` has returned nil.
  var lineCount: Int { get }
}

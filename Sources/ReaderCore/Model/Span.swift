/// How a run of text is drawn: as the author wrote it, or as one of the editor's highlights.
public enum SpanStyle: UInt8, Sendable, Hashable {
  case plain
  case highlight
}

/// A run of text in one block: a byte range into the document's storage and its style.
///
/// A span may contain soft line breaks (`\n`, `\r\n`, `\r`) and the indentation that follows
/// them; the wrapper treats any run of whitespace that holds a line break as one space. Bold
/// markers (`**`, `<b>`, …) are never inside a span: the structure pass splits spans around the
/// marks the reader found.
public struct Span: Sendable, Hashable {
  /// Bytes in `Document.storage`.
  public var range: Range<Int>
  public var style: SpanStyle
  /// Index into `Document.highlights` when `style == .highlight`, otherwise -1.
  public var highlight: Int32

  public init(range: Range<Int>, style: SpanStyle = .plain, highlight: Int32 = -1) {
    self.range = range
    self.style = style
    self.highlight = highlight
  }
}

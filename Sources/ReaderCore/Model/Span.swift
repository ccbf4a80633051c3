/// How a run of text is drawn: as the author wrote it, as one of the editor's highlights, or
/// as a link's words.
public enum SpanStyle: UInt8, Sendable, Hashable {
  case plain
  case highlight
  /// A link's words; the reading pane draws them as plain text.
  case link
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
  /// Index into `Document.highlights` when `style == .highlight`, into `Document.links` when
  /// `style == .link` (one field for both keeps a span at 24 bytes), otherwise -1.
  public var highlight: Int32

  public init(range: Range<Int>, style: SpanStyle = .plain, highlight: Int32 = -1) {
    self.range = range
    self.style = style
    self.highlight = highlight
  }

  /// A link's words: `link` indexes `Document.links`.
  public init(range: Range<Int>, link: Int) {
    self.init(range: range, style: .link, highlight: Int32(link))
  }

  /// Index into `Document.links` of a link's words, else nil.
  public var link: Int? { style == .link ? Int(highlight) : nil }
}

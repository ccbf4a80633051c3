/// How a run of text is drawn: as the author wrote it, as one of the editor's highlights, or
/// as a link's words.
public enum SpanStyle: UInt8, Sendable, Hashable {
  case plain
  case highlight
  /// A link's words; the reading pane draws them in the theme's link style.
  case link
}

/// A run of text in one block: a byte range into the document's storage and its style.
///
/// A span may contain soft line breaks (`\n`, `\r\n`, `\r`) and the indentation that follows
/// them; the wrapper treats any run of whitespace that holds a line break as one space. Bold
/// markers (`**`, `<b>`, …) are never inside a span: the structure pass splits spans around the
/// marks the reader found.
///
/// 12 bytes: offsets as `UInt32` (the loader refuses storage of `Document.maximumBytes` or
/// more, so every offset fits), and the style packed with the highlight's index. Tables store
/// a plain span in 8 (`PackedSpan`), since a file of short paragraphs has one per paragraph.
public struct Span: Sendable, Hashable {
  private var start: UInt32
  private var length: UInt32
  /// `(highlight + 1) << 2 | style`.
  private var tag: UInt32

  /// The largest index a span can name in `Document.highlights` or `Document.links`. Each of
  /// those records takes tens of bytes, so memory runs out long before an index gets here.
  public static let maximumIndex = Int32((1 << 30) - 2)

  /// Bytes in `Document.storage`.
  public var range: Range<Int> {
    get { Int(start)..<Int(start) + Int(length) }
    set {
      precondition(
        newValue.lowerBound >= 0 && newValue.upperBound <= Document.maximumBytes,
        "Span beyond Document.maximumBytes")
      start = UInt32(truncatingIfNeeded: newValue.lowerBound)
      length = UInt32(truncatingIfNeeded: newValue.count)
    }
  }

  public var style: SpanStyle {
    get { SpanStyle(rawValue: UInt8(tag & 3)) ?? .plain }
    set { tag = tag & ~3 | UInt32(newValue.rawValue) }
  }

  /// Index into `Document.highlights` when `style == .highlight`, into `Document.links` when
  /// `style == .link` (one field for both), otherwise -1.
  public var highlight: Int32 {
    get { Int32(bitPattern: tag >> 2) - 1 }
    set {
      precondition(newValue >= -1 && newValue <= Span.maximumIndex, "Span index out of bounds")
      tag = UInt32(newValue + 1) << 2 | tag & 3
    }
  }

  public init(range: Range<Int>, style: SpanStyle = .plain, highlight: Int32 = -1) {
    start = 0
    length = 0
    tag = UInt32(style.rawValue)
    self.range = range
    self.highlight = highlight
  }

  /// A link's words: `link` indexes `Document.links`.
  public init(range: Range<Int>, link: Int) {
    self.init(range: range, style: .link, highlight: Int32(link))
  }

  /// Index into `Document.links` of a link's words, else nil.
  public var link: Int? { style == .link ? Int(highlight) : nil }
}

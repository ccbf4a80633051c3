/// What a block is, which decides how the reading pane sets it.
public enum BlockKind: UInt8, Sendable, Hashable {
  /// The article's title line.
  case title
  /// The `by …` line.
  case byline
  /// The editor's note, shown where it stands, set apart. Its spans exclude the parentheses
  /// and the `— NAME` signature.
  case editorNote
  /// The standfirst: a short line under the byline.
  case dek
  /// A paragraph about the author (`NAME is …`).
  case bio
  /// Ordinary body text.
  case paragraph
  /// A paragraph that starts like `1.`, `-`, `*` or `•`; it keeps its indentation.
  case listItem
  /// The line naming a speaker (`Role Name:`); `Block.quote` points at its quote.
  case speaker
  /// A paragraph of what a speaker said.
  case speakerQuote
  /// The `Source` line that closes a speaker block.
  case source
  /// The `Related` (or `Additional Related Articles`) heading.
  case relatedHeading
  /// One related link: `TITLE [DATE] note`.
  case relatedLink
  /// One line of verse, its indentation in `indent`. A stanza is consecutive verse blocks on
  /// consecutive lines; its lines are set as written, never joined.
  case verse
  /// A heading inside an article that starts none (Markdown `###`, a page's `<h3>` with no
  /// byline after it): body text set apart, exported as a `paragraph` (FORMAT.md's kinds
  /// have no heading).
  case heading
}

/// One paragraph-level piece of an article.
public struct Block: Sendable, Hashable {
  // Span indexes as `UInt32`, as a span's offsets are (a document has at most one span per
  // byte of `Document.maximumBytes`). Tables store most blocks in 12 bytes (`PackedBlock`);
  // this is the form a block is read and kept whole in.
  private var firstSpan: UInt32
  private var spanCount: UInt32
  /// 1-based line numbers in the file, first and last.
  public var firstLine: Int32
  public var lastLine: Int32
  /// For `.speaker` and `.speakerQuote` blocks: index into `Document.quotes`; otherwise -1.
  public var quote: Int32
  /// Leading columns of indentation kept for list items; 0 elsewhere.
  public var indent: UInt16
  public var kind: BlockKind

  /// Indexes into `Document.spans`.
  public var spans: Range<Int> {
    get { Int(firstSpan)..<Int(firstSpan) + Int(spanCount) }
    set {
      precondition(
        newValue.lowerBound >= 0 && newValue.upperBound <= Int(UInt32.max),
        "Block spans beyond UInt32")
      firstSpan = UInt32(truncatingIfNeeded: newValue.lowerBound)
      spanCount = UInt32(truncatingIfNeeded: newValue.count)
    }
  }

  public init(
    kind: BlockKind, spans: Range<Int>, firstLine: Int32, lastLine: Int32,
    indent: UInt16 = 0, quote: Int32 = -1
  ) {
    self.kind = kind
    firstSpan = 0
    spanCount = 0
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.indent = indent
    self.quote = quote
    self.spans = spans
  }
}

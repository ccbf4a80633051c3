/// One paragraph of the stream every input reader produces and the structure pass consumes:
/// where its text lies in the buffer, its inline marks and line breaks, the source lines it
/// came from, and what kind of block the input itself said it is.
///
/// All ranges are byte offsets into the one buffer the document is built on. A reader that
/// knows nothing of a field leaves it at its default: plain text never sets a heading level or
/// the block-quote flag, Markdown and HTML readers will.
struct Paragraph {
  /// From the first byte of text to the end of the last line's text, markers included.
  var range: Range<Int>
  /// 1-based source lines (of the file for plain text, of the source for Markdown and HTML).
  var firstLine: Int
  var lastLine: Int
  var kind: ParagraphKind = .text
  /// Set when the input put the paragraph inside a block quote (`>`, `<blockquote>`).
  var isBlockQuote = false
  /// Set on the first paragraph of a block quote: two quotes in a row stay two.
  var startsBlockQuote = false
  /// Set on the first paragraph of a piece the input itself delimits (one `<article>` of a
  /// page's several): it starts an article whether or not a byline follows.
  var startsPiece = false
  /// Bold and links, in document order, not overlapping.
  var marks: [InlineMark] = []
  /// The breaks between the paragraph's lines, in order; empty for a one-line paragraph.
  var breaks: [LineBreak] = []

  /// One line of text: what a title, a byline or a speaker line must be.
  var isSingleLine: Bool { breaks.isEmpty }

  /// Where the first line's text ends.
  var firstLineEnd: Int { breaks.first?.range.lowerBound ?? range.upperBound }
}

/// What kind of block a reader recognised a paragraph as, before any structure is found.
/// Public so that a markup reader in another module can say what it rendered.
public enum ParagraphKind: Equatable, Sendable {
  /// Running text; everything plain text does not mark otherwise.
  case text
  /// A heading the input marked as such (`#`, `<h2>`), level 1 to 6.
  case heading(level: Int)
  /// A list item, indented `indent` columns (tabs to multiples of four). In plain text one
  /// paragraph may hold several items: each later one starts after a break whose
  /// `listItemIndent` is set.
  case listItem(indent: Int)
  /// Text whose line breaks and spaces are kept as written (code, `<pre>`).
  case preformatted
}

extension ParagraphKind {
  /// Whether the input marked the paragraph as a heading.
  var isHeading: Bool {
    if case .heading = self { return true }
    return false
  }
}

/// A parsed compilation: immutable, shareable across threads, its text stored once.
///
/// Everything points into flat tables by index: articles own ranges of blocks, blocks own
/// ranges of spans, spans own byte ranges of `storage`. Nothing holds a `String` per line.
///
/// While a file is still being indexed (`DocumentIndexer`), a document is a snapshot of the
/// articles closed so far and the one still open (`lastArticleIsOpen`); later snapshots only
/// add to the end of every table and of the open article.
public struct Document: Sendable {
  public var storage: TextStorage
  /// The compilation's own title (a Markdown `#` heading, a web page's `<h1>` or `<title>`);
  /// nil for plain text.
  public var title: String? = nil
  /// What the file was read as.
  public var input = InputFormat.text
  /// The path as given, `-` for standard input, or `(sample)`.
  public var source: String
  public var encoding: TextEncoding
  /// How many invalid UTF-8 sequences were shown as U+FFFD (0 when `encoding` is not UTF-8).
  public var replacedSequences: Int
  public var editor: Editor?
  public var articles: Table<Article>
  public var blocks: PackedTable<Block>
  public var spans: PackedTable<Span>
  public var highlights: Table<Highlight>
  public var quotes: Table<Quote>
  /// The compilation's own links (`Additional Related Articles`).
  public var related: Table<RelatedLink>
  /// Links in running text, in document order (Markdown and web pages).
  public var links: Table<InlineLink> = Table()
  public var authors: AuthorIndex
  /// Lines in the file.
  public var lineCount: Int
  /// The distributor's header, title page and contents before the first piece, or nil.
  public var frontMatter: Matter?
  /// The distributor's end marker and licence after the last piece, or nil.
  public var backMatter: Matter?
  /// True in a snapshot whose last article is still being read: it holds the blocks,
  /// highlights and quotes indexed so far, and later snapshots add to its end (a book's one
  /// article closes only at the end of the file). What counts an article whole must wait.
  public var lastArticleIsOpen = false

  /// The articles no later snapshot changes: all of them but an open last one.
  public var closedArticleCount: Int { articles.count - (lastArticleIsOpen ? 1 : 0) }

  public init(
    storage: TextStorage, source: String, encoding: TextEncoding, replacedSequences: Int = 0,
    editor: Editor?, articles: [Article], blocks: [Block], spans: [Span],
    highlights: [Highlight], quotes: [Quote], related: [RelatedLink], authors: AuthorIndex,
    lineCount: Int, frontMatter: Matter? = nil, backMatter: Matter? = nil
  ) {
    self.storage = storage
    self.source = source
    self.encoding = encoding
    self.replacedSequences = replacedSequences
    self.editor = editor
    self.articles = Table(articles)
    self.blocks = PackedTable(blocks)
    self.spans = PackedTable(spans)
    self.highlights = Table(highlights)
    self.quotes = Table(quotes)
    self.related = Table(related)
    self.authors = authors
    self.lineCount = lineCount
    self.frontMatter = frontMatter
    self.backMatter = backMatter
  }

  init(
    storage: TextStorage, source: String, encoding: TextEncoding, replacedSequences: Int,
    editor: Editor?, articleTable: Table<Article>, blockTable: PackedTable<Block>,
    spanTable: PackedTable<Span>, highlightTable: Table<Highlight>, quoteTable: Table<Quote>,
    relatedTable: Table<RelatedLink>, linkTable: Table<InlineLink> = Table(),
    authors: AuthorIndex, lineCount: Int, frontMatter: Matter? = nil, backMatter: Matter? = nil
  ) {
    self.storage = storage
    self.source = source
    self.encoding = encoding
    self.replacedSequences = replacedSequences
    self.editor = editor
    articles = articleTable
    blocks = blockTable
    spans = spanTable
    highlights = highlightTable
    quotes = quoteTable
    related = relatedTable
    links = linkTable
    self.authors = authors
    self.lineCount = lineCount
    self.frontMatter = frontMatter
    self.backMatter = backMatter
  }

  /// The text of a span as stored (soft line breaks included).
  public func text(of span: Span) -> String { storage.string(span.range) }

  /// The plain text of a block: spans joined, soft line breaks folded to single spaces.
  public func text(of block: Block) -> String {
    var result = ""
    for index in block.spans { result += text(of: spans[index]) }
    return Document.foldingLineBreaks(result)
  }

  /// A highlight's phrase without markers, soft line breaks folded to single spaces. A
  /// highlight over two lines of verse has a piece in each line's block, and the line break
  /// between them is not in either: it is put back as a space.
  public func text(of highlight: Highlight) -> String {
    var result = ""
    var previousEnd: Int?
    for index in highlight.spans {
      let range = spans[index].range
      if let previousEnd, storage.containsLineBreak(previousEnd..<range.lowerBound) {
        result += " "
      }
      result += text(of: spans[index])
      previousEnd = range.upperBound
    }
    return Document.foldingLineBreaks(result)
  }

  /// A quote's text: an inline quotation's words, or a speaker's paragraphs joined by blank
  /// lines.
  /// The bytes an inline quotation shows: its range in the pieces of its block's spans, so
  /// that bold markers inside it (`“**a tax on the river**”`) are left out as the reading
  /// pane leaves them out.
  public func shownRanges(of quote: Quote) -> [Range<Int>] {
    guard quote.kind == .inline, let block = quote.blocks.first, block < blocks.count else {
      return [quote.range]
    }
    var result: [Range<Int>] = []
    for index in blocks.spans(at: block) {
      let piece = spans.range(at: index).clamped(to: quote.range)
      if piece.isEmpty { continue }
      if let last = result.last, last.upperBound == piece.lowerBound {
        result[result.count - 1] = last.lowerBound..<piece.upperBound
      } else {
        result.append(piece)
      }
    }
    return result.isEmpty ? [quote.range] : result
  }

  public func text(of quote: Quote) -> String {
    switch quote.kind {
    case .inline:
      let shown = shownRanges(of: quote).map { storage.string($0) }.joined()
      return Document.foldingLineBreaks(shown)
    case .block:
      return quote.blocks.map { text(of: blocks[$0]) }.joined(separator: "\n\n")
    }
  }

  /// Replaces each run of whitespace that holds a line break with one space.
  public static func foldingLineBreaks(_ text: String) -> String {
    // Looked for by bytes: a line feed or carriage return is always a character of its own
    // (or `\r\n`), so a byte of either is such a character, and testing characters was most
    // of finding a saved place again.
    guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
    var result = ""
    var pendingBreak = false
    var pendingSpace = ""
    for character in text {
      if character == "\n" || character == "\r" || character == "\r\n" {
        pendingBreak = true
      } else if character == " " || character == "\t" {
        pendingSpace.append(character)
      } else {
        if pendingBreak {
          if !result.isEmpty { result.append(" ") }
        } else {
          result += pendingSpace
        }
        pendingBreak = false
        pendingSpace = ""
        result.append(character)
      }
    }
    if !pendingBreak { result += pendingSpace }
    return result
  }
}

import ReaderCore

/// Builds small documents by hand, for tests that must not depend on the parser.
struct DocumentBuilder {
  /// A piece of a paragraph: plain text or one of the editor's highlights.
  enum Part {
    case plain(String)
    case bold(String)
  }

  private var bytes: [UInt8] = []
  private var articles: [Article] = []
  private var blocks: [Block] = []
  private var spans: [Span] = []
  private var highlights: [Highlight] = []
  private var quotes: [Quote] = []
  private var editor: Editor?
  private var open:
    (
      title: String, authors: [String], date: CalendarDate?, start: Int, highlights: Int,
      quotes: Int
    )?

  mutating func article(_ title: String, by authors: [String], date: CalendarDate? = nil) {
    finishArticle()
    open = (title, authors, date, blocks.count, highlights.count, quotes.count)
    block(.title, [.plain(title)])
    block(.byline, [.plain("by " + authors.joined(separator: " and "))])
  }

  mutating func paragraph(_ parts: Part...) { block(.paragraph, parts) }

  mutating func note(_ text: String, editor name: String) {
    editor = Editor(name: name, note: text, block: blocks.count)
    block(.editorNote, [.plain(text)])
  }

  mutating func speaker(_ name: String?, role: String?, says parts: Part...) {
    let quote = quotes.count
    block(
      .speaker, [.plain((role.map { $0 + " " } ?? "") + (name ?? "Someone") + ":")], quote: quote)
    let first = blocks.count
    block(.speakerQuote, parts, quote: quote)
    quotes.append(
      Quote(
        kind: .block, speaker: name, role: role, article: articles.count, blocks: first..<first + 1)
    )
  }

  mutating func block(_ kind: BlockKind, _ parts: [Part], quote: Int = -1) {
    let firstSpan = spans.count
    for part in parts {
      switch part {
      case .plain(let text):
        spans.append(Span(range: append(text)))
      case .bold(let text):
        let highlight = highlights.count
        highlights.append(
          Highlight(
            number: highlight + 1, article: articles.count, block: blocks.count,
            spans: spans.count..<spans.count + 1))
        spans.append(Span(range: append(text), style: .highlight, highlight: Int32(highlight)))
      }
    }
    append("\n\n")
    blocks.append(
      Block(
        kind: kind, spans: firstSpan..<spans.count, firstLine: 1, lastLine: 1,
        quote: Int32(quote)))
  }

  @discardableResult
  private mutating func append(_ text: String) -> Range<Int> {
    let start = bytes.count
    bytes.append(contentsOf: Array(text.utf8))
    return start..<bytes.count
  }

  private mutating func finishArticle() {
    guard let open else { return }
    articles.append(
      Article(
        number: articles.count + 1, title: open.title, authors: open.authors,
        authorDescription: nil, date: open.date, dateText: nil, blocks: open.start..<blocks.count,
        dek: nil, bio: nil, paragraphCount: 0, firstLine: 1, lastLine: 1,
        highlights: open.highlights..<highlights.count, quotes: open.quotes..<quotes.count,
        related: []))
    self.open = nil
  }

  mutating func build(source: String = "test.txt") -> Document {
    finishArticle()
    return Document(
      storage: TextStorage(copying: bytes), source: source, encoding: .utf8, editor: editor,
      articles: articles, blocks: blocks, spans: spans, highlights: highlights, quotes: quotes,
      related: [], authors: AuthorIndex(articles: articles), lineCount: 1)
  }
}

import TerminalText

/// Finds a compilation's structure in the paragraph stream, whichever reader produced it:
/// articles, bylines, the editor's note, deks, bios, speakers and related links, building the
/// `Document`'s tables as it goes.
///
/// A reader hands over paragraphs; `consume(_:)` classifies each as it comes, holding back at
/// most one: a one-line paragraph might be a title, which only the next paragraph (a byline)
/// can tell. That is how a related link that reads like a title is told from the next
/// article's title. All state lives in this value, so `DocumentIndexer` feeds it a slice at a
/// time and publishes the articles closed so far. It looks at the text's bytes only to
/// recognise shapes; lines, list items and bold come from the paragraph.
///
/// Decisions where FORMAT.md is silent:
/// - Text before the first article start becomes an article of its own, titled by its first
///   line, with no byline; a file with no article start at all is that one article.
/// - An empty or blank-only file has zero articles.
/// - The dek is looked for in one place only: the first paragraph after the byline that is not
///   the editor's note or the bio. If that one is not a short single line (≤ 300 characters,
///   not a list item or speaker line), the article has no dek; a short line further down is
///   body text, not a standfirst.
/// - A title taken from a file's first line (no byline) is cut to 200 characters plus `…` in
///   `Article.title`; its block keeps the whole line.
/// - The compilation's own links (`Additional Related Articles`) go to `Document.related`;
///   their blocks stay in the last article's block range, where they stand in the file.
/// - A trailer (`Leave a Comment`, `Leave a Reply`, …) is dropped only as the last paragraph.
/// - A `Related` section takes one-line paragraphs as links; a longer paragraph ends it.
/// - Inside a speaker block, list items stay `.listItem` blocks but carry the quote's index
///   and count in its `blocks` range; an editor's note or a heading ends the block.
/// - A block cut from a paragraph (an untitled article's first line, the note inside its
///   parentheses) keeps the paragraph's bold marks that lie wholly inside it; a mark that
///   crosses the cut is dropped and its markers show as text.
struct StructurePass {
  let storage: TextStorage
  private let text: UnsafeBufferPointer<UInt8>

  // Appended to in place, never copied: a snapshot shares them and shows a prefix.
  private let articles = TableBuffer<Article>()
  private let blocks = PackedTableBuffer<Block>()
  private let spans = PackedTableBuffer<Span>()
  private let highlights = TableBuffer<Highlight>()
  private let quotes = TableBuffer<Quote>()
  private let compilationRelated = TableBuffer<RelatedLink>()
  private let links = TableBuffer<InlineLink>()
  private var editor: Editor?
  private var authors = AuthorIndex()
  private var known = KnownNames()
  /// Full names that quotations were attributed to (`said Hana Dvorak`): only for a name next
  /// to a verb of saying later (`Dvorak said`), not looked for anywhere in a sentence as the
  /// names in `known` are, since the people a story quotes are also the people it talks to.
  private var quotedNames = KnownNames()
  /// Full names for resolving signatures by surname or initials.
  private var names = NameBook()
  /// Held until the first prose, to tell a distributor's front matter from the first piece;
  /// nil once released.
  private var leadIn: LeadIn? = LeadIn()
  private var frontMatter: Matter?
  /// Where the distributor's end marker stood, and its words; everything from it on is
  /// skipped.
  private var backMatterStart: (line: Int, title: String)?
  /// The back matter's paragraphs, its end marker first.
  private var backMatterParagraphs: [String] = []
  /// The last line of the paragraph before, to measure the blank lines before the next.
  private var previousLastLine = 0
  /// A highlight a verse line's block left open for the next line's to finish: its first span
  /// and block.
  private var carriedHighlight: (span: Int, block: Int)?
  /// How far every table reached when the last article closed: what a snapshot shows, since
  /// the open article's records may still change.
  private var closed = ClosedCounts()

  private struct ClosedCounts {
    var articles = 0
    var blocks = 0
    var spans = 0
    var highlights = 0
    var quotes = 0
    var related = 0
    var links = 0
  }

  /// A one-line paragraph waiting to learn whether a byline follows it, the blank lines
  /// before it, and a source note standing between it and the byline.
  private var pending: Paragraph?
  private var pendingGap = 0
  /// `pendingGap` as the file has it, before a dividing line above set it off as a piece.
  private var pendingRawGap = 0
  /// Set after a dividing line (`* * *`); the line itself is held until what follows it
  /// says whether it divides scenes (a block, not counted as a paragraph) or pieces (none).
  private var afterSceneBreak = false
  private var heldSceneBreak: Paragraph?
  private var pendingNote: Paragraph?
  /// The editor's note standing before the first article, placed after that article's title
  /// and byline: a note is the editor's wherever it stands (FORMAT.md), not an article.
  private var leadingNote: Paragraph?
  /// The file's first paragraph when it is one line and nothing came before it: the
  /// compilation's own title when an article with a byline starts right after it (the
  /// editor's note may stand between), else the first article's title as before.
  private var titleCandidate: Paragraph?
  /// A credit line (`Compiled by Mara Quell`) under that title, or first in the file: held with
  /// it, and read as the compilation's credit when an article with a byline starts next.
  private var titleCredit: Paragraph?
  /// The editors a credit line named, once taken: the document's editor unless a signed
  /// editor's note names one.
  private var creditNames: [String]?
  /// The compilation's own title, when the file gives one above its first article.
  private(set) var compilationTitle: String?
  /// The markup gave the compilation's title, so no first line is held as one: it would be
  /// dropped as a title the document already has.
  private let titleIsGiven: Bool
  /// The heading the markup took for that title, until an article starts: it titles the text
  /// before any article start, which would otherwise be titled by its first sentence.
  private var titleHeading: Paragraph?
  /// The quote that block quote paragraphs in a row go to, while they last.
  private var blockQuote: Int?
  private var article: OpenArticle?
  private var section = Section.body

  /// Whether the speaker line that opened the current `.speaker` section stood in a block
  /// quote.
  private var speakerInBlockQuote = false

  private enum Section: Equatable {
    case body
    case speaker(quote: Int)
    case related
    case compilationRelated
  }

  /// The article being read, until the next one starts.
  private struct OpenArticle {
    var title: String
    var byline: Byline?
    var authorKeys: [[UInt8]]
    var blockStart: Int
    var highlightStart: Int
    var quoteStart: Int
    var dek: Int? = nil
    var bio: Int? = nil
    /// True until the first paragraph after the byline that could be the dek has been seen.
    var seekingDek: Bool
    var paragraphCount = 0
    var firstLine: Int
    /// The article ends no earlier than its head: an editor's note standing before it, placed
    /// after its byline, has earlier lines than the byline's.
    var lastLineAtLeast = 0
    var related: [RelatedLink] = []
    /// Set while the paragraphs after a heading may still hold its subtitle and signature.
    var head: ArticleHead? = nil
  }

  /// The longest one-line paragraph, in bytes, that can be a title: a title is held back
  /// until the next paragraph shows whether it is a byline, so the limit only bounds what is
  /// held. Some sites put a whole sentence or two in a title, so it allows about a thousand
  /// characters of any script (four bytes each at most).
  static let maximumTitleLength = 4000
  /// The longest `Article.title` taken from a first line, in characters.
  static let maximumTitleCharacters = 200
  /// The longest dek, in characters.
  static let maximumDekLength = 300

  /// `storage` is the buffer every paragraph's ranges point into; `sourceTitle`, the title a
  /// markup file gave itself.
  init(storage: TextStorage, sourceTitle: SourceTitle? = nil) {
    self.storage = storage
    self.text = storage.bytes
    self.titleIsGiven = sourceTitle != nil
    self.titleHeading = sourceTitle?.heading
  }

  // MARK: Driving

  /// How many articles are closed (final) so far.
  var closedArticles: Int { closed.articles }

  /// Takes the stream's next paragraph. `consuming` and `take()` so that a paragraph held
  /// back is moved, not copied (two arrays' worth of reference counting each time).
  mutating func consume(_ paragraph: consuming Paragraph) {
    let gap = max(0, paragraph.firstLine - previousLastLine - 1)
    previousLastLine = paragraph.lastLine
    guard backMatterStart == nil else {
      backMatterParagraphs.append(matterText(paragraph))
      return
    }
    if leadIn == nil, DistributorMarker.parse(text, paragraph) == .end {
      startBackMatter(paragraph)
      return
    }
    if var held = leadIn.take() {
      if DistributorMarker.parse(text, paragraph) == .end {
        // Pieces too short to count as prose reach the end line still held: what was held
        // is read, and the end line starts the back matter as it would have.
        release(held)
        startBackMatter(paragraph)
        return
      }
      guard held.hold(text, paragraph, gap: gap) else {
        leadIn = held
        return
      }
      release(held)
      return
    }
    read(paragraph, gap: gap)
  }

  private mutating func read(_ paragraph: consuming Paragraph, gap rawGap: Int) {
    if SceneBreak.matches(text, paragraph) {
      if let title = pending.take() {
        // A line alone between two dividing lines is a dedication or an epigraph, no piece:
        // it keeps the space the file gave it.
        placeHeldSceneBreak()
        place(title, gap: pendingRawGap)
        if let note = pendingNote.take() { place(note, gap: 1) }
      }
      afterSceneBreak = true
      heldSceneBreak = paragraph
      return
    }
    if let title = pending.take() {
      if let byline = BylineParser.parse(text, paragraph),
        !byline.isDashCredit || !QuotationLine.matches(text, title.range)
      {
        afterSceneBreak = false
        // A dividing line before a title and byline divides pieces: it is no text of either.
        heldSceneBreak = nil
        startArticle(
          title: title, byline: byline, bylineParagraph: paragraph, note: pendingNote.take())
        return
      }
      if pendingNote == nil && SourceNote.matches(text, paragraph) {
        pending = title
        pendingNote = paragraph
        return
      }
      // Placed first: a signature that ends a piece is only known as one once placed.
      placeHeldSceneBreak()
      place(title, gap: pendingGap)
      if let note = pendingNote.take() { place(note, gap: 1) }
    }
    // A title in capitals after a dividing line, or after a signature that ended a piece, is
    // set off as by the blank lines before a piece. Only in capitals: a story's scene may
    // open with a short line (`Later.`).
    let titleAfterBreak =
      afterSceneBreak && SectionHeading.parse(text, paragraph, gap: SectionHeading.pieceGap) != nil
      && NaturalCase.isAllCaps(Bytes.string(text, paragraph.range))
    afterSceneBreak = false
    let gap = titleAfterBreak ? max(rawGap, SectionHeading.pieceGap) : rawGap
    let mayBeTitle = paragraph.isSingleLine && paragraph.range.count <= Self.maximumTitleLength
    if titleAfterBreak {
      // Before a title in capitals, the line divides pieces and is no text of either.
      heldSceneBreak = nil
    } else if !mayBeTitle {
      // Before more text the line stays where it stands, between two scenes of a piece. Before
      // a line that may be a title it stays held until the next paragraph tells whether a
      // byline follows (pieces) or not (scenes).
      placeHeldSceneBreak()
    }
    if mayBeTitle {
      pending = paragraph
      pendingGap = gap
      pendingRawGap = rawGap
    } else {
      place(paragraph, gap: gap)
    }
  }

  /// Places the dividing line held back, where it stands between two scenes of the open
  /// article; before any article there is nothing for it to divide.
  private mutating func placeHeldSceneBreak() {
    guard let sceneBreak = heldSceneBreak.take(), article != nil else { return }
    addBlock(
      .paragraph, Bytes.trimmed(text, sceneBreak.range),
      lines: sceneBreak.firstLine...sceneBreak.lastLine, marks: [])
  }

  /// Ends holding the lead-in: what comes before the first piece becomes front matter when a
  /// distributor's start line is among it, and the rest is read as usual.
  private mutating func release(_ held: LeadIn) {
    let first = held.firstPieceIndex(text)
    if first > 0 {
      var pendingBy = false
      var title: String?
      for entry in held.held[..<first] {
        let line = Bytes.foldedString(text, entry.paragraph.range)
        if let byline = BylineParser.parse(text, entry.paragraph) {
          for name in byline.authors { names.add(name) }
        }
        for name in NameHarvest.names(in: line, pendingBy: pendingBy) { names.add(name) }
        pendingBy = NameHarvest.endsWithBy(line)
        if title == nil && line.hasPrefix("Title: ") {
          title = Self.headerTitle(matterText(entry.paragraph))
        }
      }
      let firstParagraph = held.held[0].paragraph
      frontMatter = Matter(
        title: title
          ?? Bytes.foldedString(text, firstParagraph.range.lowerBound..<firstParagraph.firstLineEnd),
        firstLine: 1, lastLine: held.held[first - 1].paragraph.lastLine,
        paragraphs: held.held[..<first].map { matterText($0.paragraph) })
    }
    for entry in held.held[first...] { read(entry.paragraph, gap: entry.gap) }
  }

  /// The distributor's end line: closes the last piece; it and what follows are back matter.
  private mutating func startBackMatter(_ paragraph: Paragraph) {
    placeTitleCandidate()
    if let last = pending.take() {
      placeHeldSceneBreak()
      place(last, gap: pendingGap)
      if let note = pendingNote.take() { place(note, gap: 1) }
    }
    if let note = leadingNote.take() { startUntitledArticle(note) }
    closeArticle()
    var title = Substring(Bytes.foldedString(text, paragraph.range))
    while let first = title.first, first == "*" || first == " " { title = title.dropFirst() }
    while let last = title.last, last == "*" || last == " " { title = title.dropLast() }
    backMatterStart = (paragraph.firstLine, String(title))
    backMatterParagraphs = [matterText(paragraph)]
  }

  /// The `Title:` field of a distributor's header: its line and the lines continuing it, up
  /// to the next field (`Author: …`) when the fields share a paragraph.
  static func headerTitle(_ paragraph: String) -> String {
    // By `isNewline`: in a CRLF file `\r\n` is one character, which `"\n"` does not match.
    var lines = paragraph.split(whereSeparator: \.isNewline).map {
      String($0.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0.isWhitespace }.reversed())
    }
    lines[0] = String(lines[0].dropFirst(7))
    let fields = lines.dropFirst().prefix { line in
      guard let colon = line.firstIndex(of: ":") else { return true }
      return !line[..<colon].allSatisfy { $0.isLetter || $0 == " " }
    }
    return ([lines[0]] + fields).joinedText(separator: " ")
  }

  /// A paragraph of front or back matter as the file has it.
  private func matterText(_ paragraph: Paragraph) -> String {
    // From the start of its first line, so an indented contents list keeps its indentation.
    var start = paragraph.range.lowerBound
    while start > 0 && (text[start - 1] == UInt8(ascii: " ") || text[start - 1] == 9) { start -= 1 }
    return String(
      decoding: UnsafeBufferPointer(rebasing: text[start..<paragraph.range.upperBound]),
      as: UTF8.self)
  }

  /// The first paragraph held as a title candidate, placed as the first article's title, and
  /// the credit line held under it placed after it (or as the first article's title itself).
  private mutating func placeTitleCandidate() {
    if let first = titleCandidate.take() {
      startUntitledArticle(first)
      if let credit = titleCredit.take() { place(credit) }
    } else if let credit = titleCredit.take() {
      startUntitledArticle(credit)
    }
  }

  /// Whether `paragraph` is a credit line to hold: under the title candidate or the heading the
  /// markup gave as the title, or as the file's first paragraph, before any article or note.
  private func mayHoldCredit(_ paragraph: Paragraph) -> Bool {
    guard article == nil, articles.count == 0, titleCredit == nil, leadingNote == nil,
      creditNames == nil, !paragraph.startsPiece,
      titleIsGiven ? titleHeading != nil : titleCandidate != nil || compilationTitle == nil
    else { return false }
    return CreditLine.names(text, paragraph) != nil
  }

  /// Takes the credit line held above the first article with a byline: its names become the
  /// editor's (unless a signed note names one), and it and the compilation's title, `title`,
  /// are the document's front matter, shown as such rather than lost or read as an article.
  private mutating func takeCredit(under title: Paragraph?) {
    guard let credit = titleCredit.take() else { return }
    creditNames = CreditLine.names(text, credit)
    guard frontMatter == nil else { return }
    frontMatter = Matter(
      title: title.map { shownText(Bytes.trimmed(text, $0.range), in: $0) } ?? matterText(credit),
      firstLine: (title ?? credit).firstLine, lastLine: credit.lastLine,
      paragraphs: (title.map { [matterText($0)] } ?? []) + [matterText(credit)])
  }

  /// The stream has ended: places what is held back and closes the last article.
  mutating func finish() {
    if let held = leadIn.take() { release(held) }
    if let last = pending.take() {
      if !isTrailer(last) || pendingNote != nil {
        placeHeldSceneBreak()
        place(last, gap: pendingGap)
      }
      if let note = pendingNote.take() { place(note, gap: 1) }
    }
    placeTitleCandidate()
    // A note and no article after it: the note is all there is, as before.
    if let note = leadingNote.take() { startUntitledArticle(note) }
    // A title and nothing under it is still a document with a title, as a file of one line is.
    if let heading = titleHeading.take(), article == nil, articles.count == 0 {
      startArticleUnderSourceTitle(heading)
    }
    closeArticle()
  }

  /// The whole document, after `finish()`; `lineCount` is the reader's.
  func document(
    source: String, encoding: TextEncoding, replacedSequences: Int, lineCount: Int
  ) -> Document {
    Document(
      storage: storage, source: source, encoding: encoding, replacedSequences: replacedSequences,
      editor: documentEditor, articleTable: articles.view, blockTable: blocks.view,
      spanTable: spans.view, highlightTable: highlights.view, quoteTable: quotes.view,
      relatedTable: compilationRelated.view, linkTable: links.view, authors: authors,
      lineCount: lineCount,
      frontMatter: frontMatter, backMatter: backMatter(lineCount: lineCount))
  }

  /// The editor of a signed note, else the one a credit line named.
  private var documentEditor: Editor? { editor ?? creditEditor }

  private var creditEditor: Editor? {
    creditNames.map { Editor(name: CreditLine.editorName($0), note: nil, block: nil) }
  }

  private func backMatter(lineCount: Int) -> Matter? {
    backMatterStart.map {
      Matter(
        title: $0.title, firstLine: $0.line, lastLine: max($0.line, lineCount),
        paragraphs: backMatterParagraphs)
    }
  }

  /// The articles closed so far and everything they own, and the open article with what it
  /// holds so far; shares the tables, copies nothing but the author index (copy-on-write, so
  /// only when the pass next adds an author). Every record shown is final, except the open
  /// article's own, which is made here: its blocks, spans, highlights and links never change
  /// once appended, and the one record that does — the quote of a speaker block still being
  /// read, whose block range grows — is left out until its block ends.
  func snapshot(
    source: String, encoding: TextEncoding, replacedSequences: Int, lineCount: Int
  ) -> Document {
    guard let open = openArticleRecord() else {
      return closedSnapshot(
        source: source, encoding: encoding, replacedSequences: replacedSequences,
        lineCount: lineCount)
    }
    var authors = self.authors
    for name in open.authors { authors.add(name, article: articles.count) }
    var document = Document(
      storage: storage, source: source, encoding: encoding, replacedSequences: replacedSequences,
      editor: documentEditor, articleTable: articles.view(count: articles.count, tail: open),
      blockTable: blocks.view, spanTable: spans.view, highlightTable: highlights.view,
      quoteTable: quotes.view(count: open.quotes.upperBound),
      relatedTable: compilationRelated.view, linkTable: links.view, authors: authors,
      lineCount: lineCount, frontMatter: frontMatter, backMatter: backMatter(lineCount: lineCount))
    document.lastArticleIsOpen = true
    return document
  }

  private func closedSnapshot(
    source: String, encoding: TextEncoding, replacedSequences: Int, lineCount: Int
  ) -> Document {
    Document(
      storage: storage, source: source, encoding: encoding, replacedSequences: replacedSequences,
      editor: editor.flatMap { $0.block.map { $0 < closed.blocks } ?? true ? $0 : nil }
        ?? creditEditor,
      articleTable: articles.view(count: closed.articles),
      blockTable: blocks.view(count: closed.blocks), spanTable: spans.view(count: closed.spans),
      highlightTable: highlights.view(count: closed.highlights),
      quoteTable: quotes.view(count: closed.quotes),
      relatedTable: compilationRelated.view(count: closed.related),
      linkTable: links.view(count: closed.links), authors: authors,
      lineCount: lineCount, frontMatter: frontMatter, backMatter: backMatter(lineCount: lineCount))
  }

  /// The open article as it stands, or nil when none is open. Its quotes stop before a speaker
  /// block still being read.
  private func openArticleRecord() -> Article? {
    guard let open = article else { return nil }
    var quoteEnd = quotes.count
    if case .speaker(let quote) = section { quoteEnd = min(quoteEnd, quote) }
    return makeArticle(open, quoteEnd: max(open.quoteStart, quoteEnd))
  }

  /// The record of `open` over everything appended since it started.
  private func makeArticle(_ open: OpenArticle, quoteEnd: Int) -> Article {
    Article(
      number: articles.count + 1, title: open.title, authors: open.byline?.authors ?? [],
      authorDescription: open.byline?.description, date: open.byline?.date,
      dateText: open.byline?.dateText, blocks: open.blockStart..<blocks.count, dek: open.dek,
      bio: open.bio, paragraphCount: open.paragraphCount, firstLine: open.firstLine,
      lastLine: max(blocks.last.map { Int($0.lastLine) } ?? open.firstLine, open.lastLineAtLeast),
      highlights: open.highlightStart..<highlights.count, quotes: open.quoteStart..<quoteEnd,
      related: open.related)
  }

  // MARK: Articles

  private mutating func startArticle(
    title: Paragraph, byline: Byline, bylineParagraph: Paragraph, note: Paragraph? = nil
  ) {
    let first = titleCandidate.take()
    if let first {
      compilationTitle = shownText(Bytes.trimmed(text, first.range), in: first)
    }
    takeCredit(under: first ?? titleHeading)
    closeArticle()
    let blockStart = blocks.count
    let highlightStart = highlights.count
    let quoteStart = quotes.count
    let titleBlock = addBlock(
      .title, title.range, lines: title.firstLine...title.firstLine, marks: formatting(title))
    article = OpenArticle(
      title: plainText(of: titleBlock), byline: byline,
      authorKeys: byline.authors.map { Array($0.utf8) }, blockStart: blockStart,
      highlightStart: highlightStart, quoteStart: quoteStart, seekingDek: true,
      firstLine: title.firstLine)
    if let note {
      addBlock(.paragraph, note.range, lines: note.firstLine...note.lastLine, marks: note.marks)
    }
    addBlock(
      .byline, bylineParagraph.range, lines: bylineParagraph.firstLine...bylineParagraph.lastLine,
      marks: formatting(bylineParagraph, names: byline.authors))
    for name in byline.authors {
      known.add(name)
      names.add(name)
    }
    if let leading = leadingNote.take() { addLeadingNote(leading) }
  }

  /// Opens an article with no byline, titled by the paragraph's first line; the paragraph's
  /// other lines are placed as its first body paragraph.
  private mutating func startUntitledArticle(_ paragraph: Paragraph) {
    if let heading = titleHeading.take(), article == nil, articles.count == 0,
      !paragraph.startsPiece, !paragraph.kind.isHeading
    {
      startArticleUnderSourceTitle(heading)
      place(paragraph)
      return
    }
    titleHeading = nil
    closeArticle()
    let blockStart = blocks.count
    let highlightStart = highlights.count
    let quoteStart = quotes.count
    let titleRange = paragraph.range.lowerBound..<paragraph.firstLineEnd
    var markCursor = 0
    let titleBlock = addBlock(
      .title, titleRange, lines: paragraph.firstLine...paragraph.firstLine,
      marks: paragraph.marks,
      markIndices: markIndices(of: paragraph, in: titleRange, from: &markCursor))
    article = OpenArticle(
      title: titleText(of: titleBlock), byline: nil, authorKeys: [],
      blockStart: blockStart, highlightStart: highlightStart, quoteStart: quoteStart,
      seekingDek: false, firstLine: paragraph.firstLine)
    if let leading = leadingNote.take() { addLeadingNote(leading) }
    guard let firstBreak = paragraph.breaks.first else { return }
    var rest = Paragraph(
      range: firstBreak.range.upperBound..<paragraph.range.upperBound,
      firstLine: paragraph.firstLine + 1, lastLine: paragraph.lastLine)
    switch paragraph.kind {
    case .text, .listItem:
      rest.kind = firstBreak.listItemIndent.map { .listItem(indent: $0) } ?? .text
    case .heading, .preformatted:
      rest.kind = paragraph.kind
    }
    rest.isBlockQuote = paragraph.isBlockQuote
    rest.breaks = Array(paragraph.breaks.dropFirst())
    rest.marks = Array(
      paragraph.marks[markIndices(of: paragraph, in: rest.range, from: &markCursor)])
    place(rest)
  }

  /// Opens the first article with no byline under the heading the markup took for the
  /// compilation's title; the paragraphs that follow are its text.
  private mutating func startArticleUnderSourceTitle(_ heading: Paragraph) {
    let blockStart = blocks.count
    let highlightStart = highlights.count
    let titleBlock = addBlock(
      .title, heading.range, lines: heading.firstLine...heading.lastLine, marks: heading.marks)
    article = OpenArticle(
      title: titleText(of: titleBlock), byline: nil, authorKeys: [],
      blockStart: blockStart, highlightStart: highlightStart, quoteStart: quotes.count,
      seekingDek: false, firstLine: heading.firstLine)
    if let leading = leadingNote.take() { addLeadingNote(leading) }
  }

  private mutating func closeArticle() {
    // A block quote never runs on into the next article.
    blockQuote = nil
    guard let open = article else { return }
    article = nil
    section = .body
    for name in open.byline?.authors ?? [] { authors.add(name, article: articles.count) }
    articles.append(makeArticle(open, quoteEnd: quotes.count))
    closed = ClosedCounts(
      articles: articles.count, blocks: blocks.count, spans: spans.count,
      highlights: highlights.count, quotes: quotes.count, related: compilationRelated.count,
      links: links.count)
  }

  // MARK: Classifying a paragraph

  private mutating func place(_ paragraph: Paragraph, gap: Int = 1) {
    if mayHoldCredit(paragraph) {
      titleCredit = paragraph
      return
    }
    if titleCandidate != nil || titleCredit != nil,
      !(leadingNote == nil && editorNote(in: paragraph) != nil && !paragraph.startsPiece)
    {
      placeTitleCandidate()
    }
    if !paragraph.isBlockQuote { blockQuote = nil }
    if let (words, signature) = signedLastLine(paragraph) {
      // `> words` then `> — Name` on the next line is one Markdown paragraph: the signature
      // is placed after the words, as it would be on a line of its own.
      place(words, gap: gap)
      place(signature)
      return
    }
    if paragraph.startsPiece {
      // The input delimits its pieces (a page's `<article>`s): a title with no byline there
      // is an article of its own, as a section with a title is (FORMAT.md).
      startUntitledArticle(paragraph)
      return
    }
    if placeAnthologyShape(paragraph, gap: gap) { return }
    guard article != nil else {
      if leadingNote == nil && articles.count == 0
        && editorNote(in: paragraph) != nil
      {
        leadingNote = paragraph
        return
      }
      if articles.count == 0 && titleCandidate == nil && compilationTitle == nil
        && !titleIsGiven && leadingNote == nil && paragraph.isSingleLine && paragraph.kind == .text
        && !paragraph.isBlockQuote && !paragraph.marks.contains(where: { $0.kind == .bold })
      {
        titleCandidate = paragraph
        return
      }
      startUntitledArticle(paragraph)
      return
    }
    let range = paragraph.range
    let lines = paragraph.firstLine...paragraph.lastLine
    // A label in bold from end to end is read inside its bold.
    let label = labelRange(paragraph)
    if paragraph.isSingleLine {
      if Bytes.isWord(text, label, Self.additionalRelated)
        || Bytes.isWord(text, label, Self.additionalRelatedShort)
      {
        section = .compilationRelated
        addBlock(.relatedHeading, range, lines: lines, marks: formatting(paragraph))
        return
      }
      if Bytes.isWord(text, label, Self.related) || Bytes.isWord(text, label, Self.relatedArticles)
      {
        section = .related
        addBlock(.relatedHeading, range, lines: lines, marks: formatting(paragraph))
        return
      }
    }
    if editorNote(in: paragraph) != nil {
      if case .speaker = section { section = .body }
      addEditorNote(paragraph)
      return
    }
    switch section {
    case .related, .compilationRelated:
      if paragraph.isSingleLine {
        addRelatedLink(paragraph, toCompilation: section == .compilationRelated)
        return
      }
      if let links = datedLinkLines(paragraph) {
        for link in links { addRelatedLink(link, toCompilation: section == .compilationRelated) }
        return
      }
      section = .body
    case .speaker where speakerInBlockQuote && !paragraph.isBlockQuote:
      // A speaker line inside a block quote (Markdown `>`, `<blockquote>`) speaks for that
      // block quote only: the text after it is the article's again.
      section = .body
    case .speaker(let quote):
      if paragraph.isSingleLine && Bytes.isWord(text, label, Self.source) {
        section = .body
        addBlock(.source, range, lines: lines, marks: formatting(paragraph))
        return
      }
      if let speaker = SpeakerLineParser.parse(text, paragraph) {
        startSpeaker(speaker, paragraph)
        return
      }
      addBody(paragraph, quote: quote)
      return
    case .body:
      break
    }
    if article?.bio == nil && isBio(paragraph) {
      let block = addBlock(.bio, range, lines: lines, marks: paragraph.marks)
      article?.bio = block
      return
    }
    if paragraph.isSingleLine && Bytes.isWord(text, label, Self.source) {
      addBlock(.source, range, lines: lines, marks: formatting(paragraph))
      return
    }
    if let speaker = SpeakerLineParser.parse(text, paragraph) {
      article?.seekingDek = false
      startSpeaker(speaker, paragraph)
      return
    }
    if paragraph.isBlockQuote {
      // A block quote (Markdown `>`, a page's `<blockquote>`) is a quote whose speaker the
      // text does not name; block quotes in a row are one.
      article?.seekingDek = false
      let starts = blockQuote == nil || paragraph.startsBlockQuote
      let quote = starts ? quotes.count : blockQuote ?? quotes.count
      if !starts, quotes[quote].speaker == nil, quotes[quote].role == nil,
        let signed = quoteSignature(paragraph)
      {
        // `— Name[, role]` under a block quote (a page's `<footer>— <cite>Name</cite>`, this
        // reader's own Markdown export) names its speaker, as a speaker line above would.
        quotes.update(quote) {
          $0.speaker = signed.name
          $0.role = signed.role
        }
        known.add(signed.name)
        addBlock(
          .speaker, paragraph.range, lines: paragraph.firstLine...paragraph.lastLine,
          quote: Int32(quote), marks: formatting(paragraph))
        return
      }
      if starts {
        quotes.append(
          Quote(
            kind: .block, speaker: nil, role: nil, article: articles.count,
            blocks: blocks.count..<blocks.count))
        blockQuote = quote
      }
      let firstBlock = blocks.count
      addBody(paragraph, quote: quote)
      if quotes[quote].speaker == nil { nameBlockQuoteSpeaker(quote, from: firstBlock) }
      return
    }
    if article?.seekingDek == true {
      article?.seekingDek = false
      if paragraph.isSingleLine && !paragraph.kind.isListItem
        && Bytes.scalarCount(text, range) <= Self.maximumDekLength
      {
        let block = addBlock(.dek, range, lines: lines, marks: paragraph.marks)
        article?.dek = block
        addInlineQuotes(in: block)
        return
      }
    }
    addBody(paragraph, quote: nil)
  }

  /// Adds the note that stood before the first article to the article just opened: the
  /// article then starts at the note's line and ends no earlier than its head.
  private mutating func addLeadingNote(_ paragraph: Paragraph) {
    let head = blocks.last.map { Int($0.lastLine) } ?? paragraph.lastLine
    if var open = article {
      open.firstLine = min(open.firstLine, paragraph.firstLine)
      open.lastLineAtLeast = head
      article = open
    }
    addEditorNote(paragraph)
  }

  /// The note's shape, read inside the bold when one bold mark covers the whole paragraph
  /// (`**(… — RAD)**`): the bold then lies outside the parentheses, and is the note's.
  private func editorNote(in paragraph: Paragraph) -> (shape: EditorNoteShape, wholeBold: Bool)? {
    if let shape = EditorNoteParser.parse(text, paragraph.range, marks: paragraph.marks) {
      return (shape, false)
    }
    guard paragraph.marks.count == 1, let mark = paragraph.marks.first, mark.kind == .bold,
      mark.outer == paragraph.range, mark.linkAddress == nil,
      let shape = EditorNoteParser.parse(text, mark.content)
    else { return nil }
    return (shape, true)
  }

  /// Adds `paragraph`, which has the editor's note's shape, as the note; the first note names
  /// the compilation's editor.
  private mutating func addEditorNote(_ paragraph: Paragraph) {
    guard let (note, wholeBold) = editorNote(in: paragraph) else { return }
    var markCursor = 0
    // A note in bold from end to end is highlighted from its first word to its last.
    let marks =
      wholeBold ? [InlineMark(kind: .bold, content: note.text, outer: note.text)] : paragraph.marks
    let block = addBlock(
      .editorNote, note.text, lines: paragraph.firstLine...paragraph.lastLine,
      marks: marks,
      markIndices: wholeBold
        ? 0..<1 : markIndices(of: paragraph, in: note.text, from: &markCursor))
    if editor == nil {
      editor = Editor(name: Bytes.string(text, note.name), note: plainText(of: block), block: block)
    }
  }

  /// A heading that starts a piece with no byline, the subtitle, label and signature in the
  /// head under it, and a signature that ends a piece nobody signed above; true when placed.
  private mutating func placeAnthologyShape(_ paragraph: Paragraph, gap: Int) -> Bool {
    let heading = SectionHeading.parse(text, paragraph, gap: gap)
    if heading == .piece || heading == .numbered || (heading == .label && article?.head == nil) {
      startUntitledArticle(paragraph)
      article?.head = ArticleHead(numbered: heading == .numbered)
      return true
    }
    let lines = paragraph.firstLine...paragraph.lastLine
    if var head = article?.head {
      let step = head.step(text, paragraph, names: names)
      article?.head = head
      switch step {
      case .subtitle:
        let block = addBlock(.title, paragraph.range, lines: lines, marks: paragraph.marks)
        let subtitle = plainText(of: block).split(whereSeparator: \.isWhitespace)
        article?.title = RunOnSourceLine.trimmed(subtitle.joinedText(separator: " "))
      case .label:
        addBlock(.title, paragraph.range, lines: lines, marks: paragraph.marks)
      case .byline(let byline):
        sign(byline, paragraph)
      case .signature(let authors):
        sign(Byline(authors: authors), paragraph)
        // Set to the right, it signs the end of a short piece (a poem): what follows is the
        // next one's title.
        if Self.isSetToTheRight(text, paragraph) { afterSceneBreak = true }
      case .text:
        return false
      case .done:
        article?.head = nil
        return false
      }
      return true
    }
    guard article != nil, article?.byline == nil, let signed = SignatureLine.parse(text, paragraph),
      let authors = names.resolve(
        signed, allowingUnknownCapitals: Self.isSetToTheRight(text, paragraph))
    else { return false }
    sign(Byline(authors: authors), paragraph)
    // A piece signed at its end is over: a title in capitals next starts the next one, as
    // after a dividing line.
    afterSceneBreak = true
    return true
  }

  /// Whether a one-line paragraph is set well to the right (eight columns or more), as a
  /// signature under a poem or a letter is: then a name in capitals the document gives nowhere
  /// else is still taken for one.
  private static func isSetToTheRight(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph)
    -> Bool
  {
    guard paragraph.isSingleLine else { return false }
    var start = paragraph.range.lowerBound
    var columns = 0
    while start > 0, text[start - 1] == UInt8(ascii: " ") || text[start - 1] == UInt8(ascii: "\t") {
      columns += text[start - 1] == UInt8(ascii: "\t") ? 8 : 1
      start -= 1
    }
    return columns >= 8 && (start == 0 || Bytes.isLineBreak(text[start - 1]))
  }

  /// Gives the open article the authors of a byline or signature found after its title.
  private mutating func sign(_ byline: Byline, _ paragraph: Paragraph) {
    addBlock(
      .byline, paragraph.range, lines: paragraph.firstLine...paragraph.lastLine,
      marks: paragraph.marks)
    article?.head = nil
    article?.byline = byline
    article?.authorKeys = byline.authors.map { Array($0.utf8) }
    for name in byline.authors {
      known.add(name)
      names.add(name)
    }
  }

  /// Adds body text: list items (one block per item) or one paragraph, with their quotations.
  /// The name (and role) of a line that signs a block quote: a dash (`—`, `–`, `―`, `--`,
  /// `-`), then one name as a byline gives it, perhaps a comma and a description.
  /// A block quote's paragraph cut before its last line when that line is a signature
  /// (`— Name[, role]`) and no bold or link crosses the cut.
  private func signedLastLine(_ paragraph: Paragraph) -> (Paragraph, Paragraph)? {
    guard paragraph.isBlockQuote, let cut = paragraph.breaks.last,
      paragraph.range.upperBound - cut.range.upperBound <= 200
    else { return nil }
    var signature = paragraph
    signature.range = cut.range.upperBound..<paragraph.range.upperBound
    signature.breaks = []
    signature.startsBlockQuote = false
    signature.startsPiece = false
    signature.kind = .text
    signature.firstLine = paragraph.lastLine
    signature.marks = paragraph.marks.filter { $0.outer.lowerBound >= cut.range.upperBound }
    var words = paragraph
    words.range = paragraph.range.lowerBound..<cut.range.lowerBound
    words.breaks.removeLast()
    words.lastLine = max(paragraph.firstLine, paragraph.lastLine - 1)
    words.marks = paragraph.marks.filter { $0.outer.upperBound <= cut.range.lowerBound }
    guard words.marks.count + signature.marks.count == paragraph.marks.count,
      !words.range.isEmpty, quoteSignature(signature) != nil
    else { return nil }
    return (words, signature)
  }

  private func quoteSignature(_ paragraph: Paragraph) -> (name: String, role: String?)? {
    guard paragraph.isSingleLine, paragraph.range.count <= 200 else { return nil }
    let line = Bytes.foldedString(text, Bytes.trimmed(text, paragraph.range))
    guard let dash = ["\u{2014}", "\u{2013}", "\u{2015}", "--", "-"].first(where: line.hasPrefix)
    else { return nil }
    var rest = String(line.dropFirst(dash.count).drop { $0 == " " || $0 == "\u{A0}" })
    // What follows the name in parentheses is no part of it: a handle and a date under an
    // embedded post (`— Pier Café (@piercafe) May 3, 2024`), an affiliation.
    if let aside = rest.firstRange(of: " (") { rest = String(rest[..<aside.lowerBound]) }
    guard !rest.isEmpty, let list = AuthorList.parse(rest), list.authors.count == 1 else {
      return nil
    }
    return (list.authors[0], list.description)
  }

  private mutating func addBody(_ paragraph: Paragraph, quote: Int?) {
    let quoteIndex = Int32(quote ?? -1)
    if case .listItem(let indent) = paragraph.kind {
      addListItems(paragraph, firstIndent: indent, quote: quoteIndex)
    } else if let verse = VerseParagraph.lines(text, paragraph) {
      addVerse(paragraph, verse, quote: quoteIndex)
    } else if quote == nil, case .heading = paragraph.kind {
      // A heading that starts no article stays one, set apart from the text under it; it is
      // not a body paragraph.
      addBlock(
        .heading, paragraph.range, lines: paragraph.firstLine...paragraph.lastLine,
        marks: formatting(paragraph))
    } else {
      let block = addBlock(
        quote == nil ? .paragraph : .speakerQuote, paragraph.range,
        lines: paragraph.firstLine...paragraph.lastLine, quote: quoteIndex,
        marks: paragraph.marks)
      article?.paragraphCount += 1
      addInlineQuotes(in: block)
    }
    if let quote {
      let end = blocks.count
      quotes.update(quote) { $0.blocks = $0.blocks.lowerBound..<end }
    }
  }

  /// Splits a list paragraph into items at the breaks the reader marked as starting one; a
  /// Markdown or HTML item comes alone and has none.
  private mutating func addListItems(_ paragraph: Paragraph, firstIndent: Int, quote: Int32) {
    var itemStart = paragraph.range.lowerBound
    var itemIndent = firstIndent
    var itemFirstLine = paragraph.firstLine
    var line = paragraph.firstLine
    var markCursor = 0
    for lineBreak in paragraph.breaks {
      line += 1
      guard let nextIndent = lineBreak.listItemIndent else { continue }
      addListItem(
        paragraph, itemStart..<lineBreak.range.lowerBound, lines: itemFirstLine...line - 1,
        indent: itemIndent, quote: quote, markCursor: &markCursor)
      itemStart = lineBreak.range.upperBound
      itemIndent = nextIndent
      itemFirstLine = line
    }
    addListItem(
      paragraph, itemStart..<paragraph.range.upperBound, lines: itemFirstLine...paragraph.lastLine,
      indent: itemIndent, quote: quote, markCursor: &markCursor)
  }

  /// One `.verse` block per line, so the line breaks stay; the stanza counts as one
  /// paragraph.
  private mutating func addVerse(
    _ paragraph: Paragraph, _ lines: [VerseParagraph.Line], quote: Int32
  ) {
    var markCursor = 0
    var cut = paragraph
    cut.marks = VerseMarks.cut(paragraph.marks, at: lines)
    for (offset, line) in lines.enumerated() {
      let number = paragraph.firstLine + offset
      let block = addBlock(
        .verse, line.range, lines: number...number, indent: UInt16(clamping: line.indent),
        quote: quote, marks: cut.marks,
        markIndices: markIndices(of: cut, in: line.range, from: &markCursor),
        carriesHighlight: true)
      addInlineQuotes(in: block)
    }
    carriedHighlight = nil
    article?.paragraphCount += 1
  }

  private mutating func addListItem(
    _ paragraph: Paragraph, _ range: Range<Int>, lines: ClosedRange<Int>, indent: Int,
    quote: Int32, markCursor: inout Int
  ) {
    let block = addBlock(
      .listItem, range, lines: lines, indent: UInt16(clamping: indent), quote: quote,
      marks: paragraph.marks,
      markIndices: markIndices(of: paragraph, in: range, from: &markCursor))
    article?.paragraphCount += 1
    addInlineQuotes(in: block)
  }

  private mutating func startSpeaker(_ speaker: SpeakerLine, _ paragraph: Paragraph) {
    let quote = quotes.count
    // Read without plain text's markers: `Mayor of **Oslo** Ann Lee:` has the role
    // `Mayor of Oslo`.
    let name = shownText(speaker.name, in: paragraph)
    let line = addBlock(
      .speaker, paragraph.range, lines: paragraph.firstLine...paragraph.lastLine,
      quote: Int32(quote), marks: formatting(paragraph, speaker: speaker))
    quotes.append(
      Quote(
        kind: .block, speaker: name, role: speaker.role.map { shownText($0, in: paragraph) },
        article: articles.count, blocks: line + 1..<line + 1))
    known.add(name)
    section = .speaker(quote: quote)
    speakerInBlockQuote = paragraph.isBlockQuote
  }

  /// The lines of `paragraph` as one-line paragraphs, when each is a related link with its
  /// date in brackets and nothing after it (`Title [3-1-2025]` on consecutive lines, no blank
  /// line between): a list of links as people type one. Nil otherwise: a link whose note
  /// wraps onto a second line, or text that ends the section.
  private func datedLinkLines(_ paragraph: Paragraph) -> [Paragraph]? {
    var lines: [Paragraph] = []
    var start = paragraph.range.lowerBound
    for index in 0...paragraph.breaks.count {
      let end =
        index < paragraph.breaks.count
        ? paragraph.breaks[index].range.lowerBound : paragraph.range.upperBound
      let range = Bytes.trimmed(text, start..<end)
      let shape = RelatedLinkParser.parse(text, range)
      guard !range.isEmpty, shape.date != nil, shape.note == nil, !shape.title.isEmpty else {
        return nil
      }
      var line = Paragraph(
        range: range, firstLine: min(paragraph.firstLine + index, paragraph.lastLine),
        lastLine: min(paragraph.firstLine + index, paragraph.lastLine))
      line.kind = paragraph.kind
      line.marks = paragraph.marks.filter {
        $0.outer.lowerBound >= range.lowerBound && $0.outer.upperBound <= range.upperBound
      }
      lines.append(line)
      if index < paragraph.breaks.count { start = paragraph.breaks[index].range.upperBound }
    }
    return lines
  }

  private mutating func addRelatedLink(_ paragraph: Paragraph, toCompilation: Bool) {
    // A link given as a list item (`- Title [date]`, a page's `<li>`): the pane draws its own
    // bullet, and the title is the words after the marker.
    let range = Self.afterListMarker(text, paragraph.range, numbered: paragraph.kind.isListItem)
    let marks = paragraph.marks.firstIndex { $0.outer.lowerBound >= range.lowerBound }.map {
      $0..<paragraph.marks.count
    }
    let shape = RelatedLinkParser.parse(text, range)
    let block = addBlock(
      .relatedLink, range, lines: paragraph.firstLine...paragraph.lastLine,
      marks: paragraph.marks, markIndices: marks ?? paragraph.marks.count..<paragraph.marks.count)
    let link = RelatedLink(
      title: shownText(shape.title, in: paragraph), date: shape.date,
      dateText: shape.dateText.map { Bytes.string(text, $0) },
      note: shape.note.map { shownText($0, in: paragraph) }, block: block,
      url: linkAddress(in: paragraph))
    if toCompilation {
      compilationRelated.append(link)
    } else {
      article?.related.append(link)
    }
  }

  /// `range` without a list item's marker and the spaces after it: `•`, `–`, `-`, `*`, `+`,
  /// or (when `numbered`: the paragraph is a list item) a number with `.` or `)`; all of it
  /// when there is no marker.
  static func afterListMarker(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, numbered: Bool = true
  ) -> Range<Int> {
    var index = range.lowerBound
    let bullets: [[UInt8]] = [[0xE2, 0x80, 0xA2], [0xE2, 0x80, 0x93]]
    if range.count >= 3 && bullets.contains(Array(text[index..<index + 3])) {
      index += 3
    } else if index < range.upperBound,
      [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")]
        .contains(text[index])
    {
      index += 1
    } else {
      guard numbered else { return range }
      while index < range.upperBound && Bytes.isDigit(text[index]) { index += 1 }
      guard index > range.lowerBound, index < range.upperBound,
        text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ")")
      else { return range }
      index += 1
    }
    guard index < range.upperBound, text[index] == 0x20 || text[index] == 0x09 else {
      return range
    }
    while index < range.upperBound && (text[index] == 0x20 || text[index] == 0x09) { index += 1 }
    return index < range.upperBound ? index..<range.upperBound : range
  }

  // MARK: Blocks, spans and highlights

  /// Appends a block over `range`, split into spans around `marks` (those at `markIndices`,
  /// else all; they lie inside it, in order); returns its index. Bold becomes a highlight; a
  /// link's words become a `.link` span pointing into `links`, which keeps its address.
  /// `carriesHighlight`: the blocks are consecutive lines of one paragraph (verse), and a
  /// highlight whose next piece starts the next block is finished there.
  @discardableResult
  private mutating func addBlock(
    _ kind: BlockKind, _ range: Range<Int>, lines: ClosedRange<Int>, indent: UInt16 = 0,
    quote: Int32 = -1, marks: [InlineMark], markIndices: Range<Int>? = nil,
    carriesHighlight: Bool = false
  ) -> Int {
    let blockIndex = blocks.count
    let firstSpan = spans.count
    var cursor = range.lowerBound
    let indices = markIndices ?? marks.indices
    // The first span of a highlight cut into pieces (by a link inside it, or a line end in
    // verse), until its last, and the block it started in.
    let carried = carriesHighlight ? carriedHighlight.take() : nil
    var highlightStart = carried?.span
    var highlightBlock = carried?.block ?? blockIndex
    // Indexes, not a slice: a slice would retain the array for every block.
    for index in indices {
      let mark = marks[index]
      if cursor < mark.outer.lowerBound {
        spans.append(Span(range: cursor..<mark.outer.lowerBound))
      }
      if mark.isFormatting {
        // The page's bold: plain words, markers hidden.
        if !mark.content.isEmpty { spans.append(Span(range: mark.content)) }
        cursor = mark.outer.upperBound
        continue
      }
      switch mark.kind {
      case .bold:
        let highlight = highlights.count
        if !mark.continuesHighlight || highlightStart == nil {
          highlightStart = spans.count
          highlightBlock = blockIndex
        }
        spans.append(Span(range: mark.content, style: .highlight, highlight: Int32(highlight)))
        if let address = mark.linkAddress {
          links.append(InlineLink(block: blockIndex, span: spans.count - 1, address: address))
        }
        let next = index + 1
        if next < indices.upperBound && marks[next].continuesHighlight { break }
        if carriesHighlight && next == indices.upperBound && next < marks.count
          && marks[next].continuesHighlight, let start = highlightStart
        {
          carriedHighlight = (start, highlightBlock)
          break
        }
        highlights.append(
          Highlight(
            number: highlight + 1, article: articles.count, block: highlightBlock,
            spans: (highlightStart ?? spans.count - 1)..<spans.count))
        highlightStart = nil
      case .link(let address):
        if !mark.content.isEmpty {
          spans.append(Span(range: mark.content, link: links.count))
          links.append(InlineLink(block: blockIndex, span: spans.count - 1, address: address))
        }
      }
      cursor = mark.outer.upperBound
    }
    if cursor < range.upperBound { spans.append(Span(range: cursor..<range.upperBound)) }
    blocks.append(
      Block(
        kind: kind, spans: firstSpan..<spans.count, firstLine: Int32(clamping: lines.lowerBound),
        lastLine: Int32(clamping: lines.upperBound), indent: indent, quote: quote))
    return blockIndex
  }

  private mutating func addInlineQuotes(in block: Int) {
    // A quotation inside a speaker block belongs to that block: it is not listed again.
    guard blocks[block].quote < 0 else { return }
    let spanRange = blocks[block].spans
    guard let first = spanRange.first, let last = spanRange.last else { return }
    let range = spans[first].range.lowerBound..<spans[last].range.upperBound
    for quotation in InlineQuoteScanner.scan(text, range) {
      let named = QuoteAttribution.speaker(
        for: quotation, in: text, paragraph: range, known: known, quoted: quotedNames)
      // A full name given once (`said Hana Dvorak`) is who the surname alone means later on.
      if let named, named.contains(" ") { quotedNames.add(named) }
      let speaker =
        named
        ?? FirstPersonAttribution.author(
          for: quotation, in: text, paragraph: range, authors: article?.byline?.authors ?? [])
        ?? PossessiveAttribution.speaker(
          for: quotation, in: text, paragraph: range, articleStart: articleTextStart)
        ?? PronounAttribution.speaker(
          for: quotation, in: text, paragraph: range, articleStart: articleTextStart,
          known: known, earlierSpeakers: { earlierSpeakers() })
      quotes.append(
        Quote(
          kind: .inline, speaker: speaker, role: nil, article: articles.count,
          blocks: block..<block + 1, range: quotation.content))
    }
  }

  /// Gives block quote `quote` the speaker its own words name (`“…,” said Ann Lee.`), from
  /// the blocks added from `firstBlock` on, as a quotation in running text would get one,
  /// when the quotation opens its block.
  private mutating func nameBlockQuoteSpeaker(_ quote: Int, from firstBlock: Int) {
    for block in firstBlock..<blocks.count {
      let spanRange = blocks[block].spans
      guard let first = spanRange.first, let last = spanRange.last else { continue }
      let range = spans[first].range.lowerBound..<spans[last].range.upperBound
      // Only a quotation that opens the block: the block quote is then what it says. A
      // passage quoted at length may quote someone else inside; that is not its speaker.
      for quotation in InlineQuoteScanner.scan(text, range)
      where quotation.content.lowerBound - range.lowerBound <= 4 {
        guard
          let speaker = QuoteAttribution.speaker(
            for: quotation, in: text, paragraph: range, known: known, quoted: quotedNames)
        else { continue }
        quotes.update(quote) { $0.speaker = speaker }
        return
      }
    }
  }

  /// The speakers given to the open article's last 256 quotations, latest last: a bound, so
  /// a paragraph of thousands of quotations stays linear.
  private func earlierSpeakers() -> [String] {
    var result: [String] = []
    var index = quotes.count - 1
    let floor = max(0, quotes.count - 256)
    while index >= floor && quotes[index].article == articles.count {
      if let speaker = quotes[index].speaker { result.insert(speaker, at: 0) }
      index -= 1
    }
    return result
  }

  /// Where the open article's text starts in the buffer.
  private var articleTextStart: Int {
    guard let open = article, open.blockStart < blocks.count,
      let span = blocks[open.blockStart].spans.first
    else { return 0 }
    return spans[span].range.lowerBound
  }

  /// A first line used as a title can be a whole book on one line: the article list gets its
  /// start, ending in `…`; the title block still holds the whole line.
  /// A title block's text as the article's title, shortened to `maximumTitleCharacters`.
  /// Its first `titleBytes` are made a string first, and the whole only when they hold fewer
  /// characters than that: the first line of a file that is one line of 24 MB, an untitled
  /// article's title, was made a 24 MB string and its characters counted (12 % of indexing
  /// that file).
  private func titleText(of block: Int) -> String {
    var joined: [UInt8] = []
    var cut = false
    for index in blocks[block].spans {
      let range = spans[index].range
      let room = Self.titleBytes - joined.count
      guard range.count > room else {
        joined += text[range]
        continue
      }
      joined += text[range.lowerBound..<range.lowerBound + room]
      cut = true
      break
    }
    var title = joined.withUnsafeBufferPointer { Bytes.string($0, 0..<$0.count) }
    var limit = title.index(
      title.startIndex, offsetBy: Self.maximumTitleCharacters, limitedBy: title.endIndex)
    // The last character of a cut string may be cut itself; one before it is whole.
    if cut, limit.map({ $0 >= title.index(before: title.endIndex) }) ?? true {
      title = plainText(of: block)
      limit = title.index(
        title.startIndex, offsetBy: Self.maximumTitleCharacters, limitedBy: title.endIndex)
    }
    guard let limit, limit < title.endIndex else { return title }
    return String(title[..<limit]) + "…"
  }

  /// Enough bytes for `maximumTitleCharacters` of any text but pathological (32 bytes a
  /// character: a letter and a dozen combining marks); past that, the whole is read.
  static let titleBytes = 32 * maximumTitleCharacters

  /// Where the marks of `paragraph` wholly inside `range` are, looked for from `cursor` on;
  /// leaves `cursor` after them, so cutting a paragraph into pieces in order stays linear.
  private func markIndices(of paragraph: Paragraph, in range: Range<Int>, from cursor: inout Int)
    -> Range<Int>
  {
    let marks = paragraph.marks
    var index = cursor
    while index < marks.count && marks[index].outer.lowerBound < range.lowerBound { index += 1 }
    let first = index
    while index < marks.count && marks[index].outer.upperBound <= range.upperBound { index += 1 }
    cursor = index
    return first..<index
  }

  private func plainText(of block: Int) -> String {
    let range = blocks[block].spans
    if range.count == 1 { return Bytes.string(text, spans[range.lowerBound].range) }
    var joined: [UInt8] = []
    for index in range { joined += text[spans[index].range] }
    return joined.withUnsafeBufferPointer { Bytes.string($0, 0..<$0.count) }
  }

  // MARK: Recognisers

  private static let related = Array("related".utf8)
  private static let relatedArticles = Array("related articles".utf8)
  private static let additionalRelated = Array("additional related articles".utf8)
  private static let additionalRelatedShort = Array("additional related".utf8)
  private static let source = Array("source".utf8)
  private static let trailers: [[UInt8]] = [
    "leave a comment", "leave a reply", "post a comment", "add a comment", "comments",
    "share this", "share this article",
  ].map { Array($0.utf8) }
  private static let bioVerbs: [[UInt8]] = [" is ", " was "].map { Array($0.utf8) }

  private func isTrailer(_ paragraph: Paragraph) -> Bool {
    paragraph.isSingleLine
      && Self.trailers.contains { Bytes.isWord(text, labelRange(paragraph), $0) }
  }

  /// `FULL NAME is …` or `FULL NAME was …` for one of the article's authors.
  private func isBio(_ paragraph: Paragraph) -> Bool {
    guard let open = article else { return false }
    let start = paragraph.range.lowerBound
    let end = paragraph.range.upperBound
    for name in open.authorKeys
    where Bytes.matches(text, at: start, name, limit: end, ignoringCase: false) {
      for verb in Self.bioVerbs
      where Bytes.matches(text, at: start + name.count, verb, limit: end, ignoringCase: false) {
        return true
      }
    }
    return false
  }
}

extension ParagraphKind {
  fileprivate var isListItem: Bool {
    if case .listItem = self { return true }
    return false
  }
}

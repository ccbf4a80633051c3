/// The text a markup reader renders from its source — markup gone, entities decoded — and the
/// paragraph stream over it, built piece by piece while the reader walks its parser's tree.
///
/// The document stores its text once and every range points into it, so a Markdown or HTML
/// document's storage is this rendered text, not the source. A link's address is kept in the
/// same buffer, after its paragraph's text, where no paragraph range reaches.
///
/// Whitespace: in a paragraph begun with `keepsSpaces: false` (HTML's running text) every run
/// of spaces, tabs and line ends is one space and none leads or trails. With `keepsSpaces: true`
/// (Markdown text, code, `<pre>`) spaces are kept and each line end is a hard break.
///
/// Bold does not nest (the outermost counts). Where a link and bold overlap, both are cut at
/// each other's ends, since the structure pass takes marks in order without overlap: the
/// words in both are bold marks that keep the link's address, pieces of one bold phrase stay
/// one highlight, and pieces of one link each keep its address. Bold covering a whole
/// heading is the heading's formatting, not a highlight, and is dropped.
public struct RenderedText {
  public private(set) var bytes: [UInt8] = []
  private(set) var paragraphs: [Paragraph] = []
  /// The compilation's own title, when the source gives one.
  public var title: String?
  /// The heading `takeLeadingHeading` took out of the stream as the title: its text stays in
  /// `bytes`, so it can still head the text before the first article (a single post).
  private(set) var titleHeading: Paragraph?
  /// The source's line count.
  public var lineCount = 0
  /// Bold is written as runs of styling, as a web page's editor saves it: a run that starts
  /// where the last one ended, or only spaces after it, continues it (Medium cuts one phrase
  /// into several `<strong>`s), and a run of punctuation alone is no bold (a stray bold full
  /// stop). Markdown's strong runs are CommonMark's, each its own.
  public var joinsBoldRuns = false

  private var open: Paragraph?
  /// The next paragraph begun starts a piece (`markPieceStart()`).
  private var pieceStartPending = false
  /// The first line of the paragraph begun last.
  private var earliestLine = 1
  private var keepsSpaces = false
  private var pendingSpace = false
  private var boldDepth = 0
  private var boldStart: Int?
  private var bolds: [Range<Int>] = []
  private var linkStart: Int?
  private var linkAddress: [UInt8] = []
  private var links: [(content: Range<Int>, address: [UInt8])] = []

  public init() {}

  /// Whether a paragraph is open.
  public var isInParagraph: Bool { open != nil }

  /// Starts a paragraph at source line `line`, ending one that is open.
  /// `startsBlockQuote`: the paragraph is the first of a block quote.
  public mutating func beginParagraph(
    _ kind: ParagraphKind, line: Int, inBlockQuote: Bool = false, startsBlockQuote: Bool = false,
    keepsSpaces: Bool = false
  ) {
    endParagraph()
    // Lines are 1-based; a parser may say 0 for an element it made up (an implied `<p>`). An
    // HTML parser may also move content after what follows it in the source (misnested `<b>`
    // and `<a>`), so a paragraph starts no earlier than the one before it: articles and blocks
    // then span lines in order.
    let line = max(1, line, earliestLine)
    earliestLine = line
    var paragraph = Paragraph(range: bytes.count..<bytes.count, firstLine: line, lastLine: line)
    paragraph.kind = kind
    paragraph.isBlockQuote = inBlockQuote
    paragraph.startsBlockQuote = inBlockQuote && startsBlockQuote
    paragraph.startsPiece = pieceStartPending
    pieceStartPending = false
    open = paragraph
    self.keepsSpaces = keepsSpaces
    pendingSpace = false
    if boldDepth > 0 { boldStart = bytes.count }
    if linkStart != nil { linkStart = bytes.count }
  }

  /// The paragraph so far reaches source line `line`.
  public mutating func reach(line: Int) {
    guard let paragraph = open, line > paragraph.lastLine else { return }
    open?.lastLine = line
  }

  /// Appends text (UTF-8) to the open paragraph; ignored outside one.
  public mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
    guard open != nil else { return }
    for byte in text {
      if keepsSpaces {
        if byte == 0x0A {
          breakLine(hard: true)
        } else if byte != 0x0D {
          bytes.append(byte)
        }
      } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
        pendingSpace = true
      } else {
        flushSpace()
        bytes.append(byte)
      }
    }
  }

  /// Appends a Swift string (a list marker, a replacement).
  public mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// A list item's marker (`• `, `2. `) at the start of its paragraph: bold or a link that
  /// began with the item (`<li><b>…`) begins after it, since the marker is the list's, not the
  /// editor's words.
  public mutating func appendMarker(_ marker: String) {
    let start = bytes.count
    append(marker)
    if boldStart == start { boldStart = bytes.count }
    if linkStart == start { linkStart = bytes.count }
  }

  /// A line break inside the paragraph. A break with nothing before it is dropped, and a
  /// second break in a row (`<br><br>`) ends the paragraph: the next text starts a new one of
  /// the same kind, since a paragraph never holds a blank line.
  public mutating func breakLine(hard: Bool) {
    guard let paragraph = open else { return }
    pendingSpace = false
    trimTrailingSpaces()
    guard bytes.count > paragraph.range.lowerBound else { return }
    if let last = paragraph.breaks.last, last.range.upperBound == bytes.count {
      let kind = paragraph.kind
      let quote = paragraph.isBlockQuote
      let spaces = keepsSpaces
      // Where every break is a line of the source (code, `<pre>`), the next part starts after
      // the blank line, so that the two stay apart as their lines were.
      let line =
        spaces
        ? max(paragraph.lastLine, paragraph.firstLine + paragraph.breaks.count + 1)
        : paragraph.lastLine
      bytes.removeLast(last.range.count)
      open?.breaks.removeLast()
      beginParagraph(kind, line: line, inBlockQuote: quote, keepsSpaces: spaces)
      return
    }
    let start = bytes.count
    bytes.append(0x0A)
    open?.breaks.append(LineBreak(kind: hard ? .hard : .soft, range: start..<bytes.count))
  }

  /// Starts bold (strong, `<b>`); nested bold counts once.
  public mutating func beginBold() {
    boldDepth += 1
    guard boldDepth == 1, open != nil else { return }
    flushSpace()
    if joinsBoldRuns, let last = bolds.last, isSpacing(last.upperBound..<bytes.count) {
      bolds.removeLast()
      boldStart = last.lowerBound
      return
    }
    boldStart = bytes.count
  }

  public mutating func endBold() {
    guard boldDepth > 0 else { return }
    boldDepth -= 1
    guard boldDepth == 0 else { return }
    closeBold()
  }

  /// Starts a link to `address` (UTF-8, as decoded); a link inside a link is ignored.
  public mutating func beginLink(address: UnsafeBufferPointer<UInt8>) {
    guard linkStart == nil else { return }
    if open != nil { flushSpace() }
    linkStart = bytes.count
    linkAddress = Array(address)
  }

  public mutating func endLink() {
    closeLink()
    linkStart = nil
  }

  /// Ends the open paragraph, if any; a paragraph with no text is dropped.
  public mutating func endParagraph() {
    guard var paragraph = open else { return }
    trimTrailingSpaces()
    if let last = paragraph.breaks.last, last.range.upperBound == bytes.count {
      bytes.removeLast(last.range.count)
      paragraph.breaks.removeLast()
    }
    if boldStart != nil { closeBold() }
    if linkStart != nil { closeLink() }
    paragraph.range = paragraph.range.lowerBound..<bytes.count
    // The structure pass counts one source line a break (as plain text has), and a page's
    // `<br>` may stand on the same line as its text.
    paragraph.lastLine = max(paragraph.lastLine, paragraph.firstLine + paragraph.breaks.count)
    open = nil
    pendingSpace = false
    guard !paragraph.range.isEmpty else {
      // The piece starts with the next paragraph that has text.
      if paragraph.startsPiece { pieceStartPending = true }
      bolds.removeAll()
      links.removeAll()
      return
    }
    if case .heading = paragraph.kind, bolds.count == 1,
      trimmed(paragraph.range) == bolds[0]
    {
      bolds.removeAll()
    }
    paragraph.marks = orderedMarks(in: paragraph.range)
    bolds.removeAll()
    links.removeAll()
    if let (title, byline) = titleOverByline(paragraph) {
      paragraphs += [title, byline]
    } else {
      paragraphs.append(paragraph)
    }
  }

  /// The next paragraph begun (with text) starts a piece the source delimits, such as one
  /// `<article>` of several: the structure pass starts an article there, byline or not.
  public mutating func markPieceStart() {
    endParagraph()
    pieceStartPending = true
  }

  /// Takes the first paragraph as the title when it is a heading of `level`; returns whether
  /// it did. The heading leaves the stream, unless a byline follows it: then it is also the
  /// first article's title (a one-article file `# Title` + `by …`), which without it would
  /// take its byline for a title.
  @discardableResult
  public mutating func takeLeadingHeading(level: Int) -> Bool {
    endParagraph()
    // A heading that starts a piece is that piece's title, not the compilation's.
    guard let first = paragraphs.first, first.kind == .heading(level: level), !first.startsPiece
    else { return false }
    title = plainText(of: first)
    if paragraphs.count > 1, first.isSingleLine, isByline(paragraphs[1]) { return true }
    titleHeading = paragraphs.removeFirst()
    return true
  }

  /// Appends `line` as a paragraph of its own at source line `sourceLine` when the structure
  /// pass will read it as a byline (one the source gives outside its text: front matter's
  /// `author`), and nothing otherwise: a name that makes no byline is not made text.
  public mutating func appendByline(_ line: String, sourceLine: Int) {
    endParagraph()
    let count = paragraphs.count
    let start = bytes.count
    beginParagraph(.text, line: sourceLine)
    append(line)
    endParagraph()
    guard paragraphs.count == count + 1, isByline(paragraphs[count]) else {
      paragraphs.removeSubrange(count...)
      bytes.removeSubrange(start...)
      return
    }
  }

  /// Whether `paragraph` is a byline, read as the structure pass will.
  private func isByline(_ paragraph: Paragraph) -> Bool {
    bytes.withUnsafeBufferPointer { BylineParser.parse($0, paragraph) != nil }
  }

  // MARK: Private

  private mutating func flushSpace() {
    guard pendingSpace else { return }
    pendingSpace = false
    // A space already written stays the only one: bold that opens after a space flushes it
    // before its own first word (`and <b> spaced</b>`), whose leading space is then pending.
    guard let paragraph = open, bytes.count > paragraph.range.lowerBound,
      paragraph.breaks.last?.range.upperBound != bytes.count, bytes.last != 0x20
    else { return }
    bytes.append(0x20)
  }

  private mutating func trimTrailingSpaces() {
    guard let paragraph = open else { return }
    let floor = max(paragraph.range.lowerBound, paragraph.breaks.last?.range.upperBound ?? 0)
    while bytes.count > floor, let last = bytes.last, last == 0x20 || last == 0x09 {
      bytes.removeLast()
    }
  }

  private mutating func closeBold() {
    guard let start = boldStart else { return }
    boldStart = nil
    guard open != nil else { return }
    // A trailing break or space removed since bold began may leave it past the end.
    let content = trimmed(min(start, bytes.count)..<bytes.count)
    guard !content.isEmpty else { return }
    if joinsBoldRuns && !hasLetterOrDigit(content) { return }
    bolds.append(content)
  }

  private func hasLetterOrDigit(_ range: Range<Int>) -> Bool {
    String(decoding: bytes[range], as: UTF8.self).unicodeScalars.contains {
      $0.properties.isAlphabetic || $0.properties.numericType != nil
    }
  }

  private mutating func closeLink() {
    guard let start = linkStart, open != nil else { return }
    let content = trimmed(min(start, bytes.count)..<bytes.count)
    if !content.isEmpty { links.append((content, linkAddress)) }
  }

  /// `range` without the spaces at its ends: ASCII whitespace, and also the spaces HTML does
  /// not collapse (`&nbsp;`, the thin and other fixed-width spaces), which a page's editor
  /// puts just inside a `<b>` as often as plain ones; they are spacing, not the phrase.
  private func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = min(range.upperBound, bytes.count)
    while lower < upper {
      if Bytes.isWhitespace(bytes[lower]) {
        lower += 1
      } else if let width = fixedSpaceWidth(startingAt: lower, limit: upper) {
        lower += width
      } else {
        break
      }
    }
    while upper > lower {
      if Bytes.isWhitespace(bytes[upper - 1]) {
        upper -= 1
      } else if let width = fixedSpaceWidth(endingAt: upper, limit: lower) {
        upper -= width
      } else {
        break
      }
    }
    return lower..<upper
  }

  /// Whether `range` holds only spaces: plain ones and the non-collapsing ones `trimmed`
  /// takes off a run's ends (a run ending in `&nbsp;` still joins the next).
  private func isSpacing(_ range: Range<Int>) -> Bool {
    var offset = range.lowerBound
    while offset < range.upperBound {
      if bytes[offset] == 0x20 {
        offset += 1
      } else if let width = fixedSpaceWidth(startingAt: offset, limit: range.upperBound) {
        offset += width
      } else {
        return false
      }
    }
    return true
  }

  /// The byte length of the non-collapsing space (U+00A0, U+2000–U+200A, U+202F, U+205F,
  /// U+3000) that starts at `offset`, or nil.
  private func fixedSpaceWidth(startingAt offset: Int, limit: Int) -> Int? {
    for width in [2, 3] where offset + width <= limit {
      if Self.isFixedSpace(bytes[offset..<offset + width]) { return width }
    }
    return nil
  }

  /// The byte length of the non-collapsing space that ends at `offset`, or nil.
  private func fixedSpaceWidth(endingAt offset: Int, limit: Int) -> Int? {
    for width in [2, 3] where offset - width >= limit {
      if Self.isFixedSpace(bytes[offset - width..<offset]) { return width }
    }
    return nil
  }

  private static func isFixedSpace(_ scalar: ArraySlice<UInt8>) -> Bool {
    let b = Array(scalar)
    switch b.count {
    case 2: return b == [0xC2, 0xA0]
    case 3:
      if b[0] == 0xE2 && b[1] == 0x80 { return (0x80...0x8A).contains(b[2]) || b[2] == 0xAF }
      return b == [0xE2, 0x81, 0x9F] || b == [0xE3, 0x80, 0x80]
    default: return false
    }
  }

  /// Bold and links in order, clamped to `range`, cut where they overlap (see the type's
  /// comment). Link addresses are appended to the buffer after the paragraph.
  private mutating func orderedMarks(in range: Range<Int>) -> [InlineMark] {
    var addresses: [(content: Range<Int>, address: Range<Int>)] = []
    for link in links where link.content.upperBound <= range.upperBound {
      let start = bytes.count
      bytes += link.address
      addresses.append((link.content, start..<bytes.count))
    }
    var marks: [InlineMark] = []
    for bold in bolds where bold.upperBound <= range.upperBound {
      var cuts = [bold.lowerBound, bold.upperBound]
      for link in addresses where link.content.overlaps(bold) {
        cuts += [link.content.lowerBound, link.content.upperBound].filter { bold.contains($0) }
      }
      let points = Set(cuts).sorted()
      for (lower, upper) in zip(points, points.dropFirst()) where lower < upper {
        var piece = InlineMark(kind: .bold, content: lower..<upper, outer: lower..<upper)
        piece.linkAddress = addresses.first { $0.content.contains(lower) }?.address
        piece.continuesHighlight = lower > bold.lowerBound
        marks.append(piece)
      }
    }
    for link in addresses {
      // The link's words outside bold, cut around each bold phrase inside it.
      var cursor = link.content.lowerBound
      for bold in bolds where bold.overlaps(link.content) && bold.upperBound <= range.upperBound {
        if cursor < bold.lowerBound {
          marks.append(
            InlineMark(
              kind: .link(address: link.address), content: cursor..<bold.lowerBound,
              outer: cursor..<bold.lowerBound))
        }
        cursor = max(cursor, bold.upperBound)
      }
      if cursor < link.content.upperBound {
        let rest = cursor..<link.content.upperBound
        marks.append(InlineMark(kind: .link(address: link.address), content: rest, outer: rest))
      }
    }
    marks.sort { $0.content.lowerBound < $1.content.lowerBound }
    return marks
  }

  private func plainText(of paragraph: Paragraph) -> String {
    var text = String(decoding: bytes[paragraph.range], as: UTF8.self)
    if !paragraph.breaks.isEmpty { text = Document.foldingLineBreaks(text) }
    return text
  }
}

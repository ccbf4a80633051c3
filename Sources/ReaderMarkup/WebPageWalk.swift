import CGumbo
import ReaderCore

/// One walk over the post's elements, with an explicit stack (pages nest thousands deep),
/// mapping them onto `RenderedText`: headings, paragraphs, list items, block quotes, `<pre>`
/// with its lines, `<br>` as a soft break, `<b>`/`<strong>` as bold, `<a href>` as links.
///
/// Block elements start and end paragraphs; text outside any paragraph element (a `<div>`
/// holding bare text) becomes a paragraph of its own. Everything else is inline; `<q>` gets
/// its quotation marks. The same walk reads a raw HTML block inside Markdown.
struct WebPageWalk {
  var text = RenderedText()
  private var quoteDepth = 0
  /// A block quote has begun and its first paragraph has not.
  private var quoteBegins = false
  private var preDepth = 0
  /// How many `<q>` are open: a quotation inside one takes single marks.
  private var qDepth = 0
  private var lists: [ListState] = []
  private var pendingMarker: String?
  /// Inside a table of data (`isDataTable`): one paragraph, a row a line.
  private var inDataTable = false
  private var firstRow = false
  private var firstCell = false

  private struct ListState {
    var ordered: Bool
    var next: Int
  }

  /// The elements that break a paragraph without being one, as browsers lay them out as
  /// blocks. Anything not here and not handled by name is inline (`<span>`, `<ruby>`, `<time>`,
  /// an unknown or misspelt tag): a tag the list misses then joins text, never splits a
  /// sentence.
  private static let blockTags: Set<UInt32> = Set(
    [
      GUMBO_TAG_HTML, GUMBO_TAG_BODY, GUMBO_TAG_ARTICLE, GUMBO_TAG_SECTION, GUMBO_TAG_NAV,
      GUMBO_TAG_ASIDE, GUMBO_TAG_HGROUP, GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER, GUMBO_TAG_HR,
      GUMBO_TAG_DL, GUMBO_TAG_FIGURE, GUMBO_TAG_MAIN, GUMBO_TAG_DIV, GUMBO_TAG_TABLE,
      GUMBO_TAG_COLGROUP, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_TR,
      GUMBO_TAG_FORM, GUMBO_TAG_FIELDSET, GUMBO_TAG_LEGEND, GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY,
      GUMBO_TAG_MENU, GUMBO_TAG_DIR, GUMBO_TAG_FRAMESET, GUMBO_TAG_NOFRAMES, GUMBO_TAG_LISTING,
      GUMBO_TAG_XMP, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_CENTER, GUMBO_TAG_MULTICOL,
      GUMBO_TAG_OPTGROUP, GUMBO_TAG_OPTION, GUMBO_TAG_DATALIST,
    ].map(\.rawValue))

  /// `lineOffset`: what to add to gumbo's line numbers (an HTML block inside Markdown is
  /// parsed alone, from its own line 1). `dropsFurniture`: false inside Markdown, whose
  /// author wrote every `<aside>` and `<header>` on purpose; scripts, styles and comments
  /// stay out either way. `keepsArticleHeaders`: see the property.
  init(
    lineOffset: Int = 0, inBlockQuote: Bool = false, startsBlockQuote: Bool = false,
    dropsFurniture: Bool = true, keepsArticleHeaders: Bool = false,
    readsPostHeader: Bool = false, pieces: Set<GumboNodePointer> = [],
    classWeights: ClassWeights = ClassWeights()
  ) {
    self.classWeights = classWeights
    self.keepsArticleHeaders = keepsArticleHeaders
    self.readsPostHeader = readsPostHeader
    self.pieces = pieces
    self.lineOffset = lineOffset
    self.quoteDepth = inBlockQuote ? 1 : 0
    self.quoteBegins = inBlockQuote && startsBlockQuote
    self.dropsFurniture = dropsFurniture
  }

  private let lineOffset: Int
  /// The weights the page's style sheets give its classes.
  private let classWeights: ClassWeights
  private let dropsFurniture: Bool
  /// An `<article>`'s own `<header>` is read: in a post of several, it holds the piece's
  /// title and byline, which no other lookup finds.
  private let keepsArticleHeaders: Bool
  /// A single post's own `<header>` is read in part (`PostHeader`): its title and byline.
  private let readsPostHeader: Bool
  /// That header, while the walk is inside it.
  private var postHeader: PostHeader?
  /// The `<article>`s of a post of several, when the walk reads the element around them (its
  /// introduction and the editor's note stand there): each starts an article, and any other
  /// `<article>` outside them (a teaser PostFinder left out) is dropped.
  private let pieces: Set<GumboNodePointer>
  private var inPiece = false

  private func isDropped(_ node: GumboNodePointer) -> Bool {
    guard dropsFurniture else { return WebPageFurniture.isNeverText(node) }
    if let header = postHeader {
      return WebPageFurniture.isNeverText(node) || !header.reads(node)
    }
    if readsPostHeader && PostHeader.isHeader(node) { return false }
    if !pieces.isEmpty && !inPiece && node.tag == GUMBO_TAG_ARTICLE && !pieces.contains(node) {
      return true
    }
    if !pieces.isEmpty && !inPiece && Self.isDateHeading(node) { return true }
    // Asked here, of the cells the walk reaches, rather than of every cell each search for the
    // post passes: reading a cell's words costs, and a page has thousands of cells.
    if (node.tag == GUMBO_TAG_TD || node.tag == GUMBO_TAG_TH) && NewsletterLayout.isFooterCell(node)
    {
      return true
    }
    if node.tag == GUMBO_TAG_A && ReadMoreLink.isAlone(node) { return true }
    if keepsArticleHeaders && node.tag == GUMBO_TAG_HEADER,
      let parent = node.pointee.parent, parent.isElement, parent.tag == GUMBO_TAG_ARTICLE
    {
      return false
    }
    return WebPageFurniture.isDropped(node)
  }

  /// Reads `heading`, an element outside the post, as the paragraph it makes: the post's
  /// title where the theme sets it above the post (`OutsideTitle`).
  mutating func runHeading(_ heading: GumboNodePointer) {
    enter(heading)
    run(heading)
  }

  mutating func run(_ post: GumboNodePointer) {
    var stack: [(node: GumboNodePointer, children: [GumboNodePointer], next: Int)] = []
    stack.append((post, post.children, 0))
    while !stack.isEmpty {
      let top = stack.count - 1
      guard stack[top].next < stack[top].children.count else {
        leave(stack[top].node)
        stack.removeLast()
        continue
      }
      let child = stack[top].children[stack[top].next]
      stack[top].next += 1
      if child.isText {
        if postHeader?.reads(child) ?? true { addText(child) }
      } else if let header = postHeader, header.titleRead, !header.bylineRead, child.isElement,
        !header.reads(child), let byline = PostHeader.authorByline(child)
      {
        text.appendByline(byline, sourceLine: child.line + lineOffset)
        postHeader?.bylineRead = true
      } else if child.isElement && !isDropped(child) {
        enter(child)
        stack.append((child, child.children, 0))
      }
    }
    text.endParagraph()
  }

  private mutating func enter(_ node: GumboNodePointer) {
    let tag = node.tag
    let line = node.line + lineOffset
    if !inPiece && pieces.contains(node) {
      inPiece = true
      text.markPieceStart()
      return
    }
    if readsPostHeader && postHeader == nil && PostHeader.isHeader(node) {
      postHeader = PostHeader(node)
    } else {
      postHeader?.enter(node)
    }
    if inDataTable {
      if tag == GUMBO_TAG_A {
        enterDataTableLink(node)
      } else if makesBold(node) {
        text.beginBold()
      } else {
        enterDataTablePart(tag)
      }
      return
    }
    switch tag {
    case GUMBO_TAG_FIGCAPTION where Self.captionsAQuote(node):
      // `<figure><blockquote>…</blockquote><figcaption>— Name</figcaption></figure>`: the
      // caption signs the quote above it, as a signature inside the quote would.
      quoteDepth += 1
      begin(.text, line: line)
    case GUMBO_TAG_CITE where Self.signsAQuote(node):
      // WordPress's quote block ends with `<cite>Name</cite>` of its own, which its theme sets
      // apart as the quote's source: it is the quote's signature, written as one.
      begin(.text, line: line)
      if !Self.startsWithDash(node.collapsedText) { text.append("— ") }
    case GUMBO_TAG_TABLE where Self.isDataTable(node):
      // As in Markdown: run together its cells read as one sentence, each its own
      // paragraph they lose their rows.
      text.endParagraph()
      begin(.text, line: line)
      inDataTable = true
      firstRow = true
    case GUMBO_TAG_P, GUMBO_TAG_DT, GUMBO_TAG_DD, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_CAPTION,
      GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_ADDRESS:
      begin(.text, line: line)
    case GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6:
      begin(.heading(level: Int(tag.rawValue - GUMBO_TAG_H1.rawValue) + 1), line: line)
    case GUMBO_TAG_PRE:
      preDepth += 1
      begin(.preformatted, line: line)
    case GUMBO_TAG_BLOCKQUOTE:
      text.endParagraph()
      quoteDepth += 1
      if quoteDepth == 1 { quoteBegins = true }
    case GUMBO_TAG_UL, GUMBO_TAG_OL:
      text.endParagraph()
      let start = node.attribute("start").flatMap { Int($0) } ?? 1
      lists.append(ListState(ordered: tag == GUMBO_TAG_OL, next: start))
    case GUMBO_TAG_LI:
      text.endParagraph()
      if var list = lists.popLast() {
        pendingMarker = list.ordered ? "\(list.next). " : "• "
        list.next += 1
        lists.append(list)
      } else {
        pendingMarker = "• "
      }
    case GUMBO_TAG_BR:
      text.breakLine(hard: false)
    case _ where makesBold(node):
      text.beginBold()
    case GUMBO_TAG_A:
      guard var address = node.attribute("href") else { return }
      address.withUTF8 { text.beginLink(address: $0) }
    case GUMBO_TAG_Q:
      // A browser draws an inline quotation's marks; the text has none of its own.
      if !text.isInParagraph { begin(.text, line: line) }
      text.append(QuoteMarks.mark(depth: qDepth, opening: true))
      qDepth += 1
    default:
      if Self.blockTags.contains(tag.rawValue) { text.endParagraph() }
    }
  }

  private mutating func leave(_ node: GumboNodePointer) {
    let tag = node.tag
    if node == postHeader?.element { postHeader = nil } else { postHeader?.leave(node) }
    if inPiece && pieces.contains(node) {
      inPiece = false
      text.reach(line: Int(node.pointee.v.element.end_pos.line) + lineOffset)
      text.endParagraph()
      return
    }
    if inDataTable {
      switch tag {
      case GUMBO_TAG_TABLE:
        inDataTable = false
        text.reach(line: Int(node.pointee.v.element.end_pos.line) + lineOffset)
        text.endParagraph()
      case _ where makesBold(node): text.endBold()
      case GUMBO_TAG_A: if node.attribute("href") != nil { text.endLink() }
      default: break
      }
      return
    }
    switch tag {
    case GUMBO_TAG_CITE where Self.signsAQuote(node):
      text.endParagraph()
    case GUMBO_TAG_FIGCAPTION where Self.captionsAQuote(node):
      text.reach(line: Int(node.pointee.v.element.end_pos.line) + lineOffset)
      text.endParagraph()
      quoteDepth -= 1
    case GUMBO_TAG_PRE:
      preDepth -= 1
      text.endParagraph()
    case GUMBO_TAG_BLOCKQUOTE:
      text.endParagraph()
      quoteDepth -= 1
    case GUMBO_TAG_UL, GUMBO_TAG_OL:
      text.endParagraph()
      _ = lists.popLast()
    case GUMBO_TAG_LI:
      text.endParagraph()
      pendingMarker = nil
    case GUMBO_TAG_P, GUMBO_TAG_DT, GUMBO_TAG_DD, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_CAPTION,
      GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_ADDRESS, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
      GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6:
      // Text after the element, outside any other (a tweet's `— Name` after its `<p>`), is a
      // line of its own in a browser: it is not run on into the paragraph.
      text.reach(line: Int(node.pointee.v.element.end_pos.line) + lineOffset)
      text.endParagraph()
    case _ where makesBold(node):
      text.endBold()
    case GUMBO_TAG_A:
      if node.attribute("href") != nil { text.endLink() }
    case GUMBO_TAG_Q:
      qDepth -= 1
      text.append(QuoteMarks.mark(depth: qDepth, opening: false))
    default:
      if Self.blockTags.contains(tag.rawValue) {
        text.reach(line: Int(node.pointee.v.element.end_pos.line) + lineOffset)
        text.endParagraph()
      }
    }
  }

  /// Inside a table of data: a row starts a line (a caption is the first), a cell after the
  /// first is set apart by a bar; bold, links and line breaks as anywhere.
  private mutating func enterDataTablePart(_ tag: GumboTag) {
    switch tag {
    case GUMBO_TAG_CAPTION:
      firstRow = false
    case GUMBO_TAG_TR:
      if !firstRow { text.breakLine(hard: true) }
      firstRow = false
      firstCell = true
    case GUMBO_TAG_TD, GUMBO_TAG_TH:
      if !firstCell { text.append(" │ ") }
      firstCell = false
    case GUMBO_TAG_BR:
      text.breakLine(hard: false)
    default:
      break
    }
  }

  /// Whether `node` sets its text in bold: `<b>` and `<strong>` unless their style (or a class
  /// of the page's style sheets) gives them a regular weight, and an inline element whose
  /// style or class gives it a bold one. Its own `style` wins over its class, as in CSS.
  private func makesBold(_ node: GumboNodePointer) -> Bool {
    let tag = node.tag
    let isBold = { InlineStyle.weightIsBold(node) ?? classWeights.isBold(node) }
    if tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG { return isBold() != false }
    return Self.styledInlineTags.contains(tag.rawValue) && isBold() == true
  }

  /// Inline elements whose bold a page may write as a style. Not links: a newsletter styles
  /// its buttons (`Read more →`) bold.
  private static let styledInlineTags: Set<UInt32> = Set(
    [GUMBO_TAG_SPAN, GUMBO_TAG_FONT, GUMBO_TAG_EM, GUMBO_TAG_I, GUMBO_TAG_U, GUMBO_TAG_MARK]
      .map(\.rawValue))

  private mutating func enterDataTableLink(_ node: GumboNodePointer) {
    guard var address = node.attribute("href") else { return }
    address.withUTF8 { text.beginLink(address: $0) }
  }

  /// Whether `node`, a `<cite>`, stands in a block quote on its own, outside its paragraphs.
  private static func signsAQuote(_ node: GumboNodePointer) -> Bool {
    guard let parent = node.pointee.parent, parent.isElement else { return false }
    return parent.tag == GUMBO_TAG_BLOCKQUOTE
  }

  private static func startsWithDash(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return first == "—" || first == "–" || first == "-" || first == "―"
  }

  /// Whether `node`, a `<figcaption>`, captions a figure that is a block quote.
  private static func captionsAQuote(_ node: GumboNodePointer) -> Bool {
    guard let figure = node.pointee.parent, figure.isElement, figure.tag == GUMBO_TAG_FIGURE
    else { return false }
    return figure.children.contains { $0.isElement && $0.tag == GUMBO_TAG_BLOCKQUOTE }
  }

  /// A heading a blog puts over each day's posts (`<h2 class="date-header">`): between the
  /// pieces of a page of posts it would start an article of its own, titled with a date.
  private static func isDateHeading(_ node: GumboNodePointer) -> Bool {
    let tag = node.tag.rawValue
    guard tag >= GUMBO_TAG_H1.rawValue && tag <= GUMBO_TAG_H6.rawValue,
      let value = node.attribute("class")?.lowercased()
    else { return false }
    return WebPageFurniture.classWords(value).contains("date")
  }

  /// A table of data, not of layout: no cell holds a paragraph, a list, a heading or another
  /// table. Older pages lay out a whole post in a table; its cells stay paragraphs.
  static func isDataTable(_ table: GumboNodePointer) -> Bool {
    var pending = table.children
    var seen = 0
    while let node = pending.popLast() {
      seen += 1
      // A table too large to check cheaply reads as before.
      if seen > 20_000 { return false }
      guard node.isElement else { continue }
      if layoutTags.contains(node.tag.rawValue) { return false }
      pending += node.children
    }
    return true
  }

  private static let layoutTags: Set<UInt32> = Set(
    [
      GUMBO_TAG_TABLE, GUMBO_TAG_P, GUMBO_TAG_DIV, GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_DL,
      GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
      GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE,
      GUMBO_TAG_FORM, GUMBO_TAG_FIGURE, GUMBO_TAG_HR, GUMBO_TAG_ASIDE, GUMBO_TAG_HEADER,
      GUMBO_TAG_FOOTER, GUMBO_TAG_NAV, GUMBO_TAG_MAIN,
    ].map(\.rawValue))

  private mutating func addText(_ node: GumboNodePointer) {
    let bytes = node.textBytes
    if !text.isInParagraph {
      guard preDepth > 0 || bytes.contains(where: { !Self.isSpace($0) }) else { return }
      begin(.text, line: node.line + lineOffset)
    }
    text.append(bytes)
    var line = node.line + lineOffset
    for byte in bytes where byte == 0x0A { line += 1 }
    text.reach(line: line)
  }

  private mutating func begin(_ kind: ParagraphKind, line: Int) {
    var kind = kind
    let marker = pendingMarker.take()
    if !lists.isEmpty, kind == .text {
      kind = .listItem(indent: max(0, lists.count - 1) * 2 + (marker == nil ? 2 : 0))
    }
    text.beginParagraph(
      kind, line: line, inBlockQuote: quoteDepth > 0, startsBlockQuote: quoteBegins,
      keepsSpaces: preDepth > 0)
    quoteBegins = false
    if let marker { text.appendMarker(marker) }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }
}

import CCmarkGFM
import ReaderCore

/// One walk over cmark's tree, with its iterator (no recursion, so nesting thousands deep
/// costs no stack), mapping each node onto `RenderedText`.
struct MarkdownWalk {
  var text = RenderedText()
  private var quoteDepth = 0
  /// A block quote has begun and its first paragraph has not.
  private var quoteBegins = false
  /// For each block quote open, innermost last, whether it is a callout (`Callout`), which
  /// counts in no `quoteDepth`: its paragraphs are the text's own.
  private var quoteIsCallout: [Bool] = []
  /// A callout's label, until its first paragraph sets it as a paragraph of its own.
  private var calloutLabel: String?
  /// Set from a callout's first paragraph until the end of its marker line, which is not shown.
  private var skippingMarkerLine = false
  private var lists: [ListState] = []
  /// The marker the next paragraph starts with: it is an item's first.
  private var pendingMarker: String?
  /// Whether the table cell entered next is its row's first.
  private var firstCell = false
  /// How many inline `<q>` are open: a quotation inside one takes single marks.
  private var qDepth = 0
  /// The inline tags open that may set bold (`<b>`, `<strong>`, and the elements a web page
  /// styles bold: `<span style="font-weight:bold">`), innermost last, each with whether it
  /// began bold. cmark hands each tag over alone, so one left open would run on into every
  /// later paragraph, and a stray closing tag would end the `**` strong it stands in: both
  /// are kept to the tags' own paragraph.
  private var openTags: [(name: String, bold: Bool)] = []
  /// Footnote definitions so far: cmark puts them at the end in the order of their first
  /// reference, which is their number.
  private var footnotes = 0

  func indent(continuing: Bool) -> Int { max(0, lists.count - 1) * 2 + (continuing ? 2 : 0) }

  /// A `#` title and a byline the source gives outside its Markdown (front matter), set
  /// before the text as if written there, on the lines they stand on. The post's `date`
  /// (`YYYY-MM-DD`) ends the byline as a date written there would (`by Name, 2024-02-02`),
  /// so the article has it; a byline that does not read so with it is tried without.
  mutating func addHead(
    title: String, line: Int, byline: (text: String, line: Int)?, date: String? = nil
  ) {
    text.beginParagraph(.heading(level: 1), line: line)
    text.append(title)
    text.endParagraph()
    guard let byline else { return }
    let before = text.bytes.count
    if let date { text.appendByline(byline.text + ", " + date, sourceLine: byline.line) }
    if text.bytes.count == before { text.appendByline(byline.text, sourceLine: byline.line) }
  }

  mutating func run(_ root: OpaquePointer) {
    guard let iterator = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      visit(node, entering: event == CMARK_EVENT_ENTER)
    }
    text.endParagraph()
  }

  private mutating func visit(_ node: OpaquePointer, entering: Bool) {
    let type = cmark_node_get_type(node)
    if skippingMarkerLine {
      switch type {
      case CMARK_NODE_TEXT: return
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        skippingMarkerLine = false
        return
      default:
        // The paragraph ends with its marker line.
        skippingMarkerLine = false
      }
    }
    switch type {
    case CMARK_NODE_BLOCK_QUOTE:
      if entering {
        let label = Callout.label(of: node)
        quoteIsCallout.append(label != nil)
        if let label {
          calloutLabel = label
          return
        }
      } else if quoteIsCallout.popLast() == true {
        return
      }
      quoteDepth += entering ? 1 : -1
      if entering && quoteDepth == 1 { quoteBegins = true }
    case CMARK_NODE_LIST:
      if entering {
        lists.append(
          ListState(
            ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
            next: Int(cmark_node_get_list_start(node))))
      } else {
        _ = lists.popLast()
      }
    case CMARK_NODE_ITEM:
      if entering, var list = lists.popLast() {
        pendingMarker = list.ordered ? "\(list.next). " : "• "
        if typeName(node) == "tasklist" {
          // A task's box replaces a bullet, as GitHub draws it; a numbered task keeps both.
          let box = cmark_gfm_extensions_get_tasklist_item_checked(node) ? "☑ " : "☐ "
          pendingMarker = list.ordered ? "\(list.next). " + box : box
        }
        list.next += 1
        lists.append(list)
      } else {
        pendingMarker = nil
      }
    case CMARK_NODE_PARAGRAPH:
      if entering, let label = calloutLabel.take() {
        // The label as a line of its own, on the marker's line; then the rest of the
        // paragraph, without the marker line.
        begin(.text, node)
        text.append(label)
        text.endParagraph()
        begin(.text, node, lineOffset: 1)
        skippingMarkerLine = true
      } else if entering {
        begin(.text, node)
      } else {
        finish(node)
      }
    case CMARK_NODE_HEADING:
      if entering {
        begin(.heading(level: Int(cmark_node_get_heading_level(node))), node)
      } else {
        finish(node)
      }
    case CMARK_NODE_CODE_BLOCK:
      // A fenced block's code starts on the line after its fence: the block spans more lines
      // than its code has (this cmark has no getter for the fence).
      var literal = literalOf(node)
      let span = Int(cmark_node_get_end_line(node) - cmark_node_get_start_line(node)) + 1
      let fenced = span > literal.utf8.count { $0 == 0x0A }
      begin(.preformatted, node, lineOffset: fenced ? 1 : 0)
      if literal.last == "\n" { literal.removeLast() }
      text.append(literal)
      finish(node)
    case CMARK_NODE_TEXT, CMARK_NODE_CODE:
      text.append(literalOf(node))
    case CMARK_NODE_SOFTBREAK:
      text.breakLine(hard: false)
    case CMARK_NODE_LINEBREAK:
      text.breakLine(hard: true)
    case CMARK_NODE_STRONG:
      if entering { text.beginBold() } else { text.endBold() }
    case CMARK_NODE_LINK:
      if entering {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        var address = url
        address.withUTF8 { text.beginLink(address: $0) }
      } else {
        text.endLink()
      }
    case CMARK_NODE_HTML_INLINE:
      inlineHTML(literalOf(node), at: node)
    case CMARK_NODE_HTML_BLOCK:
      text.endParagraph()
      let before = text.bytes.count
      HTMLBlock.read(
        literalOf(node), firstLine: Int(cmark_node_get_start_line(node)),
        inBlockQuote: quoteDepth > 0, startsBlockQuote: quoteBegins, into: &text)
      if text.bytes.count > before { quoteBegins = false }
    case CMARK_NODE_FOOTNOTE_REFERENCE:
      // cmark has put the footnote's number in place of its label; the iterator enters and
      // leaves this node although it has no children.
      if entering { text.append("[" + literalOf(node) + "]") }
    case CMARK_NODE_FOOTNOTE_DEFINITION:
      if entering {
        footnotes += 1
        pendingMarker = "[\(footnotes)] "
      } else {
        pendingMarker = nil
      }
    case CMARK_NODE_EMPH, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_DOCUMENT:
      // Emphasis is not the editor's bold; rules are not text.
      break
    default:
      // Strikethrough's words are read as they are. Tables come from an extension, whose
      // nodes are named by a string.
      tablePart(node, entering: entering)
    }
  }

  /// A table is one paragraph, a row a line (header first), its cells apart by a bar: run
  /// together they read as one sentence, and set as a grid they would not wrap. Its lines are
  /// hard breaks, so the table is set line by line as verse and code are.
  private mutating func tablePart(_ node: OpaquePointer, entering: Bool) {
    switch typeName(node) {
    case "table":
      if entering { begin(.text, node) } else { finish(node) }
    case "table_header", "table_row":
      guard entering else { return }
      text.breakLine(hard: true)
      firstCell = true
    case "table_cell":
      guard entering else { return }
      if !firstCell { text.append(" │ ") }
      firstCell = false
    default:
      break
    }
  }

  /// The node's type as cmark names it; an extension's nodes have no fixed enum value.
  private func typeName(_ node: OpaquePointer) -> String {
    cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
  }

  /// The tags of raw inline HTML that mean something here: `<b>`, `<strong>` (unless styled
  /// to a regular weight), a `<span>` or other inline element styled bold, `<br>`, `<a href>` (a link written in HTML keeps its address as a Markdown one does), and `<q>`,
  /// whose quotation marks a browser draws, as a web page's get them.
  private mutating func inlineHTML(_ literal: String, at node: OpaquePointer) {
    guard let tag = InlineTag(literal) else { return }
    switch (tag.name, tag.closes) {
    case ("b", false), ("strong", false):
      // FORMAT.md: an opener with no closer in its paragraph is literal text.
      guard Self.isClosedLater(node, group: "b") else { return text.append(literal) }
      // Styled to a regular weight (Google Docs wraps a paste so), it is not bold, as on a page.
      let bold = tag.style.flatMap(InlineStyle.weightIsBold(declarations:)) != false
      openTags.append(("b", bold))
      if bold { text.beginBold() }
    case ("b", true), ("strong", true):
      closeTag(group: "b")
    case (let name, false) where Self.styledTags.contains(name):
      // Bold only by its style, as `WebPageWalk` reads the same element in a page.
      let bold =
        tag.style.flatMap(InlineStyle.weightIsBold(declarations:)) == true
        && Self.isClosedLater(node, group: name)
      openTags.append((name, bold))
      if bold { text.beginBold() }
    case (let name, true) where Self.styledTags.contains(name):
      closeTag(group: name)
    case ("br", _): text.breakLine(hard: false)
    case ("a", false):
      guard var address = tag.href, !address.isEmpty else { return }
      address.withUTF8 { text.beginLink(address: $0) }
    case ("a", true): text.endLink()
    case ("q", false):
      text.append(QuoteMarks.mark(depth: qDepth, opening: true))
      qDepth += 1
    case ("q", true):
      // A stray `</q>` closes nothing: no mark without its opening one.
      guard qDepth > 0 else { return }
      qDepth -= 1
      text.append(QuoteMarks.mark(depth: qDepth, opening: false))
    default: break
    }
  }

  /// Inline elements whose bold a page may write as a style (`WebPageWalk.styledInlineTags`).
  private static let styledTags: Set<String> = ["span", "font", "em", "i", "u", "mark"]

  /// `<b>` and `<strong>` close each other, as one kind of tag; any other is its own.
  private static func group(of name: String) -> String {
    name == "strong" ? "b" : name
  }

  /// Closes the innermost open tag of `group`, ending its bold if it began one; a closing tag
  /// with none of its kind open closes nothing.
  private mutating func closeTag(group: String) {
    guard let index = openTags.lastIndex(where: { $0.name == group }) else { return }
    if openTags.remove(at: index).bold { text.endBold() }
  }

  /// Whether the inline tag at `node` is closed by a closing tag of its `group` further on in
  /// its paragraph (or heading, or table cell): the inline nodes after it in document order,
  /// down into links and emphasis, up to the block that holds it.
  private static func isClosedLater(_ node: OpaquePointer, group: String) -> Bool {
    func isInline(_ node: OpaquePointer) -> Bool {
      cmark_node_get_type(node).rawValue & 0xC000 == 0xC000
    }
    var open = 1
    var current: OpaquePointer? = node
    while let here = current {
      // The next node in document order without leaving the block.
      var next = isInline(here) && here != node ? cmark_node_first_child(here) : nil
      var climbing: OpaquePointer? = here
      while next == nil, let step = climbing, isInline(step) {
        next = cmark_node_next(step)
        climbing = cmark_node_parent(step)
      }
      guard let following = next else { return false }
      if cmark_node_get_type(following) == CMARK_NODE_HTML_INLINE,
        let tag = cmark_node_get_literal(following).flatMap({ InlineTag(String(cString: $0)) }),
        Self.group(of: tag.name) == group
      {
        open += tag.closes ? -1 : 1
        if open == 0 { return true }
      }
      current = following
    }
    return false
  }

  private mutating func begin(_ kind: ParagraphKind, _ node: OpaquePointer, lineOffset: Int = 0) {
    var kind = kind
    // A `<q>` or `<b>` left open does not reach into the next paragraph: the one paragraph
    // it stands in ends its bold (as a browser draws that paragraph), and the next begins
    // without it.
    qDepth = 0
    for tag in openTags.reversed() where tag.bold { text.endBold() }
    openTags.removeAll()
    let marker = pendingMarker.take()
    if !lists.isEmpty, kind == .text {
      kind = .listItem(indent: indent(continuing: marker == nil))
    }
    text.beginParagraph(
      kind, line: Int(cmark_node_get_start_line(node)) + lineOffset, inBlockQuote: quoteDepth > 0,
      startsBlockQuote: quoteBegins, keepsSpaces: true)
    quoteBegins = false
    if let marker { text.appendMarker(marker) }
  }

  private mutating func finish(_ node: OpaquePointer) {
    text.reach(line: Int(cmark_node_get_end_line(node)))
    text.endParagraph()
  }

  private func literalOf(_ node: OpaquePointer) -> String {
    cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
  }

  private struct ListState {
    var ordered: Bool
    var next: Int
  }
}

import CCmarkGFM
import ReaderCore

/// One walk over cmark's tree, with its iterator (no recursion, so nesting thousands deep
/// costs no stack), mapping each node onto `RenderedText`.
struct MarkdownWalk {
  var text = RenderedText()
  private var quoteDepth = 0
  /// A block quote has begun and its first paragraph has not.
  private var quoteBegins = false
  private var lists: [ListState] = []
  /// The marker the next paragraph starts with: it is an item's first.
  private var pendingMarker: String?

  func indent(continuing: Bool) -> Int { max(0, lists.count - 1) * 2 + (continuing ? 2 : 0) }

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
    switch type {
    case CMARK_NODE_BLOCK_QUOTE:
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
        list.next += 1
        lists.append(list)
      } else {
        pendingMarker = nil
      }
    case CMARK_NODE_PARAGRAPH:
      if entering {
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
      begin(.preformatted, node)
      var literal = literalOf(node)
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
      inlineHTML(literalOf(node))
    default:
      // Emphasis is not the editor's bold; raw HTML blocks and rules are not text.
      break
    }
  }

  /// The tags of raw inline HTML that mean something here: `<b>`, `<strong>`, `<br>`, and
  /// `<a href>` (a link written in HTML keeps its address as a Markdown one does).
  private mutating func inlineHTML(_ literal: String) {
    guard let tag = InlineTag(literal) else { return }
    switch (tag.name, tag.closes) {
    case ("b", false), ("strong", false): text.beginBold()
    case ("b", true), ("strong", true): text.endBold()
    case ("br", _): text.breakLine(hard: false)
    case ("a", false):
      guard var address = tag.href, !address.isEmpty else { return }
      address.withUTF8 { text.beginLink(address: $0) }
    case ("a", true): text.endLink()
    default: break
    }
  }

  private mutating func begin(_ kind: ParagraphKind, _ node: OpaquePointer) {
    var kind = kind
    let marker = pendingMarker.take()
    if !lists.isEmpty, kind == .text {
      kind = .listItem(indent: indent(continuing: marker == nil))
    }
    text.beginParagraph(
      kind, line: Int(cmark_node_get_start_line(node)), inBlockQuote: quoteDepth > 0,
      startsBlockQuote: quoteBegins, keepsSpaces: true)
    quoteBegins = false
    if let marker { text.append(marker) }
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

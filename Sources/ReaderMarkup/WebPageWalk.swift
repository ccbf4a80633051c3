import CGumbo
import ReaderCore

/// One walk over the post's elements, with an explicit stack (pages nest thousands deep),
/// mapping them onto `RenderedText`: headings, paragraphs, list items, block quotes, `<pre>`
/// with its lines, `<br>` as a soft break, `<b>`/`<strong>` as bold, `<a href>` as links.
///
/// Block elements start and end paragraphs; text outside any paragraph element (a `<div>`
/// holding bare text) becomes a paragraph of its own. Everything else is inline.
struct WebPageWalk {
  var text = RenderedText()
  private var quoteDepth = 0
  /// A block quote has begun and its first paragraph has not.
  private var quoteBegins = false
  private var preDepth = 0
  private var lists: [ListState] = []
  private var pendingMarker: String?

  private struct ListState {
    var ordered: Bool
    var next: Int
  }

  private static let inlineTags: Set<UInt32> = Set(
    [
      GUMBO_TAG_A, GUMBO_TAG_ABBR, GUMBO_TAG_B, GUMBO_TAG_BDI, GUMBO_TAG_BDO, GUMBO_TAG_CITE,
      GUMBO_TAG_CODE, GUMBO_TAG_DATA, GUMBO_TAG_DFN, GUMBO_TAG_EM, GUMBO_TAG_FONT, GUMBO_TAG_I,
      GUMBO_TAG_KBD, GUMBO_TAG_MARK, GUMBO_TAG_Q, GUMBO_TAG_S, GUMBO_TAG_SAMP, GUMBO_TAG_SMALL,
      GUMBO_TAG_SPAN, GUMBO_TAG_STRONG, GUMBO_TAG_SUB, GUMBO_TAG_SUP, GUMBO_TAG_TIME,
      GUMBO_TAG_U, GUMBO_TAG_VAR, GUMBO_TAG_WBR, GUMBO_TAG_DEL, GUMBO_TAG_INS, GUMBO_TAG_LABEL,
      GUMBO_TAG_IMG, GUMBO_TAG_BIG, GUMBO_TAG_TT, GUMBO_TAG_STRIKE, GUMBO_TAG_NOBR,
      GUMBO_TAG_UNKNOWN, GUMBO_TAG_BR,
    ].map(\.rawValue))

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
        addText(child)
      } else if child.isElement && !WebPageFurniture.isDropped(child) {
        enter(child)
        stack.append((child, child.children, 0))
      }
    }
    text.endParagraph()
  }

  private mutating func enter(_ node: GumboNodePointer) {
    let tag = node.tag
    let line = node.line
    switch tag {
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
    case GUMBO_TAG_B, GUMBO_TAG_STRONG:
      text.beginBold()
    case GUMBO_TAG_A:
      guard var address = node.attribute("href") else { return }
      address.withUTF8 { text.beginLink(address: $0) }
    default:
      if !Self.inlineTags.contains(tag.rawValue) { text.endParagraph() }
    }
  }

  private mutating func leave(_ node: GumboNodePointer) {
    let tag = node.tag
    switch tag {
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
    case GUMBO_TAG_B, GUMBO_TAG_STRONG:
      text.endBold()
    case GUMBO_TAG_A:
      if node.attribute("href") != nil { text.endLink() }
    default:
      if !Self.inlineTags.contains(tag.rawValue) {
        text.reach(line: Int(node.pointee.v.element.end_pos.line))
        text.endParagraph()
      }
    }
  }

  private mutating func addText(_ node: GumboNodePointer) {
    let bytes = node.textBytes
    if !text.isInParagraph {
      guard preDepth > 0 || bytes.contains(where: { !Self.isSpace($0) }) else { return }
      begin(.text, line: node.line)
    }
    text.append(bytes)
    var line = node.line
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
    if let marker { text.append(marker) }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }
}

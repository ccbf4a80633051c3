import CGumbo

/// A newsletter email laid out in tables: its heading, its note and each of its stories in
/// cells of their own (a story often a table inside a cell), and a footer cell the sender
/// must add (unsubscribe, the postal address, why you are receiving it).
enum NewsletterLayout {
  /// The outermost table around `element` when headings stand in two cells of it or more and
  /// `element`'s cell is alone in its row: the whole email, a column of stories one under the
  /// other, where `element` (the cell with the most paragraph text) is one story. Nil for a
  /// page laid out in a table around one post (a column of links beside it).
  static func letter(around element: GumboNodePointer) -> GumboNodePointer? {
    guard let story = element.tag == GUMBO_TAG_TD ? element : cell(around: element),
      let row = story.pointee.parent,
      row.children.filter({ $0.tag == GUMBO_TAG_TD || $0.tag == GUMBO_TAG_TH }).count == 1
    else { return nil }
    var outermost: GumboNodePointer?
    var parent: GumboNodePointer? = element
    while let node = parent {
      if node.isElement && node.tag == GUMBO_TAG_TABLE { outermost = node }
      parent = node.pointee.parent
    }
    guard let table = outermost else { return nil }
    var headedCells = Set<GumboNodePointer>()
    table.forEachNode(descend: { !WebPageFurniture.isDropped($0) }) { node in
      guard node.isElement, isHeading(node), let cell = cell(around: node) else { return }
      headedCells.insert(cell)
    }
    return headedCells.count >= 2 ? table : nil
  }

  /// Whether `cell` (a `<td>` or `<th>`) is an email's footer or its link to the web copy: no
  /// heading or table inside, a link (to unsubscribe, to the web copy), little text, and words
  /// only such a cell has.
  static func isFooterCell(_ cell: GumboNodePointer) -> Bool {
    // Read without asking what is furniture, which asks this of the cell.
    var hasBlocks = false
    var hasLink = false
    var words: [UInt8] = []
    cell.forEachNode(descend: { !hasBlocks && !WebPageFurniture.isNeverText($0) }) { node in
      if node != cell && node.isElement && (node.tag == GUMBO_TAG_TABLE || isHeading(node)) {
        hasBlocks = true
      }
      if node.isElement && node.tag == GUMBO_TAG_A { hasLink = true }
      guard node.isText, words.count <= maximumFooterBytes else { return }
      for byte in node.textBytes {
        let space = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
        if !space {
          words.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))
        } else if words.last != 0x20 {
          words.append(0x20)
        }
      }
    }
    guard !hasBlocks, hasLink, words.count <= maximumFooterBytes else { return false }
    let text = String(decoding: words, as: UTF8.self)
    return footerPhrases.contains { text.contains($0) }
  }

  /// A footer is a few lines; a story that mentions unsubscribing is longer.
  private static let maximumFooterBytes = 800

  private static let footerPhrases = [
    "unsubscribe", "you are receiving this", "you received this", "you're receiving this",
    "update your preferences", "update preferences", "manage your subscription",
    "view in browser", "view in your browser", "view this email in your browser",
    "view it in your browser", "view online", "view this email online",
  ]

  private static func isHeading(_ node: GumboNodePointer) -> Bool {
    let tag = node.tag.rawValue
    return tag >= GUMBO_TAG_H1.rawValue && tag <= GUMBO_TAG_H6.rawValue
  }

  private static func cell(around node: GumboNodePointer) -> GumboNodePointer? {
    var parent = node.pointee.parent
    while let current = parent {
      if current.isElement && (current.tag == GUMBO_TAG_TD || current.tag == GUMBO_TAG_TH) {
        return current
      }
      parent = current.pointee.parent
    }
    return nil
  }
}

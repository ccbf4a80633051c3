import CGumbo

/// A single post's own `<header>` (`<article><header>`): the only place that holds the post's
/// title and byline, beside furniture (a category link, the reading time, share buttons).
/// Only its first heading (the title) and its byline (an element whose text starts with `by`)
/// are read, so the title heads the post and the byline names its author; the rest stays out,
/// as the whole header did before. A later heading is an author's name or a label (Ghost's
/// `<h4>` author), which would start an article of its own.
///
/// The walk asks about each node it meets, so each answer costs a set look-up or a bounded
/// read of text: a header that wraps a whole post must not cost its size for every node.
struct PostHeader {
  let element: GumboNodePointer
  private let title: GumboNodePointer?
  /// The elements between the header and its title: boxes around the title, read for it.
  private let aroundTitle: Set<GumboNodePointer>
  /// The title or byline being read whole, while the walk is inside it.
  private var readWhole: GumboNodePointer?
  /// A header that holds paragraphs of text is a theme's box around the post, not its
  /// header: it is read whole.
  private let holdsText: Bool
  /// Whether the walk has left the title, after which an author's element may stand for the
  /// byline, and whether a byline has been read (or the header has one of its own).
  private(set) var titleRead = false
  var bylineRead: Bool

  init(_ header: GumboNodePointer) {
    element = header
    var title: GumboNodePointer?
    var hasByline = false
    var paragraphs = 0
    header.forEachNode { node in
      guard node.isElement else { return }
      if title == nil && Self.isHeading(node) { title = node }
      if !hasByline && Self.isByline(node) { hasByline = true }
      if node.tag == GUMBO_TAG_P { paragraphs += 1 }
    }
    self.title = title
    holdsText = paragraphs >= 3
    var around = Set<GumboNodePointer>()
    var parent = title?.pointee.parent
    while let current = parent, current != header {
      around.insert(current)
      parent = current.pointee.parent
    }
    aroundTitle = around
    bylineRead = hasByline
  }

  /// Whether `node` is the `<header>` of an `<article>`.
  static func isHeader(_ node: GumboNodePointer) -> Bool {
    guard node.isElement, node.tag == GUMBO_TAG_HEADER, let parent = node.pointee.parent
    else { return false }
    return parent.isElement && parent.tag == GUMBO_TAG_ARTICLE
  }

  /// Whether the walk reads `node` (an element or a text): it stands in the title or a
  /// byline, or it is one of them or a box around the title.
  func reads(_ node: GumboNodePointer) -> Bool {
    if readWhole != nil || holdsText { return true }
    guard node.isElement else { return false }
    return node == title || aroundTitle.contains(node) || Self.isByline(node)
  }

  /// The walk enters `node`, which it reads.
  mutating func enter(_ node: GumboNodePointer) {
    if readWhole == nil && !holdsText && (node == title || Self.isByline(node)) {
      readWhole = node
    }
  }

  /// The walk leaves `node`.
  mutating func leave(_ node: GumboNodePointer) {
    if node == readWhole { readWhole = nil }
    if node == title { titleRead = true }
  }

  /// The byline an author's element stands for (`by Rui Salgado`), where the header names
  /// its author without `by`: an element marked as the author (`itemprop="author"`, a class
  /// `author`, `p-author` or `author-name`, as Jekyll's and Ghost's themes write it) holding a
  /// short name, looked for in `node` and inside it (an element of the header that is not
  /// read, such as Jekyll's meta line around its author), the outermost first.
  static func authorByline(_ node: GumboNodePointer) -> String? {
    var found: String?
    node.forEachNode(descend: { _ in found == nil }) { inner in
      if found == nil { found = ownAuthorByline(inner) }
    }
    return found
  }

  private static func ownAuthorByline(_ node: GumboNodePointer) -> String? {
    guard node.isElement else { return nil }
    let marked =
      node.attribute("itemprop")?.split(separator: " ").contains("author") == true
      || (node.attribute("class").map {
        WebPageFurniture.classWords($0.lowercased()).contains("author")
      } ?? false)
    guard marked, let name = textPrefix(node), !name.isEmpty, name.count <= 80,
      !name.lowercased().hasPrefix("by ")
    else { return nil }
    return "by " + name
  }

  private static func isHeading(_ node: GumboNodePointer) -> Bool {
    let tag = node.tag.rawValue
    return tag >= GUMBO_TAG_H1.rawValue && tag <= GUMBO_TAG_H6.rawValue
  }

  /// `By Ann Lee`, `by Ann Lee on May 4`: a short line starting with the word `by`; the
  /// structure pass then reads it as any byline.
  private static func isByline(_ node: GumboNodePointer) -> Bool {
    guard let words = textPrefix(node), words.count > 3 else { return false }
    return words.prefix(3).lowercased() == "by "
  }

  private static let maximumLength = 300

  /// The text under `node`, whitespace runs as one space, trimmed; nil when it is longer
  /// than `maximumLength` bytes, which it stops reading at.
  private static func textPrefix(_ node: GumboNodePointer) -> String? {
    var bytes: [UInt8] = []
    var space = false
    var tooLong = false
    node.forEachNode(descend: { !tooLong && !WebPageFurniture.isNeverText($0) }) { inner in
      guard !tooLong, inner.isText else { return }
      GumboNodePointer.appendCollapsed(inner.textBytes, to: &bytes, pendingSpace: &space)
      tooLong = bytes.count > maximumLength
    }
    return tooLong ? nil : String(decoding: bytes, as: UTF8.self)
  }
}

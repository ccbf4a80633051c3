import CGumbo

/// A single post's own `<header>` (`<article><header>`): the only place that holds the post's
/// title and byline, beside furniture (a category link, the reading time, share buttons).
/// Only its headings and its byline (an element whose text starts with `by`) are read, so the
/// title heads the post and the byline names its author; the rest stays out, as the whole
/// header did before.
enum PostHeader {
  /// Whether `node` is the `<header>` of an `<article>`.
  static func isHeader(_ node: GumboNodePointer) -> Bool {
    guard node.isElement, node.tag == GUMBO_TAG_HEADER, let parent = node.pointee.parent
    else { return false }
    return parent.isElement && parent.tag == GUMBO_TAG_ARTICLE
  }

  /// Whether `node` (an element or a text) inside `header` is read: it stands in the title
  /// (the header's first heading) or a byline, or it is an element that holds the title (a
  /// box around it). A later heading is an author's name or a label (Ghost's `<h4>` author),
  /// which would start an article of its own.
  static func isRead(_ node: GumboNodePointer, in header: GumboNodePointer) -> Bool {
    let title = firstHeading(in: header)
    var current: GumboNodePointer? = node
    while let element = current, element != header {
      if element == title || (element.isElement && isByline(element)) { return true }
      current = element.pointee.parent
    }
    guard node.isElement, let title else { return false }
    var holds = false
    node.forEachNode(descend: { _ in !holds }) { inner in
      if inner == title { holds = true }
    }
    return holds
  }

  /// The byline an author's element stands for (`by Rui Salgado`), where the header names
  /// its author without `by`: an element marked as the author (`itemprop="author"`, a class
  /// `author`, `p-author` or `author-name`, as Jekyll's and Ghost's themes write it) holding a
  /// short name. Nil for anything else.
  /// Looked for in `node` and inside it (an element of the header that is not read, such as
  /// Jekyll's meta line around its author), the outermost first.
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
    guard marked else { return nil }
    let name = node.collapsedText
    guard !name.isEmpty, name.count <= 80, !name.lowercased().hasPrefix("by ") else { return nil }
    return "by " + name
  }

  /// Whether the header has a line of its own that starts with `by`.
  static func hasByline(_ header: GumboNodePointer) -> Bool {
    var found = false
    header.forEachNode(descend: { _ in !found }) { node in
      if node.isElement && isByline(node) { found = true }
    }
    return found
  }

  private static func firstHeading(in header: GumboNodePointer) -> GumboNodePointer? {
    var found: GumboNodePointer?
    header.forEachNode(descend: { _ in found == nil }) { node in
      if found == nil && node.isElement && isHeading(node) { found = node }
    }
    return found
  }

  private static func isHeading(_ node: GumboNodePointer) -> Bool {
    let tag = node.tag.rawValue
    return tag >= GUMBO_TAG_H1.rawValue && tag <= GUMBO_TAG_H6.rawValue
  }

  /// `By Ann Lee`, `by Ann Lee on May 4`: a short line starting with the word `by`; the
  /// structure pass then reads it as any byline.
  private static func isByline(_ node: GumboNodePointer) -> Bool {
    let words = node.collapsedText.prefix(maximumLength + 1)
    guard words.count <= maximumLength, words.count > 3 else { return false }
    return words.prefix(3).lowercased() == "by "
  }

  private static let maximumLength = 300
}

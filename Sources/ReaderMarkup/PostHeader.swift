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

import CGumbo

/// The post's `<h1>` where it stands outside the element that holds the post's paragraphs:
/// a static blog's theme (Hugo, Jekyll) and Firefox's Reader view put the title above the box
/// of text, so the walk of that box never meets it, and the post was titled by its first
/// sentence. Only an `<h1>` before the post whose words are the page's `<title>` (without the
/// site's name) is taken, and not one that links to the site's home page: that is the site's
/// name, which a theme may set in an `<h1>` too.
enum OutsideTitle {
  static func heading(
    before post: GumboNodePointer, in root: GumboNodePointer, matching title: String
  ) -> GumboNodePointer? {
    let wanted = folded(title)
    let postLine = post.line
    var found: GumboNodePointer?
    root.forEachNode(descend: { node in
      found == nil && node != post && !WebPageFurniture.isDropped(node)
    }) { node in
      guard found == nil, node.isElement, node.tag == GUMBO_TAG_H1, node.line <= postLine,
        folded(node.collapsedText) == wanted, !linksHome(node)
      else { return }
      found = node
    }
    return found
  }

  /// The author Firefox's Reader view sets under its title (`<div class="reader-credits">`),
  /// with no `by`, as the byline it stands for, and the line it stands on.
  static func readerCredits(in root: GumboNodePointer) -> (byline: String, line: Int)? {
    var found: (String, Int)?
    root.forEachNode(descend: { _ in found == nil }) { node in
      guard found == nil, node.isElement,
        node.attribute("class")?.split(separator: " ").contains("reader-credits") == true
      else { return }
      let name = node.collapsedText
      if !name.isEmpty { found = ("by " + name, node.line) }
    }
    return found
  }

  private static func folded(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Whether the heading is, or stands in, a link to the site's root (`/`, `./`, `index.html`).
  private static func linksHome(_ heading: GumboNodePointer) -> Bool {
    var links: [GumboNodePointer] = []
    heading.forEachNode { if $0.isElement && $0.tag == GUMBO_TAG_A { links.append($0) } }
    var parent = heading.pointee.parent
    while let current = parent, current.isElement {
      if current.tag == GUMBO_TAG_A { links.append(current) }
      parent = current.pointee.parent
    }
    return links.contains { link in
      guard let address = link.attribute("href")?.trimmingSpaces else { return false }
      return ["/", "./", "", "index.html", "/index.html"].contains(address)
    }
  }
}

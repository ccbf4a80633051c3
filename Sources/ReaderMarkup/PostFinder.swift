import CGumbo

/// Finds the post on a web page: the `<article>` with the most text, else `<main>`, else the
/// element whose own `<p>` children hold the most text (where a blog theme puts the post's
/// paragraphs), else the whole page.
enum PostFinder {
  static func post(in root: GumboNodePointer) -> GumboNodePointer {
    var articles: [GumboNodePointer] = []
    var main: GumboNodePointer?
    var paragraphs: [GumboNodePointer] = []
    root.forEachNode(descend: { !WebPageFurniture.isDropped($0) }) { node in
      guard node.isElement else { return }
      switch node.tag {
      case GUMBO_TAG_ARTICLE: articles.append(node)
      case GUMBO_TAG_MAIN: if main == nil { main = node }
      case GUMBO_TAG_P: paragraphs.append(node)
      default: break
      }
    }
    if articles.count == 1 { return articles[0] }
    if !articles.isEmpty {
      return articles.map { ($0, $0.textLength) }.max { $0.1 < $1.1 }!.0
    }
    if let main { return main }
    // Measured only when no element names the post: most pages have one.
    var paragraphText: [GumboNodePointer: Int] = [:]
    for paragraph in paragraphs {
      guard let parent = paragraph.pointee.parent else { continue }
      paragraphText[parent, default: 0] += paragraph.textLength
    }
    if let best = paragraphText.max(by: { $0.value < $1.value }), best.value > 0 {
      return best.key
    }
    return root
  }

  /// The first `<h1>` inside `post`, whatever would be dropped around it (a post's header).
  static func heading(in post: GumboNodePointer) -> String? {
    var found: String?
    post.forEachNode(descend: { _ in found == nil }) { node in
      if found == nil && node.tag == GUMBO_TAG_H1 {
        let text = node.collapsedText
        if !text.isEmpty { found = text }
      }
    }
    return found
  }

  /// The page's `<title>`, without the site's name: of `Post | Site`, `Post – Site`,
  /// `Post — Site`, `Post - Site` or `Post · Site`, the first part.
  static func pageTitle(in root: GumboNodePointer) -> String? {
    var title: String?
    root.forEachNode(descend: { _ in title == nil }) { node in
      if title == nil && node.tag == GUMBO_TAG_TITLE {
        title = node.children.first.map { String(decoding: $0.textBytes, as: UTF8.self) }
      }
    }
    guard
      var text = title?.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    else { return nil }
    for separator in [" | ", " – ", " — ", " - ", " · ", " :: "] {
      if let range = text.firstRange(of: separator) {
        text = String(text[..<range.lowerBound])
        break
      }
    }
    text = text.trimmingSpaces
    return text.isEmpty ? nil : text
  }
}

extension String {
  /// Without leading and trailing spaces.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " }) else { return "" }
    let last = scalars.lastIndex(where: { $0 != " " })!
    return String(scalars[first...last])
  }
}

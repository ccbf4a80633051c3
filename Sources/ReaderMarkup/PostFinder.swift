import CGumbo

/// Finds the post on a web page: the `<article>` with the most text, else `<main>`, else the
/// element whose own `<p>` children hold the most text (where a blog theme puts the post's
/// paragraphs; a newsletter's whole table when that element is one of its stories), else the
/// whole page. A post made of several `<article>`s (a digest, a
/// compilation) is all of them: see `pieces(around:among:)`.
enum PostFinder {
  /// The post's elements in document order: one, or several sibling `<article>`s.
  static func posts(in root: GumboNodePointer) -> [GumboNodePointer] {
    var articles: [GumboNodePointer] = []
    root.forEachNode(descend: { !WebPageFurniture.isDropped($0) }) { node in
      if node.isElement && node.tag == GUMBO_TAG_ARTICLE { articles.append(node) }
    }
    if articles.isEmpty, let listed = listedPosts(in: root) { return listed }
    guard articles.count > 1 else { return [post(in: root)] }
    let lengths = articles.map(\.textLength)
    let longest = lengths.indices.max { lengths[$0] < lengths[$1] }!
    let pieces = pieces(around: longest, among: articles, lengths: lengths)
    return pieces.count > 1 ? pieces : [articles[longest]]
  }

  /// On a page without `<article>` or `<main>`, the elements a blog theme marks as posts
  /// (`hentry`, `h-entry`, Blogger's `post`), outermost ones only: a blog's page of several
  /// posts lists them in boxes of their own (`<div class="post hentry">`), often one per day,
  /// with no `<p>` inside (lines cut by `<br>`). Nil when there are none.
  private static func listedPosts(in root: GumboNodePointer) -> [GumboNodePointer]? {
    var posts: [GumboNodePointer] = []
    var hasMain = false
    root.forEachNode(descend: { node in
      !WebPageFurniture.isDropped(node) && !(node.isElement && isPostBox(node))
    }) { node in
      guard node.isElement else { return }
      if node.tag == GUMBO_TAG_MAIN { hasMain = true }
      if isPostBox(node) && !WebPageFurniture.isDropped(node) && !isTeaser(node) {
        posts.append(node)
      }
    }
    return hasMain || posts.isEmpty ? nil : posts
  }

  private static let postClasses: Set<String> = ["hentry", "h-entry", "post", "type-post"]

  /// Whether a blog theme's class marks `node` as a post's box.
  static func isPostBox(_ node: GumboNodePointer) -> Bool {
    guard let value = node.attribute("class")?.lowercased() else { return false }
    return value.split(separator: " ").contains { postClasses.contains(String($0)) }
  }

  /// The `<article>`s that are pieces of one post with the longest: its siblings that have a
  /// heading, itself included when it has one. A sibling is a piece when it has at least a
  /// quarter of the longest one's text, or, however short, when its first heading ranks as
  /// high as the longest one's (a digest's pieces are headed alike, and a short piece lost
  /// is text lost); a sibling whose class calls it a teaser or a related post is not.
  /// Related-post teasers are short and headed lower than the post (`<h3>` beside its
  /// `<h1>`), and comments stand elsewhere (or are dropped as furniture), so neither passes.
  private static func pieces(
    around longest: Int, among articles: [GumboNodePointer], lengths: [Int]
  ) -> [GumboNodePointer] {
    let parent = articles[longest].pointee.parent
    guard let rank = firstHeadingLevel(articles[longest]) else { return [] }
    return articles.indices.filter { index in
      guard articles[index].pointee.parent == parent, !isTeaser(articles[index]),
        let level = firstHeadingLevel(articles[index])
      else { return false }
      return lengths[index] * 4 >= lengths[longest] || level <= rank
    }.map { articles[$0] }
  }

  /// Class words a site gives the posts it lists beside the one shown.
  private static let teaserWords: Set<String> = [
    "related", "teaser", "teasers", "promo", "recommended", "suggested", "excerpt",
  ]

  private static func isTeaser(_ node: GumboNodePointer) -> Bool {
    guard let value = node.attribute("class")?.lowercased() else { return false }
    return WebPageFurniture.classWords(value).contains(where: teaserWords.contains)
  }

  /// The level (1–6) of the first `<h1>`–`<h6>` inside `node`, its `<header>` included; nil
  /// when it has none.
  private static func firstHeadingLevel(_ node: GumboNodePointer) -> Int? {
    var found: Int?
    node.forEachNode(descend: { _ in found == nil }) { node in
      guard found == nil, node.isElement else { return }
      let tag = node.tag.rawValue
      if tag >= GUMBO_TAG_H1.rawValue && tag <= GUMBO_TAG_H6.rawValue {
        found = Int(tag - GUMBO_TAG_H1.rawValue) + 1
      }
    }
    return found
  }

  /// The element the pieces of a post of several stand in, read whole so that its text
  /// outside them (an introduction, the editor's note) is kept where it stands.
  static func container(of pieces: [GumboNodePointer]) -> GumboNodePointer? {
    guard let first = pieces.first else { return nil }
    // The lowest element above them all: their parent when they are siblings, the list of
    // a blog's days when each day has a box of its own.
    var ancestors: [GumboNodePointer] = []
    var parent = first.pointee.parent
    while let node = parent {
      ancestors.append(node)
      parent = node.pointee.parent
    }
    var lowest = 0
    for piece in pieces.dropFirst() {
      var above = piece.pointee.parent
      while let node = above, ancestors.firstIndex(of: node).map({ $0 < lowest }) ?? true {
        above = node.pointee.parent
      }
      guard let node = above, let index = ancestors.firstIndex(of: node) else { return nil }
      lowest = max(lowest, index)
    }
    let container = ancestors[lowest]
    return container.isElement ? container : nil
  }

  /// The first `<h1>` of the page outside `posts` and its furniture: a digest's own title,
  /// above its pieces.
  static func heading(outside posts: [GumboNodePointer], in root: GumboNodePointer) -> String? {
    let excluded = Set(posts)
    var found: String?
    root.forEachNode(descend: {
      found == nil && !excluded.contains($0) && !WebPageFurniture.isDropped($0)
    }) { node in
      if found == nil && node.isElement && node.tag == GUMBO_TAG_H1 && !excluded.contains(node) {
        let text = node.collapsedText
        if !text.isEmpty { found = text }
      }
    }
    return found
  }

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
      return NewsletterLayout.letter(around: best.key) ?? best.key
    }
    return root
  }

  /// The post's own title inside `post`, whatever would be dropped around it (a post's
  /// header), and its level: the first `<h1>`, else the first lower heading a blog theme
  /// classes as the post's title (Blogger's `<h3 class="post-title">`, where the `<h1>` is the
  /// blog's name).
  static func heading(in post: GumboNodePointer) -> (text: String, level: Int)? {
    var found: String?
    var classed: (text: String, level: Int)?
    post.forEachNode(descend: { _ in found == nil }) { node in
      guard found == nil, node.isElement else { return }
      let tag = node.tag.rawValue
      if node.tag == GUMBO_TAG_H1 {
        let text = node.collapsedText
        if !text.isEmpty { found = text }
      } else if classed == nil, tag > GUMBO_TAG_H1.rawValue, tag <= GUMBO_TAG_H6.rawValue,
        let value = node.attribute("class")?.lowercased(),
        WebPageFurniture.classWords(value).contains("title")
      {
        let text = node.collapsedText
        if !text.isEmpty { classed = (text, Int(tag - GUMBO_TAG_H1.rawValue) + 1) }
      }
    }
    return found.map { ($0, 1) } ?? classed
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

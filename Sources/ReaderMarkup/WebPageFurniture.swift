import CGumbo

/// What on a web page is not the post: elements dropped with everything inside them.
///
/// By tag: scripts, styles, templates, forms and their controls, navigation, sidebars
/// (`<aside>`), headers and footers, embedded media. By attribute: `hidden`,
/// `aria-hidden="true"`, an inline `display:none` or `visibility:hidden`. By class or id
/// naming page furniture (comments, share buttons, sidebars, widgets, menus, a post's meta
/// line, tags, related posts, the author box): a site's theme says what a block is only
/// there. Also a link that only shares the page (`Click to Tweet`), and Substack's subtitle
/// under the post's `<h1>`. A post's own `<header>` goes too, except what the walk reads of
/// it: a single post's title and byline (`PostHeader`), a digest's pieces' whole headers.
enum WebPageFurniture {
  private static let droppedTags: Set<UInt32> = Set(
    [
      GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_NAV,
      GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER, GUMBO_TAG_ASIDE, GUMBO_TAG_FORM, GUMBO_TAG_BUTTON,
      GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_INPUT, GUMBO_TAG_IFRAME, GUMBO_TAG_SVG,
      GUMBO_TAG_MATH, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_CANVAS, GUMBO_TAG_AUDIO,
      GUMBO_TAG_VIDEO, GUMBO_TAG_HEAD, GUMBO_TAG_TITLE, GUMBO_TAG_MENU,
    ].map(\.rawValue))

  private static let furnitureWords: Set<String> = [
    "comment", "comments", "share", "sharing", "social", "sidebar", "widget", "widgets", "menu",
    "navigation", "navbar", "breadcrumb", "breadcrumbs", "newsletter", "subscribe", "cookie",
    "popup", "modal", "advert", "advertisement", "respond", "sharedaddy", "footer", "button",
    // Medium's strip of author, reading time and claps; Ghost's cards previewing other pages.
    "speechify", "vote", "claps", "bookmark",
    // A post's meta line (author, date) and Substack's like and comment counts; its tags;
    // related-post plugins (Jetpack's, YARPP); buttons and click-to-tweet boxes' buttons.
    "meta", "ufi", "tags", "tagcloud", "relatedposts", "yarpp", "btn", "ctt",
  ]

  /// Whole class names of furniture whose words alone say too little (`author` is also a
  /// byline's class): the blog owner's box under every post.
  private static let furnitureClasses: Set<String> = [
    "author-box", "authorbox", "about-author", "saboxplugin-wrap",
  ]

  /// Where a link only shares the page: its text is a button's (`Click to Tweet`).
  private static let shareAddresses = [
    "twitter.com/intent/", "x.com/intent/", "facebook.com/sharer", "linkedin.com/sharearticle",
  ]

  /// Whether `node` is code or a comment, never text, wherever it stands (a raw HTML block
  /// in Markdown keeps everything else).
  static func isNeverText(_ node: GumboNodePointer) -> Bool {
    guard node.isElement else { return node.pointee.type == GUMBO_NODE_COMMENT }
    return neverTextTags.contains(node.tag.rawValue)
  }

  private static let neverTextTags: Set<UInt32> = Set(
    [GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NOSCRIPT].map(\.rawValue))

  /// Whether `node` (an element) is dropped with its contents.
  static func isDropped(_ node: GumboNodePointer) -> Bool {
    guard node.isElement else { return node.pointee.type == GUMBO_NODE_COMMENT }
    if droppedTags.contains(node.tag.rawValue) {
      // A quotation's own footer or header (`<footer>— <cite>Name</cite></footer>`) says
      // who is quoted: it is the post's text, not the page's.
      let tag = node.tag
      return !((tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_HEADER) && isInBlockQuote(node))
    }
    let element = node.pointee.v.element
    guard element.attributes.length > 0 else { return false }
    if node.attribute("hidden") != nil { return true }
    if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
    if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    if node.tag == GUMBO_TAG_A, let address = node.attribute("href")?.lowercased(),
      shareAddresses.contains(where: address.contains)
    {
      return true
    }
    if isTitlesSubtitle(node) || isHeadingAnchor(node) { return true }
    return namesFurniture(node) && !holdsThePost(node)
  }

  /// A heading's link to itself, drawn as a symbol (`¶`, `#`, `🔗`) beside it by static
  /// site generators (Sphinx, Hugo, markdown-it-anchor): it would become part of the title.
  private static func isHeadingAnchor(_ node: GumboNodePointer) -> Bool {
    guard node.tag == GUMBO_TAG_A, node.attribute("href")?.hasPrefix("#") == true
    else { return false }
    // Its text read whole, not through `isDropped`, which asks this very question.
    var hasWords = false
    node.forEachNode { inner in
      guard !hasWords, inner.isText else { return }
      hasWords = String(decoding: inner.textBytes, as: UTF8.self).unicodeScalars.contains {
        $0.properties.isAlphabetic || $0.properties.numericType != nil
      }
    }
    guard !hasWords else { return false }
    var parent = node.pointee.parent
    while let current = parent, current.isElement {
      let tag = current.tag.rawValue
      if tag >= GUMBO_TAG_H1.rawValue && tag <= GUMBO_TAG_H6.rawValue { return true }
      parent = current.pointee.parent
    }
    return false
  }

  /// A subheading classed `subtitle` right after the post's `<h1>` (Substack's): the title's
  /// second line, which would otherwise start an article of its own before the first piece.
  private static func isTitlesSubtitle(_ node: GumboNodePointer) -> Bool {
    let tag = node.tag.rawValue
    guard tag >= GUMBO_TAG_H2.rawValue && tag <= GUMBO_TAG_H6.rawValue,
      let value = node.attribute("class")?.lowercased(),
      classWords(value).contains("subtitle"),
      let parent = node.pointee.parent
    else { return false }
    let siblings = parent.children.filter(\.isElement)
    guard let index = siblings.firstIndex(of: node), index > 0 else { return false }
    return siblings[index - 1].tag == GUMBO_TAG_H1
  }

  /// Whether `node`'s class or id has a word of `furnitureWords`.
  private static func namesFurniture(_ node: GumboNodePointer) -> Bool {
    // The page's own frame says how the page is laid out, not what it holds: WordPress themes
    // write `enable-search-modal`, `has-main-navigation` or `ast-right-sidebar` on `<body>`.
    guard !frameTags.contains(node.tag.rawValue) else { return false }
    for name in ["class", "id"] {
      guard let value = node.attribute(name)?.lowercased() else { continue }
      if classWords(value).contains(where: furnitureWords.contains) { return true }
      if value.split(separator: " ").contains(where: { furnitureClasses.contains(String($0)) }) {
        return true
      }
    }
    return false
  }

  private static let frameTags: Set<UInt32> = Set(
    [GUMBO_TAG_HTML, GUMBO_TAG_BODY, GUMBO_TAG_MAIN, GUMBO_TAG_ARTICLE].map(\.rawValue))

  /// The words of a class or id: `site-content has_sidebar` is `site content has sidebar`.
  static func classWords(_ value: String) -> [String] {
    value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
  }

  /// Whether an element whose class names furniture wraps the post itself: a theme's layout
  /// box (`<div class="content-area with-sidebar">`) around `<main>`, `<article>`, the
  /// page's `<h1>`, a run of paragraphs, or a box a blog theme classes as a post (Blogger's
  /// `<div class="widget Blog">` around posts whose lines are cut by `<br>`, not `<p>`). A
  /// comments section (with `<article>`s of its own) and Medium's strip go however much they
  /// hold (`neverThePostWords`).
  private static func holdsThePost(_ node: GumboNodePointer) -> Bool {
    for name in ["class", "id"] {
      guard let value = node.attribute(name)?.lowercased() else { continue }
      if classWords(value).contains(where: neverThePostWords.contains) { return false }
    }
    // A box holding the page's heading, or three paragraphs or more, is no strip or widget
    // (`<div class="page has-footer">` around a whole post).
    var found = false
    var paragraphs = 0
    node.forEachNode(descend: { _ in !found }) { inner in
      guard inner != node, inner.isElement else { return }
      switch inner.tag {
      case GUMBO_TAG_MAIN, GUMBO_TAG_ARTICLE, GUMBO_TAG_H1: found = true
      case GUMBO_TAG_P:
        paragraphs += 1
        if paragraphs >= 3 { found = true }
      default: if PostFinder.isPostBox(inner) { found = true }
      }
    }
    return found
  }

  /// Class words of boxes that never hold the post, however many paragraphs they have:
  /// comments, and Medium's strip (its name, follow button, claps and responses are each a
  /// `<p>`).
  private static let neverThePostWords: Set<String> = [
    "comment", "comments", "respond", "speechify", "claps", "vote",
  ]

  private static func isInBlockQuote(_ node: GumboNodePointer) -> Bool {
    var parent = node.pointee.parent
    while let current = parent {
      if current.isElement
        && (current.tag == GUMBO_TAG_BLOCKQUOTE || current.tag == GUMBO_TAG_FIGURE)
      {
        return true
      }
      parent = current.pointee.parent
    }
    return false
  }
}

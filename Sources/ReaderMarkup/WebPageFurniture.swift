import CGumbo

/// What on a web page is not the post: elements dropped with everything inside them.
///
/// By tag: scripts, styles, templates, forms and their controls, navigation, sidebars
/// (`<aside>`), headers and footers, embedded media. By attribute: `hidden`,
/// `aria-hidden="true"`, an inline `display:none` or `visibility:hidden`. An email's footer
/// cell (`NewsletterLayout`). By class or id
/// naming page furniture (comments, share buttons, sidebars, widgets, menus): a site's theme
/// says what a block is only there. A post's own `<header>` (its title and date) goes too;
/// the title is looked up separately.
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
    if node.tag == GUMBO_TAG_TD || node.tag == GUMBO_TAG_TH {
      if NewsletterLayout.isFooterCell(node) { return true }
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
    return namesFurniture(node) && !holdsThePost(node)
  }

  /// Whether `node`'s class or id has a word of `furnitureWords`.
  private static func namesFurniture(_ node: GumboNodePointer) -> Bool {
    // The page's own frame says how the page is laid out, not what it holds: WordPress themes
    // write `enable-search-modal`, `has-main-navigation` or `ast-right-sidebar` on `<body>`.
    guard !frameTags.contains(node.tag.rawValue) else { return false }
    for name in ["class", "id"] {
      guard let value = node.attribute(name)?.lowercased() else { continue }
      if classWords(value).contains(where: furnitureWords.contains) { return true }
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
  /// comments section holds `<article>`s of its own, and goes.
  private static func holdsThePost(_ node: GumboNodePointer) -> Bool {
    for name in ["class", "id"] {
      guard let value = node.attribute(name)?.lowercased() else { continue }
      if classWords(value).contains(where: commentWords.contains) { return false }
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

  private static let commentWords: Set<String> = ["comment", "comments", "respond"]

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

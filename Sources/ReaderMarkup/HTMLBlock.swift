import CGumbo
import ReaderCore

/// A raw HTML block inside Markdown (`<div>…</div>`, `<p>…</p>`, `<details>`), read as a web
/// page's text is: gumbo parses it as the inside of a `<body>` and `WebPageWalk`, the one HTML
/// walk, renders it — block elements as paragraphs, `<b>`/`<strong>` as bold, `<a href>` as
/// links — straight into the Markdown's text. Scripts, styles and comments stay out.
enum HTMLBlock {
  /// `firstLine`: the block's first line in the Markdown file.
  static func read(
    _ html: String, firstLine: Int, inBlockQuote: Bool, startsBlockQuote: Bool,
    into text: inout RenderedText
  ) {
    var html = html
    var options = kGumboDefaultOptions
    options.fragment_context = GUMBO_TAG_BODY
    var walk = WebPageWalk(
      lineOffset: firstLine - 1, inBlockQuote: inBlockQuote,
      startsBlockQuote: startsBlockQuote, dropsFurniture: false)
    // Swapped, not copied: the walk appends to the document's text itself.
    swap(&walk.text, &text)
    defer { swap(&walk.text, &text) }
    html.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        guard let base = chars.baseAddress,
          let output = gumbo_parse_with_options(&options, base, chars.count)
        else { return }
        defer { gumbo_destroy_output(&options, output) }
        guard let root = output.pointee.root else { return }
        walk.run(root)
      }
    }
  }
}

/// The title a markup file gave itself (`# Title`, a page's `<h1>` or `<title>`, front
/// matter's `title`), as the structure pass needs it: that there is one, and the heading it
/// was read from when that heading left the paragraph stream (its text is still stored).
struct SourceTitle {
  var heading: Paragraph?

  /// Nil when the source gave no title of its own.
  init?(_ rendered: RenderedText) {
    guard rendered.title != nil else { return nil }
    heading = rendered.titleHeading
  }
}

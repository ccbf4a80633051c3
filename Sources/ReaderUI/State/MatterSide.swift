import ReaderCore

/// Which pages around the articles: the front matter (a distributor's header, title page,
/// contents) or the back matter (its end marker and licence).
public enum MatterSide: Sendable, Hashable {
  case front
  case back

  /// The reading pane's dim header for it.
  var heading: String { self == .front ? "Front matter" : "Back matter" }

  func matter(of document: Document) -> Matter? {
    self == .front ? document.frontMatter : document.backMatter
  }
}

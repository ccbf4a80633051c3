/// One of the reader's own highlights as the exports write it: the quote, the note, and
/// where it belongs. The store keeps them; the command line hands them to the exporters.
public struct AnnotationRecord: Sendable, Hashable {
  public var id: String
  /// The article's number (1-based) when it was made.
  public var article: Int
  public var articleTitle: String
  /// The article's first author, if any.
  public var author: String?
  public var exact: String
  public var prefix: String
  public var suffix: String
  public var note: String?
  /// ISO 8601 in UTC: `2026-12-01T22:47:26Z`.
  public var created: String
  /// True when its text is gone from the document; nil when the document was not read.
  public var orphaned: Bool?
  /// The document's label (its path, `-`, `(sample)`).
  public var source: String

  public init(
    id: String, article: Int, articleTitle: String, author: String?, exact: String,
    prefix: String, suffix: String, note: String?, created: String, orphaned: Bool?,
    source: String
  ) {
    self.id = id
    self.article = article
    self.articleTitle = articleTitle
    self.author = author
    self.exact = exact
    self.prefix = prefix
    self.suffix = suffix
    self.note = note
    self.created = created
    self.orphaned = orphaned
    self.source = source
  }
}

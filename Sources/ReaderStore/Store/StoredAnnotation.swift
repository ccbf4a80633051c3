/// One of the reader's own highlights, with its note if any.
public struct StoredAnnotation: Sendable, Hashable {
  /// Random, 16 hex digits.
  public var id: String
  public var anchor: QuoteAnchor
  /// The article's first author, for export (Readwise's `Author`).
  public var author: String?
  /// The document's label when it was made (its path, `-`, `(sample)`).
  public var source: String
  public var note: String?
  /// ISO 8601 in UTC: `2026-12-01T22:47:26Z`.
  public var created: String

  public init(
    id: String, anchor: QuoteAnchor, author: String?, source: String, note: String?,
    created: String
  ) {
    self.id = id
    self.anchor = anchor
    self.author = author
    self.source = source
    self.note = note
    self.created = created
  }

  /// A fresh random id.
  public static func newID() -> String {
    Fingerprint(value: UInt64.random(in: 0...UInt64.max)).description
  }
}

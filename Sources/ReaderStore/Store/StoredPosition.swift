/// Where the reader was in a document: the top of the view, anchored to the text.
public struct StoredPosition: Sendable, Hashable {
  public var anchor: QuoteAnchor
  /// The wrapped line of the block at the top, and how many lines it had, so the same part of
  /// a long paragraph comes back at another width.
  public var row: Int
  public var rows: Int
  /// The part of a paragraph over 64 KiB that `row` and `rows` count in (parts are cut by
  /// bytes, so they are the same at any width); 0 elsewhere.
  public var part: Int

  public init(anchor: QuoteAnchor, row: Int, rows: Int, part: Int = 0) {
    self.anchor = anchor
    self.row = row
    self.rows = rows
    self.part = part
  }
}

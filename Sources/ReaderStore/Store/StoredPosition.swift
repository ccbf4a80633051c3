/// Where the reader was in a document: the top of the view, anchored to the text.
public struct StoredPosition: Sendable, Hashable {
  public var anchor: QuoteAnchor
  /// The wrapped line of the block at the top, and how many lines it had, so the same part of
  /// a long paragraph comes back at another width.
  public var row: Int
  public var rows: Int

  public init(anchor: QuoteAnchor, row: Int, rows: Int) {
    self.anchor = anchor
    self.row = row
    self.rows = rows
  }
}

/// Pages around the pieces that are no article: a distributor's header, a title page and
/// contents before the first piece (front matter), an end marker and licence after the last
/// (back matter).
public struct Matter: Sendable, Hashable {
  /// What the matter is called: the work's title from the header, or the marker's words.
  public var title: String
  /// 1-based line numbers in the file, first and last.
  public var firstLine: Int
  public var lastLine: Int

  public init(title: String, firstLine: Int, lastLine: Int) {
    self.title = title
    self.firstLine = firstLine
    self.lastLine = lastLine
  }
}

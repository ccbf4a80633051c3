/// Pages around the pieces that are no article: a distributor's header, a title page and
/// contents before the first piece (front matter), an end marker and licence after the last
/// (back matter).
public struct Matter: Sendable, Hashable {
  /// What the matter is called: the work's title from the header, or the marker's words.
  public var title: String
  /// 1-based line numbers in the file, first and last.
  public var firstLine: Int
  public var lastLine: Int
  /// Its paragraphs as the file has them, line breaks kept (a contents list, a licence), so
  /// the reader can show them; no article, highlight or quote is made of them.
  public var paragraphs: [String]

  public init(title: String, firstLine: Int, lastLine: Int, paragraphs: [String] = []) {
    self.title = title
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.paragraphs = paragraphs
  }
}

/// One of the editor's bold phrases. Numbered 1…N in document order across all articles.
public struct Highlight: Sendable, Hashable {
  /// 1-based, across the whole document.
  public var number: Int
  /// Index into `Document.articles`.
  public var article: Int
  /// Index into `Document.blocks` of the block it stands in.
  public var block: Int
  /// Indexes into `Document.spans`: a highlight that crosses a soft line break is still one
  /// highlight, but may be stored as more than one span.
  public var spans: Range<Int>

  public init(number: Int, article: Int, block: Int, spans: Range<Int>) {
    self.number = number
    self.article = article
    self.block = block
    self.spans = spans
  }
}

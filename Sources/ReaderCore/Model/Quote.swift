/// Who said what: a speaker block or a quotation inline in the text.
public struct Quote: Sendable, Hashable {
  /// Whether the quote is a speaker block or a quotation inside a paragraph.
  public enum Kind: String, Sendable, Hashable {
    case block
    case inline
  }

  public var kind: Kind
  /// The speaker's name, or nil when the text does not say who it is.
  public var speaker: String?
  /// What the speaker is (`Third President of Russia`), or nil.
  public var role: String?
  /// Index into `Document.articles`.
  public var article: Int
  /// For `.block`: the `.speakerQuote` blocks (indexes into `Document.blocks`).
  /// For `.inline`: the one block that holds the quotation.
  public var blocks: Range<Int>
  /// For `.inline`: the quoted bytes without the quotation marks. Empty for `.block`.
  public var range: Range<Int>

  public init(
    kind: Kind, speaker: String?, role: String?, article: Int, blocks: Range<Int>,
    range: Range<Int> = 0..<0
  ) {
    self.kind = kind
    self.speaker = speaker
    self.role = role
    self.article = article
    self.blocks = blocks
    self.range = range
  }
}

/// Where something is in a text, told by the text itself (the W3C Web Annotation
/// TextQuoteSelector): the words, and a few before and after to tell repeats apart. It
/// survives edits elsewhere in the file, which a byte offset does not.
public struct TextQuote: Sendable, Hashable {
  public var exact: String
  public var prefix: String
  public var suffix: String

  public init(exact: String, prefix: String, suffix: String) {
    self.exact = exact
    self.prefix = prefix
    self.suffix = suffix
  }

  /// How many Unicode scalars of context go before and after.
  public static let context = 32
}

/// A link in running text (Markdown and web pages): where its address is kept.
///
/// The link's words are a `.link` span of their block; the address is bytes of the same
/// storage, after the paragraph's text, where no span reaches.
public struct Link: Sendable, Hashable {
  /// Bytes in `Document.storage`.
  public var address: Range<Int>

  public init(address: Range<Int>) {
    self.address = address
  }
}

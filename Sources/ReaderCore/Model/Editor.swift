/// The person who put the compilation together, and the note they signed.
public struct Editor: Sendable, Hashable {
  /// The signature (`RAD`).
  public var name: String
  /// The note without its parentheses and signature.
  public var note: String
  /// Index into `Document.blocks` of the `.editorNote` block.
  public var block: Int

  public init(name: String, note: String, block: Int) {
    self.name = name
    self.note = note
    self.block = block
  }
}

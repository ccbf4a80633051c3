/// The person who put the compilation together, and the note they signed, if any (a credit
/// line under the compilation's title, `Compiled by Mara Quell`, names an editor without one).
public struct Editor: Sendable, Hashable {
  /// The signature (`RAD`), or the names a credit line gives.
  public var name: String
  /// The note without its parentheses and signature; nil for an editor known from a credit.
  public var note: String?
  /// Index into `Document.blocks` of the `.editorNote` block; nil when there is no note.
  public var block: Int?

  public init(name: String, note: String?, block: Int?) {
    self.name = name
    self.note = note
    self.block = block
  }
}

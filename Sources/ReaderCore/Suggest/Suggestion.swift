/// A sentence the reader suggests as one that carries its article's argument, for a
/// compilation whose editor's highlights are missing; never one of the editor's highlights.
public struct Suggestion: Sendable, Hashable {
  /// Index into `Document.articles`.
  public var article: Int
  /// Index into `Document.blocks`: the paragraph the sentence stands in.
  public var block: Int
  /// The sentence as `Document.foldedText(of:)` gives its block, soft line breaks folded.
  public var text: String
  /// How strongly the ranking favours it, 0...1, the article's best being 1.
  public var score: Double

  public init(article: Int, block: Int, text: String, score: Double) {
    self.article = article
    self.block = block
    self.text = text
    self.score = score
  }
}

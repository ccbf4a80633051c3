/// What `DocumentIndexer` drives a slice at a time, whichever reader feeds the structure pass.
///
/// An existential is opened once a slice, never per paragraph: each pipeline's loop runs
/// inside its own specialised `read`.
protocol IndexingPipeline {
  /// Byte offset the reader has reached.
  var position: Int { get }
  /// Source lines read so far.
  var lineCount: Int { get }
  var structure: StructurePass { get }
  mutating func read(upTo limit: Int, untilArticles articleLimit: Int) -> Bool
  mutating func finish()
}

extension ParagraphPipeline: IndexingPipeline {
  var position: Int { reader.position }
  var lineCount: Int { reader.lineCount }
}

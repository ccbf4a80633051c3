/// A reader feeding the structure pass, paragraph by paragraph, a slice of the text at a time.
///
/// One value holds both, so that a slice's loop runs inside one mutating call: run from
/// `DocumentIndexer`'s stored properties instead, every paragraph paid for two dynamic
/// exclusivity checks (about 2 % of the parse's instructions).
struct ParagraphPipeline<Reader: ParagraphReader> {
  private(set) var reader: Reader
  private(set) var structure: StructurePass

  init(reader: Reader, structure: StructurePass) {
    self.reader = reader
    self.structure = structure
  }

  /// Feeds paragraphs to the structure pass until the reader passes `limit`, `articleLimit`
  /// articles are closed, or the text ends; returns false once it has ended. Call `finish()`
  /// after it returns false.
  mutating func read(upTo limit: Int, untilArticles articleLimit: Int) -> Bool {
    while reader.position < limit && structure.closedArticles < articleLimit {
      guard let paragraph = reader.next() else { return false }
      structure.consume(paragraph)
    }
    return !reader.isAtEnd
  }

  /// The stream has ended.
  mutating func finish() { structure.finish() }
}

extension ParagraphPipeline where Reader == PlainTextReader {
  /// This pipeline as it stands, its text ending at `end`: a prefix of what it would read.
  func ending(at end: Int) -> ParagraphPipeline {
    ParagraphPipeline(reader: reader.ending(at: end), structure: structure)
  }
}

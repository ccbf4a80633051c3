/// Suggests the sentences that carry each article's argument when the editor's bold is
/// missing: an extractive ranking (TextRank over TF-IDF cosine similarity between the
/// article's sentences) with the sentence's place and its likeness to the title and dek as
/// the priors, then the best few that do not repeat one another. Deterministic: the same
/// document gives the same suggestions, in document order.
public enum KeySentences {
  /// At most one suggestion per this many words of an article's body.
  public static let wordsPerSuggestion = 300
  /// And at most this many in one article, however long.
  public static let maximumPerArticle = 12
  /// Sentences shorter than this many words are too slight to carry an argument.
  static let minimumWords = 7
  /// Nor do run-ons longer than this: they are lists, not claims.
  static let maximumWords = 70
  /// Two picks more alike than this say the same thing; the weaker is left out.
  static let redundancy = 0.45
  /// How much a sentence's likeness to the title and dek adds to its prior.
  static let dekWeight = 3.0
  /// Edges weaker than this are noise (one shared common word).
  static let edgeThreshold = 0.03

  private struct Sentence {
    var block: Int
    var text: String
    /// Its terms as ids into the document's `Vocabulary`, in the order they are written.
    var terms: [Int32]
    var words: Int
    /// The paragraph's place among the article's body paragraphs, from 0.
    var paragraph: Int
    var firstInParagraph: Bool
  }

  /// Every article's suggestions, in document order.
  public static func suggest(in document: Document) -> [Suggestion] {
    var vocabulary = Vocabulary()
    let sentences = document.articles.indices.map {
      self.sentences(of: $0, in: document, vocabulary: &vocabulary)
    }
    let idf = vocabulary.inverseFrequencies()
    var result: [Suggestion] = []
    for (article, list) in sentences.enumerated() {
      result += suggest(
        list, article: article, in: document, vocabulary: vocabulary, idf: idf)
    }
    return result
  }

  /// The ranked picks of one article.
  private static func suggest(
    _ sentences: [Sentence], article: Int, in document: Document, vocabulary: Vocabulary,
    idf: [Double]
  ) -> [Suggestion] {
    let words = sentences.reduce(0) { $0 + $1.words }
    // About one per `wordsPerSuggestion` words: 450 words give two, 400 one.
    let limit = min(
      maximumPerArticle, max(1, (words + wordsPerSuggestion / 2) / wordsPerSuggestion))
    guard !sentences.isEmpty, words >= minimumWords else { return [] }
    func vector(_ ids: some Sequence<Int>) -> TermVector {
      var counts: [Int: Int] = [:]
      for id in ids { counts[id, default: 0] += 1 }
      return TermVector(counts: counts, idf: idf)
    }
    let vectors = sentences.map { vector($0.terms.lazy.map { Int($0) }) }
    let head = document.articles[article]
    var lead = head.title
    if let dek = head.dek { lead += " " + document.text(of: document.blocks[dek]) }
    let leadVector = vector(Terms.of(lead).compactMap { vocabulary.id(of: $0) })
    let count = sentences.count
    let graph = SimilarityGraph(vectors: vectors, threshold: edgeThreshold)
    let priors = sentences.indices.map { index -> Double in
      let sentence = sentences[index]
      let place = 0.5 / Double(1 + sentence.paragraph) + (sentence.firstInParagraph ? 0.15 : 0)
      return 1 + place + dekWeight * vectors[index].cosine(leadVector)
    }
    let ranks = TextRank.ranks(graph: graph, priors: priors)
    var scores: [(index: Int, score: Double)] = []
    for index in 0..<count where eligible(sentences[index]) {
      var score = ranks[index]
      if sentences[index].text.hasSuffix("?") { score *= 0.5 }
      scores.append((index, score))
    }
    scores.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
    var picked: [Int] = []
    for candidate in scores where picked.count < limit {
      if picked.allSatisfy({ vectors[$0].cosine(vectors[candidate.index]) <= redundancy }) {
        picked.append(candidate.index)
      }
    }
    let best = scores.first?.score ?? 1
    let scoreOf = Dictionary(uniqueKeysWithValues: scores.map { ($0.index, $0.score) })
    return picked.sorted().map { index in
      Suggestion(
        article: article, block: sentences[index].block, text: sentences[index].text,
        score: best > 0 ? scoreOf[index]! / best : 0)
    }
  }

  private static func eligible(_ sentence: Sentence) -> Bool {
    sentence.words >= minimumWords && sentence.words <= maximumWords && !sentence.terms.isEmpty
  }

  /// The sentences of the article's body: paragraphs, list items and what speakers said;
  /// not its title, byline, note, dek, bio or links.
  private static func sentences(
    of article: Int, in document: Document, vocabulary: inout Vocabulary
  ) -> [Sentence] {
    var result: [Sentence] = []
    var paragraph = 0
    for index in document.articles[article].blocks {
      let block = document.blocks[index]
      switch block.kind {
      case .paragraph, .listItem, .speakerQuote: break
      default: continue
      }
      for (place, text) in SentenceSplitter.sentences(document.text(of: block)).enumerated() {
        result.append(
          Sentence(
            block: index, text: text, terms: vocabulary.add(sentence: Terms.of(text)),
            words: Terms.wordCount(text),
            paragraph: paragraph, firstInParagraph: place == 0))
      }
      paragraph += 1
    }
    return result
  }
}

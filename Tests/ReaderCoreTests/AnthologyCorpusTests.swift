import ReaderCore
import TestSupport
import Testing

/// The four real anthologies of `../shared/corpus/` against their truth files: each must reach
/// title F1 0.95 and byline accuracy 0.95 (issue 17). Each prints its scores.
@Suite struct AnthologyCorpusTests {
  static let target = 0.95

  @Test(
    arguments: ["ghost", "popsci", "humor", "federalist"].filter {
      SharedFixtures.runs(needing: "corpus/\($0).txt")
    })
  func corpusFileMeetsTheTargets(name: String) throws {
    let path = try #require(SharedFixtures.path("corpus/\(name).txt"))
    let truth = try #require(SharedFixtures.path("corpus/\(name).truth.json"))
    let document = try DocumentLoader.load(path: path)
    let score = AnthologyScore(
      articles: Array(document.articles), pieces: try AnthologyScore.pieces(truthPath: truth))
    print("anthology \(name): \(score)")
    #expect(score.titleF1 >= Self.target, "\(name): \(score)")
    #expect(score.bylineAccuracy >= Self.target, "\(name): \(score)")
  }

  @Test(.enabled(if: SharedFixtures.runs(needing: "corpus/ghost.txt")))
  func distributorFramesBecomeFrontAndBackMatter() throws {
    let document = try DocumentLoader.load(
      path: try #require(SharedFixtures.path("corpus/ghost.txt")))
    let front = try #require(document.frontMatter)
    let back = try #require(document.backMatter)
    #expect(front.firstLine == 1)
    #expect(front.lastLine < document.articles[0].firstLine)
    #expect(back.firstLine > document.articles[document.articles.count - 1].lastLine)
    #expect(back.lastLine == document.lineCount)
  }
}

import ReaderCore
import Testing

@testable import ReaderUI

/// Searching a huge article forward from the view, block by block, finds the match that
/// finding all of the article's matches and taking the first past the view finds.
@Suite struct ForwardMatchTests {
  static let queries = ["the", "stat", "lantern", "zzq", "ad", "by", "-", "'", "bold end", "K"]

  static func expectSameAsWholeSearch(_ document: Document) {
    for query in queries {
      let finder = MatchFinder(document: document, query: query)
      for article in document.articles.indices {
        let all = finder.matches(in: article)
        for block in document.articles[article].blocks {
          let position = SearchMatch(article: article, block: block, offset: 0, ordinal: 0)
          let forward = finder.firstMatch(in: article, from: position) { $0.block >= block }
          #expect(
            forward == all.first { $0.block >= block },
            "query \(query), article \(article), block \(block)")
        }
      }
    }
  }

  @Test func sampleAndTinyDocumentAgree() {
    Self.expectSameAsWholeSearch(Document.sample())
    Self.expectSameAsWholeSearch(tinyDocument())
  }

  @Test func theMatchOverACutIsFoundForward() throws {
    let (document, query) = try SearchAcrossCutTests.paragraphCutInsideAQuery()
    let finder = MatchFinder(document: document, query: query)
    let top = SearchMatch(
      article: 0, block: document.articles[0].blocks.lowerBound, offset: 0, ordinal: 0)
    let found = finder.firstMatch(in: 0, from: top) { _ in true }
    #expect(found != nil)
    #expect(found == finder.matches(in: 0).first)
    #expect(found?.block == LongBlockTests.longBlock(of: document))
  }
}

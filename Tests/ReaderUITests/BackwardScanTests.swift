import ReaderCore
import Testing

@testable import ReaderUI

/// `N` in a huge article reads backward a stretch at a time (`MatchFinder.scanBackward`)
/// instead of listing every match of the article: it must find what the whole list says is
/// the previous match, from any block, whole or paused and resumed.
@Suite struct BackwardScanTests {
  /// The last match before block `top` that the whole list of the article's matches holds.
  static func expected(_ finder: MatchFinder, article: Int, top: Int) -> SearchMatch? {
    finder.matches(in: article).last { $0.block < top }
  }

  @Test func aBackwardScanFindsTheLastMatchBeforeItsBlock() {
    for document in [Document.sample(), tinyDocument()] {
      for query in ForwardMatchTests.queries {
        let finder = MatchFinder(document: document, query: query)
        for article in document.articles.indices {
          let blocks = document.articles[article].blocks
          for top in stride(from: blocks.lowerBound, through: blocks.upperBound, by: 3) {
            let whole = finder.scanBackward(
              in: article, fromBlock: blocks.lowerBound, toBlock: top, budget: .max
            ) { _ in true }
            let want = Self.expected(finder, article: article, top: top)
            #expect(whole == (want.map { .found($0) } ?? .missing), "\(query) below \(top)")
            // In slices of a few bytes, resumed where each paused, it ends the same.
            var scan = MatchFinder.ForwardScan.paused(atBlock: top)
            var slices = 0
            while case .paused(let block) = scan, slices <= document.blocks.count {
              scan = finder.scanBackward(
                in: article, fromBlock: blocks.lowerBound, toBlock: block, budget: 16
              ) { _ in true }
              slices += 1
            }
            #expect(scan == whole, "\(query) below \(top), in slices")
          }
        }
      }
    }
  }

  /// An article over `MatchFinder.hugeArticle` (4.5 MB): `N` from far down finds the
  /// previous match, a rare word's in slices of the scan budget, and goes round the end.
  @Test func previousMatchInAHugeArticle() throws {
    var builder = DocumentBuilder()
    builder.article("A long book", by: ["Ann Lee"])
    for number in 0..<70_000 {
      let word = number % 9_000 == 4_321 ? " a lantern" : ""
      builder.paragraph(
        .plain("Paragraph \(number) of the usual filler\(word), long enough to be a line."))
    }
    let document = builder.build()
    #expect(
      MatchFinder(document: document, query: "x").byteRange(of: 0).count
        > MatchFinder.hugeArticle)
    let finder = MatchFinder(document: document, query: "lantern")
    let all = finder.matches(in: 0)
    #expect(all.count == 8)
    let set = ArticleSet(document: document, author: nil)
    for (query, from) in [("lantern", all[3].block + 50), ("the", 30_000), ("lantern", 100)] {
      let position = SearchMatch(article: 0, block: from, offset: 0, ordinal: 0)
      let queryFinder = MatchFinder(document: document, query: query)
      let want =
        queryFinder.matches(in: 0).last { $0 < position }
        ?? queryFinder.matches(in: 0).last!
      var request = MatchScanRequest(
        query: query, author: nil, generation: 0, articles: 1, from: position, forward: false,
        inclusive: false, budget: 2 << 20)
      var slices = 0
      var found: SearchMatch?
      while found == nil && slices < 100 {
        switch request.run(in: document, over: set).outcome {
        case .found(let match, _, _): found = match
        case .goesOn(let next): request = next
        case .missing: slices = 100
        }
        slices += 1
      }
      #expect(found == want, "\(query) before block \(from)")
    }
  }
}

import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// A long paragraph is cut into parts (`LongBlock`), but a match that runs over the cut
/// between two parts is a match like any other: found, counted and marked on both sides.
@Suite struct SearchAcrossCutTests {
  /// The long paragraph with the word before the first cut and the word after it replaced by
  /// words of the same lengths that occur nowhere else (so the cut stays where it was), and
  /// the query `"<before> <after>"`.
  static func paragraphCutInsideAQuery() throws -> (document: Document, query: String) {
    var words = LongBlockTests.words(40_000)
    let plain = try LongBlockTests.document(body: words.joined(separator: " "))
    let block = plain.blocks[LongBlockTests.longBlock(of: plain)]
    let cut = try #require(LongBlock.parts(of: block, in: plain)?.dropFirst().first).bytes
      .lowerBound
    // The body starts at the long block's first byte: find the word starting at the cut.
    var position = plain.spans[block.spans.lowerBound].range.lowerBound
    var after = 0
    while position < cut {
      position += words[after].utf8.count + 1
      after += 1
    }
    #expect(position == cut)
    words[after - 1] = String("quokkasx".prefix(words[after - 1].count))
    words[after] = String("wombatsx".prefix(words[after].count))
    let query = words[after - 1] + " " + words[after]
    let document = try LongBlockTests.document(body: words.joined(separator: " "))
    let parts = try #require(
      LongBlock.parts(of: document.blocks[LongBlockTests.longBlock(of: document)], in: document))
    #expect(parts[1].bytes.lowerBound == cut)
    return (document, query)
  }

  private static func marked(_ screen: Screen) -> String {
    screen.cells.filter { $0.role == .searchMatch }.map(\.text).joined()
  }

  @Test func aMatchOverTheCutIsMarkedWhileTyping() throws {
    let (document, query) = try Self.paragraphCutInsideAQuery()
    var reader = try program(document, 100, 30, keys: "/" + query)
    #expect(reader.state.search?.current != nil)
    let screen = reader.render(width: 100, height: 30)
    #expect(Self.marked(screen) == query.filter { $0 != " " })
    // The count goes a few parts of the paragraph a slice.
    reader.settle()
    #expect(reader.render(width: 100, height: 30).row(29).contains("/\(query)▏ 1/1"))
  }

  @Test func nFindsAMatchOverTheCut() throws {
    let (document, query) = try Self.paragraphCutInsideAQuery()
    var reader = try program(document, 100, 30, keys: "/\(query)<Enter>gg")
    reader.handle(.key(.character("n")))
    let current = try #require(reader.state.search?.current)
    #expect(current.block == LongBlockTests.longBlock(of: document))
    let screen = reader.render(width: 100, height: 30)
    #expect(Self.marked(screen) == query.filter { $0 != " " })
  }

  @Test func aMatchOverTheCutIsCountedOnce() throws {
    let (document, query) = try Self.paragraphCutInsideAQuery()
    var request = MatchCountRequest(
      query: query, author: nil, from: 0, generation: 0, budget: Update.countSliceBytes)
    var slice = request.run(in: document)
    // Slices stop between parts of the paragraph: each goes on where the last stopped.
    while let resume = slice.resume {
      request.block = resume
      request.part = slice.resumePart
      request.carried = slice.carried
      slice = request.run(in: document)
    }
    #expect(slice.perArticle == [1])
    let finder = MatchFinder(document: document, query: query)
    #expect(finder.matches(in: 0).count == 1)
  }
}

import ReaderCore
import Testing

@testable import ReaderUI

/// `ArticleLines` keeps a table of segments per block only when some block is long (cut into
/// parts); otherwise segment `i` is block `i`. Either way every line maps to its block and
/// part and back, and every block's first line is where its lines start.
@Suite struct ArticleSegmentTests {
  /// A title and byline, then `count` short numbered paragraphs, with a paragraph of
  /// `longWords` words after every `longEvery`-th one (none when 0).
  static func document(count: Int, longEvery: Int = 0, longWords: Int = 0) throws -> Document {
    var text = "Many paragraphs\n\nby Ann Lee [2024-01-31].\n\n"
    for index in 0..<count {
      text += "p\(index) short.\n\n"
      if longEvery > 0 && index % longEvery == longEvery - 1 {
        text += LongBlockTests.words(longWords).joined(separator: " ") + "\n\n"
      }
    }
    return try parsed(text)
  }

  /// Checks every line of `lines`, wrapped whole, against its own lookups.
  static func checkMapping(_ lines: ArticleLines, _ document: Document) {
    let all = lines.allLines
    #expect(all.count == lines.count)
    var firstLines: [Int: Int] = [:]
    var previous: (block: Int, part: Int)?
    for (index, line) in all.enumerated() {
      if firstLines[line.block] == nil { firstLines[line.block] = index }
      if let previous {
        // Blocks in order; a block's parts in order, from 0.
        let inOrder =
          line.block == previous.block
          ? line.part == previous.part || line.part == previous.part + 1
          : line.block == previous.block + 1 && line.part == 0
        #expect(inOrder, "line \(index)")
      }
      previous = (line.block, line.part)
      let anchor = lines.anchor(at: index)
      #expect(
        anchor.block == line.block && anchor.part == line.part && anchor.row == line.row,
        "line \(index)")
      if line.row != ReadingAnchor.gap {
        #expect(lines.index(of: anchor) == index, "line \(index)")
      }
    }
    let blocks = document.articles[0].blocks
    #expect(firstLines.count == blocks.count - 1)  // the title is the pane's header
    for (block, first) in firstLines where block != blocks.lowerBound {
      #expect(lines.firstLine(ofBlock: block) == first, "block \(block)")
    }
    #expect(lines.firstLine(ofBlock: blocks.upperBound) == nil)
    #expect(lines.firstLine(ofBlock: blocks.lowerBound - 1) == nil)
  }

  @Test func shortBlocksAreOneSegmentEach() throws {
    let document = try Self.document(count: 30_000)
    let lines = ArticleLines(document: document, article: 0, width: 40, search: nil)
    #expect(lines.segmentCount == document.articles[0].blocks.count)
    // Only the title, which the pane's header holds: its row count is not an estimate.
    #expect(lines.wrappedSegments == 1)
    Self.checkMapping(lines, document)
  }

  @Test func longBlocksAmongShortOnesMapEachPartToItsLines() throws {
    let document = try Self.document(count: 900, longEvery: 300, longWords: 25_000)
    let lines = ArticleLines(document: document, article: 0, width: 40, search: nil)
    let blocks = document.articles[0].blocks
    let parts = blocks.map {
      LongBlock.parts(of: document.blocks[$0], in: document)?.count ?? 1
    }
    #expect(parts.filter { $0 > 1 }.count == 3)
    #expect(lines.segmentCount == parts.reduce(0, +))
    // Only the title, which the pane's header holds: its row count is not an estimate.
    #expect(lines.wrappedSegments == 1)
    // Lazily, before anything else is wrapped: the last part of the last long block.
    let last = try #require(blocks.last { parts[$0 - blocks.lowerBound] > 1 })
    let lastPart = parts[last - blocks.lowerBound] - 1
    let index = lines.index(of: ReadingAnchor(block: last, row: 0, part: lastPart))
    #expect(
      lines.anchor(at: index)
        == ReadingAnchor(block: last, row: 0, rows: lines.line(at: index).rows, part: lastPart))
    Self.checkMapping(lines, document)
  }
}

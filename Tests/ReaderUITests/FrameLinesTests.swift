import ReaderCore
import Testing

@testable import ReaderUI

/// A frame takes its rows with `ArticleLines.lines(_:)`, walking each segment's lines, not
/// locating every row: it must give exactly what `line(at:)` gives row by row, wherever the
/// frame starts, with long blocks cut into parts, search marks and the skim view, and past
/// either end.
@Suite struct FrameLinesTests {
  static func check(_ make: () -> ArticleLines, height: Int) {
    let probe = make()
    let total = probe.count
    var starts = Array(stride(from: -2, through: total + 2, by: max(1, total / 20)))
    starts += [0, 1, max(0, total - height), max(0, total - 1)]
    for start in starts {
      // Fresh lines each time, so that wrapping happens inside `lines(_:)` as in a frame.
      let framed = make().lines(start..<start + height)
      let single = make()
      let expected = (start..<start + height).map { single.line(at: $0) }
      #expect(framed == expected, "frame from row \(start) of \(total)")
    }
  }

  @Test func shortBlocksLongBlocksAndSearchMarksGiveTheSameRows() throws {
    let document = try ArticleSegmentTests.document(count: 120, longEvery: 30, longWords: 1500)
    for width in [20, 57] {
      Self.check(
        { ArticleLines(document: document, article: 0, width: width, search: nil) }, height: 60)
      Self.check(
        {
          ArticleLines(
            document: document, article: 0, width: width, search: TextSearch("short"))
        }, height: 33)
      Self.check(
        { ArticleLines(document: document, article: 0, width: width, search: nil, skim: true) },
        height: 25)
    }
  }

  @Test func theSampleGivesTheSameRowsInEveryArticle() {
    let document = Document.sample()
    for article in document.articles.indices {
      Self.check(
        { ArticleLines(document: document, article: article, width: 64, search: nil) },
        height: 40)
    }
  }
}

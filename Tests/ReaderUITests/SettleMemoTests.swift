import ReaderCore
import TestSupport
import Testing

@testable import ReaderUI

/// `ArticleLines.settle` remembers its last answer: asked again after rows were wrapped (here
/// or in the unmarked lines a search's lines lie over), it must answer anew.
@Suite struct SettleMemoTests {
  /// One article far longer than `ArticleLines.eagerBytes`, of paragraphs whose words are
  /// long or short by turns, so that an estimate of their rows is seldom exact.
  static func document() -> Document {
    var builder = DocumentBuilder()
    builder.article("Uneven paragraphs", by: ["Ida Moss"])
    for number in 0..<120 {
      let word = number % 3 == 0 ? "a" : "considerably"
      let count = 10 + (number * 7) % 40
      builder.paragraph(.plain(Array(repeating: word, count: count).joined(separator: " ")))
    }
    return builder.build()
  }

  @Test func anAnswerGivenBeforeRowsAboveWereWrappedIsNotGivenAgain() {
    let document = Self.document()
    let anchor = ReadingAnchor(block: document.articles[0].blocks.lowerBound + 90, row: 0)
    let plain = ArticleLines(document: document, article: 0, width: 50, search: nil)
    let marked = ArticleLines(
      document: document, article: 0, width: 50, search: TextSearch("zzq"), plain: plain)
    let before = marked.settle(around: anchor, above: 0, below: 10)
    #expect(marked.settle(around: anchor, above: 0, below: 10) == before)
    // The unmarked lines wrap everything: the estimates above the anchor become exact.
    _ = plain.allLines
    let after = marked.settle(around: anchor, above: 0, below: 10)
    #expect(after != before, "the estimates were exact: the test shows nothing")
    let fresh = ArticleLines(
      document: document, article: 0, width: 50, search: TextSearch("zzq"), plain: plain)
    #expect(after == fresh.settle(around: anchor, above: 0, below: 10))
    // The same, on lines of their own.
    let own = ArticleLines(document: document, article: 0, width: 50, search: nil)
    let first = own.settle(around: anchor, above: 0, below: 10)
    _ = own.allLines
    #expect(own.settle(around: anchor, above: 0, below: 10) != first)
    #expect(
      own.settle(around: anchor, above: 0, below: 10)
        == plain.settle(
          around: anchor, above: 0, below: 10))
  }
}

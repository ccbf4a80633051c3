import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// The skim view of a long article is made a stretch of blocks at a time, as far as it is
/// asked for: the lines it shows are the lines made all at once.
@Suite struct LazySkimTests {
  /// A one-article log of `days` paragraphs: a bold phrase in every 40th but none from day
  /// 2,000 to 3,000, and a quotation with its speaker in every 25th.
  private func logText(days: Int) -> String {
    var text = "The Keeper's Log\n\nby Ines Holt [3-4-2021 published].\n\n"
    for day in 1...days {
      var line = "Day \(day): the lamp was trimmed and the glass wiped before dusk."
      if day % 40 == 0 && !(2_000...3_000).contains(day) {
        line += " The **beam reached \(day) miles** tonight."
      }
      if day % 25 == 0 { line += " “Calm water at \(day),” said Ines Holt." }
      text += line + "\n\n"
    }
    return text
  }

  private func document(days: Int) throws -> Document {
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(logText(days: days).utf8)), source: "log.txt")
    while !indexer.advance(bytes: 1 << 20) {}
    return IndexSnapshot(indexer).document
  }

  /// The skim view's lines of `document`'s one article, taken 100 blocks at a time and all at
  /// once.
  private func skimLines(_ document: Document) -> (lazy: ArticleLines, whole: ArticleLines) {
    (
      ArticleLines(
        document: document, article: 0, width: 70, search: nil, skim: true, skimStretch: 100),
      ArticleLines(
        document: document, article: 0, width: 70, search: nil, skim: true, skimStretch: .max)
    )
  }

  @Test func linesTakenAStretchAtATimeAreTheLinesMadeAtOnce() throws {
    let document = try document(days: 3_400)
    let (lazy, whole) = skimLines(document)
    #expect(lazy.pendingBlocks > 3_000)
    #expect(whole.pendingBlocks == 0)
    // Row by row from the top, as a reader scrolls; the count grows as stretches are taken.
    var rows: [ReadingLine] = []
    while rows.count < lazy.count { rows.append(lazy.line(at: rows.count)) }
    let expected = whole.allLines
    #expect(rows.count == expected.count)
    #expect(rows == expected)
    #expect(lazy.pendingBlocks == 0)
    // The stretch ends fell inside the run without highlights: its line counts all of it.
    let gaps = rows.map { $0.cells.map(\.text).joined() }.filter { $0.hasPrefix("… ") }
    #expect(gaps.contains { $0.hasPrefix("… 1079 paragraphs") }, "\(Set(gaps))")
  }

  @Test func aBlockFarInTakesOnlyTheStretchesUpToIt() throws {
    let document = try document(days: 3_400)
    let (lazy, whole) = skimLines(document)
    let block = document.articles[0].blocks.lowerBound + 1_200
    #expect(lazy.firstLine(ofBlock: block) == whole.firstLine(ofBlock: block))
    #expect(lazy.pendingBlocks > 1_000)
    let anchor = ReadingAnchor(block: block, row: 0)
    #expect(
      lazy.settle(around: anchor, above: 0, below: 30)
        == whole.settle(around: anchor, above: 0, below: 30))
    let top = lazy.index(of: anchor)
    #expect(lazy.lines(top..<top + 30) == whole.lines(top..<top + 30))
    #expect(lazy.pendingBlocks > 1_000)
  }

  @Test func aGrowingArticleKeepsItsPendingBlocksPending() throws {
    let text = logText(days: 3_400)
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "log.txt")
    indexer.advance(untilArticles: 64, orBytes: 60_000)
    var document = IndexSnapshot(indexer).document
    #expect(document.lastArticleIsOpen)
    let lazy = ArticleLines(
      document: document, article: 0, width: 70, search: nil, skim: true, skimStretch: 100)
    #expect(lazy.pendingBlocks > 0)
    while !indexer.advance(bytes: 40_000) {
      document = IndexSnapshot(indexer).document
      lazy.extend(in: document)
      #expect(lazy.blockCount == document.articles[0].blocks.count)
    }
    document = IndexSnapshot(indexer).document
    lazy.extend(in: document)
    let fresh = ArticleLines(
      document: document, article: 0, width: 70, search: nil, skim: true, skimStretch: .max)
    #expect(lazy.allLines == fresh.allLines)
  }

  /// `S` in an article of thousands of paragraphs takes one stretch: the sidebar's quote
  /// follows the view by blocks, not by asking where every quote's line is.
  @Test func sInALongArticleTakesOneStretchAndGReachesTheEnd() throws {
    let document = try document(days: 9_000)
    #expect(document.articles[0].blocks.count > 2 * ArticleLines.skimStretch)
    let caches = ViewCaches()
    var model = ReaderModel(document: document, mouseEnabled: false)
    _ = Update.start(&model, lines: caches.lines)
    _ = Update.apply(.resize(width: 120, height: 30), to: &model, lines: caches.lines)
    _ = Update.apply(.key(.character("S")), to: &model, lines: caches.lines)
    let screen = FrameView.render(
      model, fileLabel: "log.txt", caches: caches, width: 120, height: 30)
    let view = try #require(Update(model, lines: caches.lines).readingView(model.state))
    #expect(view.lines.pendingBlocks > ArticleLines.skimStretch)
    #expect(screen.text().contains("The beam reached 40 miles tonight."))
    #expect(screen.text().contains("Calm water at 25"))
    _ = Update.apply(.key(.character("G")), to: &model, lines: caches.lines)
    let end = FrameView.render(model, fileLabel: "log.txt", caches: caches, width: 120, height: 30)
    #expect(view.lines.pendingBlocks == 0)
    #expect(end.text().contains("The beam reached 9000 miles tonight."))
    // The quote followed is the last one starting at or above the jump line.
    let update = Update(model, lines: caches.lines)
    let endView = try #require(update.readingView(model.state))
    let followed = try #require(update.followedQuote(model.state))
    let limit = endView.top + Update.jumpContext
    #expect(try #require(update.quoteLine(followed, in: endView.lines)) <= limit)
    #expect(try #require(update.quoteLine(followed + 1, in: endView.lines)) > limit)
  }
}

import ReaderCore
import ReaderScreen
import TestSupport
import Testing

@testable import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Three articles of about 400 bytes, each with one bold phrase.
private let threeArticles = """
  Story number one

  by Ann Lee [1-2-2024 published].

  The opening of story one has **bold phrase one** in it, and more words after it too.

  A second paragraph of story one, long enough to be body text and not a dek line at all.

  Story number two

  by Bo Chen [1-3-2024 published].

  The opening of story two has **bold phrase two** in it, and more words after it too.

  A second paragraph of story two, long enough to be body text and not a dek line at all.

  Story number three

  by Ann Lee [1-4-2024 published].

  The opening of story three has **bold phrase three** in it, and more words after it too.

  A second paragraph of story three, long enough to be body text and not a dek line at all.

  """

@Suite struct IndexingProgramTests {
  /// A program on a stepped feed that has indexed the first article only.
  private func started() throws -> (ReaderProgram, SteppedIndexing) {
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(threeArticles.utf8)), source: "three.txt")
    let feed = SteppedIndexing(indexer)
    feed.step(untilArticles: 1)
    var program = ReaderProgram(feed: feed, options: ReaderOptions(fileLabel: "three.txt"))
    program.handle(.resize(width: 120, height: 20))
    return (program, feed)
  }

  private func status(_ program: ReaderProgram) -> String {
    program.render(width: 120, height: 20).row(19)
  }

  @Test func statusShowsProgressAndCountsGrowAsIndexingGoes() throws {
    var (program, feed) = try started()
    let percent = feed.latest().percent
    // The first article is closed; the second is open, its title and byline read so far.
    #expect(feed.latest().document.articles.count == 2)
    #expect(feed.latest().document.lastArticleIsOpen)
    #expect(percent > 0 && percent < 100)
    #expect(program.tickInterval == 100)
    #expect(
      status(program).hasPrefix(
        " three.txt │ indexing \(percent)% │ Article 1/2 │ Highlight –/1 │ "))
    feed.step(untilArticles: 2)
    program.handle(.tick)
    let second = feed.latest().percent
    #expect(
      status(program).hasPrefix(" three.txt │ indexing \(second)% │ Article 1/3 │ Highlight –/2"))
    while !feed.step() {}
    program.handle(.tick)
    #expect(program.tickInterval == nil)
    #expect(program.indexingPercent == nil)
    #expect(status(program).hasPrefix(" three.txt │ Article 1/3 │ Highlight –/3"))
    #expect(program.document.authors.entry(named: "Bo Chen")?.articles == [1])
  }

  @Test func movingPastTheIndexedPartSaysSoAndStays() throws {
    var (program, feed) = try started()
    let percent = feed.latest().percent
    program.handle(.key(.character("}")))
    #expect(program.state.openArticle == 1)
    program.handle(.key(.character("}")))
    #expect(program.state.openArticle == 1)
    #expect(program.state.message == "indexing \(percent)%: no further articles yet")
    program.handle(.key(.character("{")))
    program.handle(.key(.character("]")))
    #expect(program.state.currentHighlight == 0)
    program.handle(.key(.character("]")))
    #expect(program.state.currentHighlight == 0)
    #expect(program.state.message == "indexing \(percent)%: no further highlights yet")
    feed.step(untilArticles: 2)
    program.handle(.key(.character("]")))
    #expect(program.state.currentHighlight == 1)
    #expect(program.state.openArticle == 1)
  }

  @Test func anAuthorFilterWaitsForItsAuthor() throws {
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(threeArticles.utf8)), source: "three.txt")
    let feed = SteppedIndexing(indexer)
    feed.step(bytes: 120)
    var program = ReaderProgram(
      feed: feed, options: ReaderOptions(authorFilter: "Bo Chen", fileLabel: "three.txt"))
    #expect(program.state.authorFilter == nil)
    // Bo Chen's article is still open, but its byline is read: the filter takes it.
    feed.step(untilArticles: 1)
    #expect(feed.latest().document.lastArticleIsOpen)
    program.handle(.tick)
    #expect(program.state.authorFilter == "Bo Chen")
    #expect(program.state.openArticle == 1)
  }

  @Test func loadingAFileGivesTheWholeDocumentInTheEnd() throws {
    let path = "/tmp/reader-indexing-test-\(getpid()).txt"
    let file = fopen(path, "wb")
    _ = fputs(threeArticles, file)
    fclose(file)
    defer { unlink(path) }
    var program = try ReaderProgram(loading: path, options: ReaderOptions(fileLabel: path))
    waitUntil("the background indexer has finished", interval: 0.001) {
      program.handle(.tick)
      return program.indexingPercent == nil
    }
    #expect(program.document.articles.count == 3)
    #expect(program.document.highlights.count == 3)
  }
}

import Foundation
import ReaderCore
import ReaderScreen
import ReaderStore
import TestSupport
import Testing

@testable import ReaderUI

/// A one-article book of `paragraphs` numbered paragraphs; every third holds a bold phrase.
private func voyage(paragraphs: Int) -> String {
  var text = "The Lake Voyage\n\nby Ines Holt [3-4-2021 published].\n\n"
  for number in 1...paragraphs {
    let bold = number % 3 == 0 ? " Then **mark \(number)** came." : ""
    text +=
      "Part \(number) tells of the shore, the weather and the small boat that took us"
      + " from one harbour to the next.\(bold)\n\n"
  }
  return text
}

/// The reader on a book read as far as `bytes`, the way `reader FILE` starts on it: the
/// snapshot holds the one article, still open.
@Suite struct GrowingArticleTests {
  private let width = 100
  private let height = 24

  private func started(paragraphs: Int = 300, bytes: Int = 3_000) throws -> (
    ReaderProgram, SteppedIndexing
  ) {
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(voyage(paragraphs: paragraphs).utf8)),
      source: "voyage.txt")
    indexer.advance(untilArticles: 64, orBytes: bytes)
    let feed = SteppedIndexing(indexer)
    var program = ReaderProgram(feed: feed, options: ReaderOptions(fileLabel: "voyage.txt"))
    program.handle(.resize(width: width, height: height))
    return (program, feed)
  }

  /// Every row but the status line (which shows the indexing progress).
  private func panes(_ program: ReaderProgram) -> [String] {
    let screen = program.render(width: width, height: height)
    return (0..<height - 1).map { screen.row($0) }
  }

  private func status(_ program: ReaderProgram) -> String {
    program.render(width: width, height: height).row(height - 1)
  }

  @Test func theFirstFrameShowsTheOpenArticlesFirstParagraphs() throws {
    let (program, feed) = try started()
    #expect(feed.latest().document.lastArticleIsOpen)
    #expect(!feed.latest().isComplete)
    let screen = program.render(width: width, height: height)
    let text = screen.text()
    #expect(!text.contains("Indexing…"))
    #expect(text.contains("Part 1 tells of the shore"))
    #expect(text.contains("Part 2 tells of the shore"))
    #expect(screen.row(0).contains("Articles (1)"))
    #expect(screen.row(1).contains("1 The Lake Voyage"))
    let percent = feed.latest().percent
    #expect(
      screen.row(height - 1).hasPrefix(
        " voyage.txt │ indexing \(percent)% │ Article 1/1 │ Highlight –/"))
    // The third part's bold phrase is drawn as a highlight.
    let marked = screen.cells.filter { $0.role == .highlight }.map(\.text).joined()
    #expect(marked.hasPrefix("mark 3"))
  }

  /// The real start on a file (`reader FILE`): the frame drawn before any event, from what
  /// the loader indexed, already shows the text, while the rest is read in the background.
  @Test func loadingABookShowsItsTextInTheFirstFrame() throws {
    let folder = try TemporaryFolder("book")
    let path = folder.file("voyage.txt")
    let text = voyage(paragraphs: 30_000)
    #expect(text.utf8.count > 3_000_000)
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    var program = try ReaderProgram(loading: path, options: ReaderOptions(fileLabel: "voyage.txt"))
    let screen = program.render(width: 200, height: 60)
    #expect(screen.text().contains("Part 1 tells of the shore"))
    #expect(screen.row(59).hasPrefix(" voyage.txt │ indexing "))
    #expect(program.document.lastArticleIsOpen)
    #expect(program.document.articles.count == 1)
    program.handle(.key(.character("q")))
    #expect(program.isFinished)
  }

  @Test func aLaterSnapshotExtendsTheArticleWithoutMovingTheView() throws {
    var (program, feed) = try started()
    for _ in 0..<5 { program.handle(.key(.character("j"))) }
    let anchor = program.state.anchor
    let before = panes(program)
    #expect(before.joined().contains("Part 3 tells"))
    feed.step(bytes: 6_000)
    program.handle(.tick)
    #expect(feed.latest().document.lastArticleIsOpen)
    #expect(program.state.anchor == anchor)
    #expect(panes(program) == before)
    // The view moves on into the new text as before: a page down shows what came after.
    program.handle(.key(.character(" ")))
    #expect(program.state.anchor.block > anchor.block)
    while !feed.step() {}
    program.handle(.tick)
    program.handle(.key(.character("b")))
    #expect(program.state.anchor == anchor)
    #expect(panes(program) == before)
  }

  /// `G` in a book still being read goes to the end read so far and says so; once the book
  /// is read, it goes to the end without a word.
  @Test func theEndOfAnArticleStillBeingReadIsSaidToBeTheEndSoFar() throws {
    var (program, feed) = try started()
    program.handle(.key(.character("G")))
    #expect(program.state.message == Update.endReadSoFarMessage)
    program.handle(.key(.character("j")))
    #expect(program.state.message == Update.endReadSoFarMessage)
    while !feed.step() {}
    program.handle(.tick)
    program.handle(.key(.character("g")))
    program.handle(.key(.character("G")))
    #expect(program.state.message == nil)
    program.handle(.key(.character("j")))
    #expect(program.state.message != Update.endReadSoFarMessage)
  }

  /// `G` while the article is read goes on to its end as more of it is read, until it is
  /// complete, and says so then.
  @Test func theEndAskedForWhileReadingIsFollowed() throws {
    var (program, feed) = try started()
    program.handle(.key(.character("G")))
    #expect(program.state.followsEnd)
    let first = program.state.anchor
    feed.step(bytes: 6_000)
    program.handle(.tick)
    #expect(program.state.anchor.block > first.block)
    let reached = program.state.anchor
    // Where `G` itself would go now.
    program.handle(.key(.character("G")))
    #expect(program.state.anchor == reached)
    #expect(program.state.message == Update.endReadSoFarMessage)
    while !feed.step() {}
    program.handle(.tick)
    #expect(panes(program).joined().contains("Part 300 tells"))
    #expect(!program.state.followsEnd)
    #expect(program.state.message == "end of the article")
  }

  /// Any other key stops following, a selection's `v` too: the view stays where that key
  /// left it, and the status line no longer speaks of the end.
  @Test(arguments: ["k", "v"])
  func aKeyAfterTheEndStopsFollowingIt(key: Character) throws {
    var (program, feed) = try started()
    program.handle(.key(.character("G")))
    program.handle(.key(.character(key)))
    #expect(!program.state.followsEnd)
    let kept = program.state.anchor
    feed.step(bytes: 6_000)
    program.handle(.tick)
    #expect(program.state.anchor == kept)
    #expect(program.state.message != Update.endReadSoFarMessage)
  }

  /// The followed article closes when the next one begins: one last step reaches its end.
  @Test func theEndIsReachedWhenTheNextArticleBegins() throws {
    let text =
      voyage(paragraphs: 300) + "The Return\n\nby Ines Holt [3-5-2021 published].\n\n"
      + "Part one of the way home.\n\n"
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "voyage.txt")
    indexer.advance(untilArticles: 64, orBytes: 3_000)
    let feed = SteppedIndexing(indexer)
    var program = ReaderProgram(feed: feed, options: ReaderOptions(fileLabel: "voyage.txt"))
    program.handle(.resize(width: width, height: height))
    program.handle(.key(.character("G")))
    #expect(program.state.followsEnd)
    feed.step(untilArticles: 1)
    program.handle(.tick)
    #expect(program.state.openArticle == 0)
    #expect(!program.state.followsEnd)
    #expect(program.state.message == "end of the article")
    #expect(panes(program).joined().contains("Part 300 tells"))
  }

  /// A long line's prefix replaced by the whole, whose first article is then closed: the
  /// view goes on to that article's end.
  @Test func theEndIsReachedWhenTheWholeReplacesAPrefix() throws {
    var line = ""
    while line.utf8.count < 400 << 10 { line += "the keeper climbed ninety steps each night. " }
    let text =
      "The Lamp\n\nby Ann Lee [3-4-2021 published].\n\n" + line + "the last words.\n\n"
      + "The Return\n\nby Ines Holt [3-5-2021 published].\n\nPart one of the way home.\n\n"
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "lamp.txt")
    ReaderProgram.indexFirstScreen(indexer)
    let feed = SteppedIndexing(indexer)
    var program = ReaderProgram(feed: feed, options: ReaderOptions(fileLabel: "lamp.txt"))
    program.handle(.resize(width: width, height: height))
    #expect(program.document.lastArticleIsOpen)
    program.handle(.key(.character("G")))
    #expect(program.state.followsEnd)
    while !feed.step() {}
    program.handle(.tick)
    #expect(feed.latest().generation == 1)
    #expect(program.state.openArticle == 0 && !program.state.followsEnd)
    #expect(panes(program).joined().contains(" words."))
    let reached = program.state.anchor
    program.handle(.key(.character("G")))
    #expect(program.state.anchor == reached)
  }

  @Test func highlightNumberingIsRightOnceTheArticleCloses() throws {
    var (program, feed) = try started()
    program.handle(.key(.character("]")))
    #expect(program.state.currentHighlight == 0)
    let shown = feed.latest().document.highlights.count
    #expect(shown < 100)
    #expect(status(program).contains("Highlight 1/\(shown)"))
    while !feed.step() {}
    program.handle(.tick)
    #expect(!program.document.lastArticleIsOpen)
    #expect(status(program).contains("Highlight 1/100 "))
    program.handle(.key(.character("]")))
    program.handle(.key(.character("]")))
    let status = status(program)
    #expect(status.contains("Highlight 3/100 "))
    #expect(program.render(width: width, height: height).text().contains("mark 9"))
  }

  @Test func matchesInTheOpenArticleAreCountedOnceItCloses() throws {
    var (program, feed) = try started()
    for key in try KeyString.parse("/harbour<Enter>") { program.handle(.key(key)) }
    program.settle()
    #expect(program.state.search?.count.counted == 0)
    // The first match's place is known before the open article is counted: 1 of at least 1.
    #expect(status(program).contains("/harbour 1/1+"))
    // `n` finds matches in the open article all the same.
    let first = try #require(program.state.search?.current)
    program.handle(.key(.character("n")))
    let second = try #require(program.state.search?.current)
    #expect(second.article == 0 && second.block > first.block)
    program.settle()
    #expect(status(program).contains("/harbour 2/2+"))
    while !feed.step() {}
    program.handle(.tick)
    program.settle()
    #expect(program.state.search?.count.total == 300)
    #expect(status(program).contains("/harbour 2/300 "))
  }

  @Test func aRememberedPlaceFurtherInIsRestoredOnceItsTextIsRead() throws {
    let text = voyage(paragraphs: 300)
    let whole = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "voyage.txt"
    ).finish()
    let block = whole.articles[0].blocks.lowerBound + 200
    let stored = StoredPosition(
      anchor: QuoteAnchor(document: whole, article: 0, block: block), row: 0, rows: 1)
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "voyage.txt")
    indexer.advance(untilArticles: 64, orBytes: 3_000)
    let first = IndexSnapshot(indexer)
    let lines = WrappedLineCache()
    var model = ReaderModel(
      document: first.document, indexing: IndexProgress(first), generation: first.generation)
    model.memory.status = .opening
    _ = Update.apply(.resize(width: width, height: height), to: &model, lines: lines)
    _ = Update.start(&model, lines: lines)
    let identity = DocumentIdentity(fingerprint: Fingerprint(value: 7), path: "/voyage.txt")
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: identity, position: stored)), to: &model, lines: lines)
    // The article is open, but the remembered paragraph is not read yet: the place waits.
    #expect(model.memory.pendingRestore == stored)
    #expect(model.state.anchor.block < block)
    indexer.advance(bytes: 25_000)
    let later = IndexSnapshot(indexer)
    #expect(later.document.lastArticleIsOpen)
    #expect(later.document.articles[0].blocks.upperBound > block)
    _ = Update.apply(.indexed(later), to: &model, lines: lines)
    #expect(model.memory.pendingRestore == nil)
    #expect(model.state.anchor == ReadingAnchor(block: block, row: 0, rows: 1))
    #expect(model.state.message == "back where you left off")
  }

  @Test func theSkimViewOfAGrowingArticleKeepsItsPlaceAndReachesTheNewEnd() throws {
    var (program, feed) = try started()
    program.handle(.key(.character("S")))
    #expect(program.state.skim)
    let before = panes(program)
    #expect(before.joined().contains("Then mark 3 came."))
    feed.step(bytes: 6_000)
    program.handle(.tick)
    #expect(panes(program) == before)
    let last = program.document.highlights.count
    #expect(last > 20)
    program.handle(.key(.character("G")))
    #expect(panes(program).joined().contains("Then mark \(3 * last) came."))
  }

  /// The skim view's lines of a growing article, extended snapshot by snapshot, are the lines
  /// made anew from each snapshot: runs of paragraphs left out go on across the cuts, and
  /// their dim line counts the whole run.
  @Test(arguments: [false, true])
  func extendedLinesAreTheLinesMadeAnew(skim: Bool) throws {
    var text = "The Long Calm\n\nby Ines Holt [3-4-2021 published].\n\n"
    for number in 1...120 {
      let bold = number % 11 == 0 ? " Then **mark \(number)** came." : ""
      text += "Day \(number) passed without wind or any sail in sight.\(bold)\n\n"
    }
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "calm.txt")
    indexer.advance(untilArticles: 64, orBytes: 400)
    func allLines(_ lines: ArticleLines) -> [ReadingLine] {
      lines.settleTail(rows: .max)
      return lines.count > 0 ? lines.lines(0..<lines.count) : []
    }
    var snapshot = IndexSnapshot(indexer)
    let extended = ArticleLines(
      document: snapshot.document, article: 0, width: 60, search: nil, skim: skim)
    // Extended the same way but never wrapped: its rows are estimates, the new ones made
    // from each snapshot's blocks as a fresh article's are.
    let estimated = ArticleLines(
      document: snapshot.document, article: 0, width: 60, search: nil, skim: skim)
    var steps = 0
    while !indexer.advance(bytes: 300) {
      snapshot = IndexSnapshot(indexer)
      let document = snapshot.document
      extended.extend(in: document)
      estimated.extend(in: document)
      let fresh = ArticleLines(document: document, article: 0, width: 60, search: nil, skim: skim)
      #expect(estimated.count == fresh.count, "estimates after \(steps) steps")
      #expect(allLines(extended) == allLines(fresh), "after \(steps) steps")
      steps += 1
    }
    #expect(steps > 10)
  }

  /// The cache extends a growing article's lines in place; marks made on the shorter lines
  /// go with them, and a search typed after the article grew marks the new text as lines
  /// made anew from that snapshot do.
  @Test func marksAfterTheArticleGrewAreTheMarksMadeAnew() throws {
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(voyage(paragraphs: 200).utf8)), source: "voyage.txt")
    indexer.advance(untilArticles: 64, orBytes: 2_000)
    let cache = WrappedLineCache()
    var document = IndexSnapshot(indexer).document
    let firstMarked = cache.lines(of: 0, width: 70, query: "mark", in: document)
    let before = firstMarked.count
    var steps = 0
    while !indexer.advance(bytes: 2_500) {
      document = IndexSnapshot(indexer).document
      let plain = cache.lines(of: 0, width: 70, query: nil, in: document)
      let marked = cache.lines(of: 0, width: 70, query: "mark", in: document)
      #expect(marked !== firstMarked)
      let fresh = ArticleLines(
        document: document, article: 0, width: 70, search: TextSearch("mark"))
      marked.settleTail(rows: .max)
      fresh.settleTail(rows: .max)
      #expect(marked.lines(0..<marked.count) == fresh.lines(0..<fresh.count), "step \(steps)")
      #expect(plain.count == marked.count)
      steps += 1
    }
    #expect(steps > 3)
    #expect(before < cache.lines(of: 0, width: 70, query: "mark", in: document).count)
  }

  /// A book still being read opens on its first line, in both views: the byline right under
  /// the title the header holds (the title's estimated row once pushed it off the screen).
  @Test(arguments: [false, true])
  func theFirstScreenStartsWithTheByline(skim: Bool) throws {
    var (program, _) = try started()
    if skim { program.handle(.key(.character("S"))) }
    #expect(program.state.skim == skim)
    let rows = panes(program)
    #expect(rows[0].contains("1. The Lake Voyage"))
    #expect(rows[1].contains("│ by Ines Holt"), "\(rows[0...3])")
  }

  @Test func theFirstScreenReadsLessOfABookThanOfACompilation() throws {
    let book = try DocumentIndexer(
      storage: TextStorage(copying: Array(voyage(paragraphs: 30_000).utf8)), source: "book.txt")
    ReaderProgram.indexFirstScreen(book)
    #expect(book.articleCount == 0)
    #expect(book.indexedBytes >= ReaderProgram.firstArticleBytes)
    #expect(book.indexedBytes < ReaderProgram.firstArticleBytes + 1_000)

    // Articles of about 16 KB: the first closes within 64 KB, so reading goes on for the list.
    var text = ""
    for number in 1...100 {
      text += "Lake Letter \(number)\n\nby Ines Holt [3-4-2021 published].\n\n"
      for part in 1...150 {
        text += "Part \(part) tells of the shore, the weather and the small boat that took us.\n\n"
      }
    }
    let compilation = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "letters.txt")
    ReaderProgram.indexFirstScreen(compilation)
    #expect(compilation.indexedBytes >= ReaderProgram.firstScreenBytes)
    #expect(compilation.articleCount >= 12 && compilation.articleCount < 64)
  }
}

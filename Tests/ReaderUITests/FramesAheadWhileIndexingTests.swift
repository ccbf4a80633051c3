import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// Frames drawn ahead while the rest of a file is indexed: a snapshot published after a frame
/// was drawn must not cost the key its frame (a large file publishes one every few
/// milliseconds), and must not be lost either.
@Suite struct FramesAheadWhileIndexingTests {
  /// Twelve articles of our own, each with a bold phrase, about 500 bytes apiece.
  private static let text: String = (1...12).map { number in
    """
    Dispatch number \(number)

    by Writer \(number % 4) [2-\(number)-2024 published].

    The opening of dispatch \(number) carries **the key phrase \(number)** and enough words \
    around it to read as body text.

    A second paragraph of dispatch \(number), long enough to be body text and not a dek line.


    """
  }.joined()

  private func started() throws -> (ReaderProgram, SteppedIndexing) {
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(Self.text.utf8)), source: "dispatches.txt")
    let feed = SteppedIndexing(indexer)
    feed.step(untilArticles: 1)
    var program = ReaderProgram(feed: feed, options: ReaderOptions(fileLabel: "dispatches.txt"))
    program.handle(.resize(width: 100, height: 16))
    _ = program.render(width: 100, height: 16)
    return (program, feed)
  }

  /// Each key's frame is drawn ahead, then a snapshot comes in before the key does. The frame
  /// is taken and is the screen a program that got the key first draws; after the next tick,
  /// which brings that snapshot to both, the two programs show and hold the same. A frame
  /// with a message is refused instead, and the key handled with the snapshot, as a program
  /// that got the snapshot first handles it.
  @Test func aSnapshotThatCameMeanwhileWaitsForTheNextEvent() throws {
    var (ahead, aheadFeed) = try started()
    var (handled, handledFeed) = try started()
    var complete = false
    var taken = 0
    for (index, key) in try KeyString.parse("jj]]}G{gk]H<Down><Enter>jj").enumerated() {
      let frame = try #require(ahead.prepare(key, width: 100, height: 16), "key \(index + 1)")
      complete = aheadFeed.step(bytes: 300)
      if ahead.adopt(frame) {
        taken += 1
        handled.handle(.key(key))
        #expect(frame.screen == handled.render(width: 100, height: 16), "key \(index + 1)")
        handledFeed.step(bytes: 300)
      } else {
        #expect(frame.model.state.message != nil, "key \(index + 1) refused")
        handledFeed.step(bytes: 300)
        ahead.handle(.key(key))
        handled.handle(.key(key))
      }
      ahead.handle(.tick)
      handled.handle(.tick)
      let aheadScreen = ahead.render(width: 100, height: 16)
      let handledScreen = handled.render(width: 100, height: 16)
      #expect(aheadScreen == handledScreen, "key \(index + 1):\n\(aheadScreen.text())")
      #expect(ahead.model.state == handled.model.state, "key \(index + 1)")
      #expect(ahead.document.articles.count == aheadFeed.latest().document.articles.count)
    }
    #expect(taken >= 10)
    // The steps above indexed the whole text, and the last snapshot reached the program.
    #expect(complete)
    #expect(ahead.indexingPercent == nil)
    #expect(ahead.document.articles.count == 12)
  }

  /// A key whose answer is a message ("no further articles yet") is not answered from its
  /// frame once a newer snapshot is in: it is handled with that snapshot, and moves on.
  @Test func aMessageIsNotTakenFromAnOlderIndex() throws {
    var (program, feed) = try started()
    let next = Key.character("}")
    var presses = 0
    while program.model.state.message == nil && presses < 5 {
      program.handle(.key(next))
      presses += 1
    }
    let stuck = program.model.state.openArticle
    let frame = try #require(program.prepare(next, width: 100, height: 16))
    #expect(frame.model.state.message?.contains("no further articles yet") == true)
    feed.step(untilArticles: 6)
    let taken = program.adopt(frame)
    #expect(!taken)
    program.handle(.key(next))
    #expect(program.model.state.openArticle == stuck + 1)
    #expect(program.model.state.message == nil)
  }
}

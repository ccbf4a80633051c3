import ReaderCore
import ReaderStore
import Testing

@testable import ReaderUI

/// A remembered place in an article not indexed yet: the same paragraph in an earlier article
/// (a disclaimer every article ends with) must not take it while the rest is still coming.
@Suite struct RestoreWhileIndexingTests {
  private static let disclaimer = "This letter is not advice; write to us with corrections."

  private func letters(_ count: Int) -> String {
    (1...count).map { number in
      """
      Letter number \(number)

      by Ann Lee [1-2-2024 published].

      The harbour news of week \(number), long enough to be the body of a letter.

      \(RestoreWhileIndexingTests.disclaimer)


      """
    }.joined()
  }

  /// Generation 1 is a markup file's whole source after its prefix; 0 is text read on.
  @Test(arguments: [0, 1])
  func aPlaceInALaterArticleWaitsForItRatherThanTakeTheSameTextEarlier(generation: Int) throws {
    let whole = try IndexSnapshot.parsed(letters(40), generation: generation, complete: true)
    let article = 29
    let block = try #require(
      whole.document.articles[article].blocks.first {
        whole.document.text(of: whole.document.blocks[$0]) == RestoreWhileIndexingTests.disclaimer
      })
    let stored = StoredPosition(
      anchor: QuoteAnchor(document: whole.document, article: article, block: block), row: 0,
      rows: 1)
    let first = try IndexSnapshot.parsed(letters(5), generation: 0, complete: false)
    let lines = WrappedLineCache()
    var model = ReaderModel(
      document: first.document, indexing: IndexProgress(first), generation: 0)
    model.memory.status = .opening
    _ = Update.apply(.resize(width: 80, height: 20), to: &model, lines: lines)
    _ = Update.start(&model, lines: lines)
    let identity = DocumentIdentity(fingerprint: Fingerprint(value: 9), path: "/l.md")
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: identity, position: stored)), to: &model, lines: lines)
    #expect(model.memory.pendingRestore == stored)
    #expect(model.state.openArticle == 0)
    #expect(model.state.message != "back where you left off")
    _ = Update.apply(.indexed(whole), to: &model, lines: lines)
    #expect(model.memory.pendingRestore == nil)
    #expect(model.state.openArticle == article)
    #expect(model.state.anchor.block == block)
    #expect(model.state.message == "back where you left off")
  }
}

import ReaderCore
import Testing

@testable import ReaderUI

/// A new parse of the same text that nobody asked for (a large markup file's whole source
/// after its prefix) keeps what the reader was doing, not only the place; a reload keeps the
/// reading width.
@Suite struct ParseCarryOverTests {
  private func issues(_ count: Int) -> String {
    (1...count).map { number in
      """
      Dispatch number \(number)

      by Ona Reyes [3-4-2024 published].

      The ferry timetable of week \(number) is **late again this spring** and nobody minds.

      A second paragraph with **another marked phrase \(number)** for the skim view to keep.


      """
    }.joined()
  }

  private func keys(_ typed: String, _ model: inout ReaderModel, _ lines: WrappedLineCache) {
    for character in typed {
      _ = Update.apply(.key(.character(character)), to: &model, lines: lines)
    }
  }

  @Test func skimTheCurrentHighlightAndATypedSearchOutliveTheWholeReplacingItsPrefix() throws {
    let prefix = try IndexSnapshot.parsed(issues(6), generation: 0, complete: false)
    let lines = WrappedLineCache()
    var model = ReaderModel(
      document: prefix.document, indexing: IndexProgress(prefix), generation: 0)
    model.state.readingWidth = 50
    _ = Update.apply(.resize(width: 100, height: 24), to: &model, lines: lines)
    _ = Update.start(&model, lines: lines)
    keys("]]]S/timetable of week 2", &model, lines)
    let before = model.state
    #expect(before.skim && before.currentHighlight != nil)
    #expect(before.search?.current?.article == 1)

    _ = Update.apply(
      .indexed(try IndexSnapshot.parsed(issues(40), generation: 1, complete: true)), to: &model,
      lines: lines)
    let after = model.state
    #expect(model.generation == 1)
    #expect(after.openArticle == before.openArticle)
    #expect(after.skim)
    #expect(after.readingWidth == 50)
    #expect(after.currentHighlight == before.currentHighlight)
    #expect(after.search?.query == "timetable of week 2")
    #expect(after.search?.isEditing == true)
    #expect(after.search?.current?.article == 1)

    // The search goes on in the new parse: Enter accepts it, n finds the next match there.
    _ = Update.apply(.key(.enter), to: &model, lines: lines)
    keys("n", &model, lines)
    #expect(model.state.search?.current?.article == 19)
  }

  @Test func anAcceptedSearchStaysAcceptedAndAHighlightOfOtherTextIsLetGo() throws {
    let prefix = try IndexSnapshot.parsed(issues(6), generation: 0, complete: false)
    let lines = WrappedLineCache()
    var model = ReaderModel(
      document: prefix.document, indexing: IndexProgress(prefix), generation: 0)
    _ = Update.apply(.resize(width: 100, height: 24), to: &model, lines: lines)
    _ = Update.start(&model, lines: lines)
    keys("]", &model, lines)
    keys("/ferry", &model, lines)
    _ = Update.apply(.key(.enter), to: &model, lines: lines)
    #expect(model.state.search?.isEditing == false)
    // The whole's text differs before the highlight: its number names other words now.
    let changed = "Dispatch number 0\n\nby Ona Reyes [3-4-2024 published].\n\nA **new** one.\n\n\n"
    _ = Update.apply(
      .indexed(try IndexSnapshot.parsed(changed + issues(40), generation: 1, complete: true)),
      to: &model,
      lines: lines)
    #expect(model.state.currentHighlight == nil)
    #expect(model.state.search?.query == "ferry")
    #expect(model.state.search?.isEditing == false)
    #expect(model.state.search?.current != nil)
  }

  @Test func aReloadKeepsTheReadingWidth() throws {
    let first = try IndexSnapshot.parsed(issues(3), generation: 0, complete: true)
    let lines = WrappedLineCache()
    var model = ReaderModel(document: first.document, generation: 0)
    model.state.readingWidth = 44
    _ = Update.apply(.resize(width: 100, height: 24), to: &model, lines: lines)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(
      .reloaded(try IndexSnapshot.parsed(issues(4), generation: 0, complete: true)), to: &model,
      lines: lines)
    #expect(model.state.message == "reloaded")
    #expect(model.state.readingWidth == 44)
  }
}

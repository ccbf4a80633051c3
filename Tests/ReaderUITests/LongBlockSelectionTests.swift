import ReaderCore
import ReaderStore
import Testing

@testable import ReaderUI

/// `v` in a paragraph over 64 KiB: selection reaches only its first part (`ShownText`), and
/// the top line's offsets count from its own part. Taken as they were, `v` at the end of such
/// a paragraph selected a sentence near its start, far above the view, and `h` kept it.
@Suite struct LongBlockSelectionTests {
  static let text: String = {
    let sentences = (0..<4000).map { "Gulls over the harbour wall number \($0)." }
    return "Harbour log\n\nby Ann Lee.\n\n" + sentences.joined(separator: " ")
      + "\n\nAfter the long one.\n"
  }()

  func selected(_ model: ReaderModel) -> String? {
    guard case .selecting(let span) = model.notes.mode else { return nil }
    return ShownText(block: span.block, article: span.article, in: model.document)
      .string(span.range)
  }

  func startedModel(_ lines: WrappedLineCache) throws -> ReaderModel {
    var model = ReaderModel(document: try parsed(Self.text), mouseEnabled: false)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 20), to: &model, lines: lines)
    return model
  }

  @Test func vAtTheEndSelectsTheParagraphBelowNotTheLongOnesStart() throws {
    let lines = WrappedLineCache()
    var model = try startedModel(lines)
    _ = press("Gv", &model, lines)
    #expect(selected(model) == "After the long one.")
  }

  @Test func vFarIntoTheLongParagraphSaysItCannotSelectThere() throws {
    let lines = WrappedLineCache()
    var model = try startedModel(lines)
    _ = press("G" + String(repeating: "k", count: 40) + "v", &model, lines)
    #expect(selected(model) == nil)
    #expect(model.notes.mode == .none)
    #expect(model.state.message?.contains("64 KiB") == true)
  }
}

/// The place in a paragraph over 64 KiB is its part and the row within it (`ReadingAnchor`):
/// a reload and the stored place dropped the part, so the reader came back in the first 64 KiB
/// of the paragraph, thousands of lines above where it had been.
@Suite struct LongBlockPlaceTests {
  func startedAtTheEnd(_ lines: WrappedLineCache) throws -> ReaderModel {
    var model = ReaderModel(
      document: try parsed(LongBlockSelectionTests.text, source: "/tmp/log.txt"),
      mouseEnabled: false)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 20), to: &model, lines: lines)
    _ = press("G" + String(repeating: "k", count: 40), &model, lines)
    return model
  }

  @Test func aReloadKeepsThePartOfTheParagraph() throws {
    let lines = WrappedLineCache()
    var model = try startedAtTheEnd(lines)
    let before = model.state.anchor
    #expect(before.part > 0)
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(LongBlockSelectionTests.text.utf8)),
      source: "/tmp/log.txt")
    while !indexer.advance() {}
    _ = Update.apply(.reloaded(IndexSnapshot(indexer)), to: &model, lines: lines)
    #expect(model.state.anchor == before)
  }

  @Test func theStoredPlaceKeepsThePartOfTheParagraph() throws {
    let lines = WrappedLineCache()
    let model = try startedAtTheEnd(lines)
    let position = try #require(Update.storedPosition(model))
    #expect(position.part == model.state.anchor.part && position.part > 0)
    #expect(position.row == model.state.anchor.row)
  }

  @Test func aStoredPlaceFarIntoTheParagraphIsRestoredThere() throws {
    let lines = WrappedLineCache()
    let left = try startedAtTheEnd(lines)
    let position = try #require(Update.storedPosition(left))
    var model = ReaderModel(
      document: try parsed(LongBlockSelectionTests.text, source: "/tmp/log.txt"),
      mouseEnabled: false)
    model.memory.status = .opening
    let again = WrappedLineCache()
    _ = Update.start(&model, lines: again)
    _ = Update.apply(.resize(width: 100, height: 20), to: &model, lines: again)
    let identity = DocumentIdentity(fingerprint: Fingerprint(value: 1), path: nil)
    _ = Update.apply(
      .memoryOpened(MemoryOpening(identity: identity, position: position)), to: &model,
      lines: again)
    #expect(model.state.anchor == left.state.anchor)
    #expect(model.state.message == "back where you left off")
  }
}

import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// In selection mode `j` and `k` select the next and the previous sentence, across the
/// article's paragraphs: in an article that fits the pane, `v` starts on the title, and the
/// keyboard alone must reach the body text.
@Suite struct SelectionMoveTests {
  static let text = """
    Harbour news

    by Ann Lee.

    The boats came in late. The tide was low.

    Nobody minded the wait.

    """

  func selected(_ model: ReaderModel) -> String? {
    guard case .selecting(let span) = model.notes.mode else { return nil }
    return ShownText(block: span.block, article: span.article, in: model.document)
      .string(span.range)
  }

  /// The text opened at 100 × 20.
  func startedModel(_ lines: WrappedLineCache) throws -> ReaderModel {
    var model = ReaderModel(document: try parsed(Self.text), mouseEnabled: false)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 100, height: 20), to: &model, lines: lines)
    return model
  }

  @Test func jAndKMoveTheSelectionSentenceBySentence() throws {
    let lines = WrappedLineCache()
    var model = try startedModel(lines)
    _ = press("v", &model, lines)
    #expect(selected(model) == "Harbour news")
    var seen: [String?] = []
    for _ in 0..<4 {
      _ = press("j", &model, lines)
      seen.append(selected(model))
    }
    #expect(
      seen == [
        "by Ann Lee", "The boats came in late.", "The tide was low.", "Nobody minded the wait.",
      ])
    _ = press("j", &model, lines)
    #expect(selected(model) == "Nobody minded the wait.")
    #expect(model.state.message == "no sentence after this one in the article")
    _ = Update.apply(.key(.up), to: &model, lines: lines)
    _ = press("k", &model, lines)
    #expect(selected(model) == "The boats came in late.")
    _ = press("wh", &model, lines)
    #expect(model.notes.mode == .none)
  }

  /// An extension that cannot go further, and a key selection mode does not use, each answer
  /// in the status line; the selection stays as it was.
  @Test func keysThatChangeNothingSaySo() throws {
    let lines = WrappedLineCache()
    var model = try startedModel(lines)
    _ = press("vjjjj$", &model, lines)
    #expect(selected(model) == "Nobody minded the wait.")
    _ = press("w", &model, lines)
    #expect(model.state.message == "the selection reaches the end of the paragraph")
    #expect(selected(model) == "Nobody minded the wait.")
    _ = press("]", &model, lines)
    #expect(model.state.message?.hasPrefix("selecting: ") == true)
    #expect(selected(model) == "Nobody minded the wait.")
    _ = press("j", &model, lines)
    #expect(model.state.message == "no sentence after this one in the article")
  }
}

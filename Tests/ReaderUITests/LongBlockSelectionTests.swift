import ReaderCore
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

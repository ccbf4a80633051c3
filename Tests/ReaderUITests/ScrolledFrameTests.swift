import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// A frame after a scroll takes the lines both frames show from the last frame's cells
/// (`ReadingShift`). Whatever the keys, the frame must be the one drawn from nothing.
@Suite struct ScrolledFrameTests {
  /// Each frame after each key of `keys`, beside the same model drawn with empty caches.
  private func frames(
    _ keys: String, document: Document = .sample(), width: Int = 120, height: Int = 24
  ) throws -> [(kept: Screen, whole: Screen, key: Int)] {
    var program = ReaderProgram(document: document, options: sampleOptions)
    program.handle(.resize(width: width, height: height))
    _ = program.render(width: width, height: height)
    var result: [(Screen, Screen, Int)] = []
    for (index, key) in try KeyString.parse(keys).enumerated() {
      program.handle(.key(key))
      _ = program.takeRedrawRequest()
      let kept = program.render(width: width, height: height)
      let whole = FrameView.render(
        program.model, fileLabel: program.options.fileLabel, caches: ViewCaches(), width: width,
        height: height)
      result.append((kept, whole, index))
    }
    return result
  }

  @Test(arguments: [
    "jjjjkkkjjj", "<Space><Space>bjb<C-d><C-u>", "jjGkkgjj", "}jjj{kk", "]]jj[kk]j",
    "/the<Enter>jjnjjNkk", "/line<Enter>jj<Esc>jj", "SjjjSkk", "vjjjj<Esc>jj", "jj?jj<Esc>kk",
    "jjsjjsjj", "jjljjlkk",
  ])
  func aScrolledFrameIsTheFrameDrawnWhole(keys: String) throws {
    for (kept, whole, key) in try frames(keys) {
      let same = kept == whole
      #expect(same, "\(keys), key \(key + 1):\n\(kept.text())\n---\n\(whole.text())")
    }
  }

  /// Lines with wide characters and marks on them move too.
  @Test func wideCharactersAndHighlightsMoveWhole() throws {
    var builder = DocumentBuilder()
    builder.article("幅の広い文字", by: ["Ann Lee"])
    for number in 1...30 {
      builder.paragraph(
        .plain("段落 \(number): 日本語の文章と "), .bold("太字の言葉"),
        .plain(" と emoji 👩‍👩‍👧 が並ぶ行です。長い行は折り返されて次の行に続きます。"))
    }
    for (kept, whole, key) in try frames(
      "jjjjkk<Space>jb]]kk", document: builder.build(), width: 60)
    {
      let same = kept == whole
      #expect(same, "key \(key + 1):\n\(kept.text())\n---\n\(whole.text())")
    }
  }

  /// `j` keeps every line but the one that came in: the shift is found and covers them.
  @Test func aLineDownKeepsAllButOneLine() throws {
    var program = ReaderProgram(document: .sample(), options: sampleOptions)
    program.handle(.resize(width: 120, height: 24))
    _ = program.render(width: 120, height: 24)
    let before = FramePanes.reading(program)
    program.handle(.key(try KeyString.parse("j")[0]))
    let after = FramePanes.reading(program)
    let shift = try #require(ReadingShift(from: before, to: after))
    #expect(shift.distance == 1)
    guard case .lines(let lines, _) = after.body else { Issue.record("no lines"); return }
    #expect(shift.kept == 0..<lines.count - 1)
  }
}

/// The reading pane's view model of a program's model, as a frame makes it.
private enum FramePanes {
  static func reading(_ program: ReaderProgram) -> ReadingPane {
    var model = program.model
    model.state.width = 120
    model.state.height = 24
    return PaneModels(model: model, caches: ViewCaches()).readingPane()
  }
}

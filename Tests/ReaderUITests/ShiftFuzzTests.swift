import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

@Suite struct ShiftFuzzTests {
  private static let keys = [
    "j", "j", "j", "k", "k", "<Space>", "b", "g", "G", "]", "[", "}", "{", "<C-d>", "<C-u>", "S",
    "s", "l", "v", "w", "$", "<Enter>", "c", "d", "y", "<Esc>", "H", "/", "t", "h", "e", "n", "N",
    "?", "*", "'", "<Tab>", "<Down>", "<Up>", "<PgDn>", "x", "a", "A", "1", "o",
  ]

  private func documents() -> [Document] {
    return [.sample(), tinyDocument(), wideDocument()]
  }

  @Test(arguments: 0..<12)
  func randomKeysDrawTheWholeFrame(seed: Int) throws {
    var generator = SeededKeys(state: UInt64(seed) &* 7919 &+ 17)
    let sizes = [(120, 24), (80, 12), (200, 40), (60, 8), (110, 30)]
    let docs = documents()
    let document = docs[generator.next(docs.count)]
    var (width, height) = sizes[generator.next(sizes.count)]
    var program = ReaderProgram(document: document, options: sampleOptions)
    program.handle(.resize(width: width, height: height))
    _ = program.render(width: width, height: height)
    var typed: [String] = []
    for step in 0..<80 {
      if generator.next(25) == 0 {
        (width, height) = sizes[generator.next(sizes.count)]
        program.handle(.resize(width: width, height: height))
        typed.append("<resize \(width)x\(height)>")
      } else if generator.next(12) == 0 {
        let action: MouseEvent.Action = generator.next(2) == 0 ? .wheelUp : .wheelDown
        program.handle(
          .mouse(MouseEvent(action: action, x: generator.next(width), y: generator.next(height))))
        typed.append("<wheel>")
      } else {
        let key = Self.keys[generator.next(Self.keys.count)]
        typed.append(key)
        for parsed in try KeyString.parse(key) { program.handle(.key(parsed)) }
      }
      _ = program.takeRedrawRequest()
      let kept = program.render(width: width, height: height)
      let whole = FrameView.render(
        program.model, fileLabel: program.options.fileLabel, caches: ViewCaches(), width: width,
        height: height)
      if kept != whole {
        Issue.record(
          "seed \(seed) step \(step): \(typed.joined())\n\(kept.text())\n---\n\(whole.text())")
        return
      }
    }
  }
}

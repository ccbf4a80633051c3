import ReaderCore
import ReaderScreen
import ReaderUI
import Testing

@Suite struct TinyDocumentTests {
  @Test func firstFrameAt80x12() throws {
    let screen = try frame(tinyDocument(), 80, 12)
    print(screen.text())
    print(screen.styledText())
  }
}

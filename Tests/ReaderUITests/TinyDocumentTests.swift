import ReaderCore
import ReaderScreen
import ReaderUI
import Testing

@Suite struct TinyDocumentTests {
  @Test(arguments: [
    (80, 12, ""), (80, 12, "]]]"), (80, 12, "]]][" ), (80, 12, "]]]]]"), (120, 14, "a<Down><Enter>"),
    (120, 14, "/lantern"), (120, 14, "/lantern<Enter>n"), (80, 24, "?"), (50, 12, "<Tab>"),
    (50, 12, "l<Tab>j<Enter>"), (30, 8, "jjj"), (120, 14, "<Tab><Tab><Tab>j<Enter>"),
  ])
  func look(width: Int, height: Int, keys: String) throws {
    let screen = try frame(tinyDocument(), width, height, keys: keys)
    print("=== \(width)x\(height) \(keys)")
    print(screen.text())
    print(screen.styledText())
  }
}

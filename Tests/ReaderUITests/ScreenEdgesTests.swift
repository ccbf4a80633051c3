import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// Rough edges of the screen from issue 11: the count while typing a search, a quote without
/// a speaker, the picker's footer, `reader snapshot` waiting for the count.
@Suite struct ScreenEdgesTests {
  @Test func theCountShowsWhileTyping() throws {
    var reader = try program(tinyDocument(), 80, 12, keys: "/lan")
    #expect(
      reader.render(width: 80, height: 12).row(11)
        == " /lan▏ –/0+                                           Enter accept · Esc cancel")
    reader.settle()
    #expect(
      reader.render(width: 80, height: 12).row(11)
        == " /lan▏ 1/2                                            Enter accept · Esc cancel")
  }

  @Test func aQuoteWithoutASpeakerShowsJustTheQuote() throws {
    var builder = DocumentBuilder()
    builder.article("Quoted", by: ["Ann Lee"])
    builder.speaker(nil, role: nil, says: .plain("All the trains ran late today."))
    let screen = try frame(builder.build(), 110, 6)
    #expect(
      screen.row(1)
        == "▸ 1 Quoted                       │ by Ann Lee                                     │▸ All the trains ran late …"
    )
  }

  @Test func thePickerSaysWhatEscDoes() throws {
    let screen = try frame(tinyDocument(), 80, 12, keys: "a")
    #expect(screen.text().contains(" Enter applies · Esc closes "))
  }

  @Test func aSnapshotShowsTheSettledCount() throws {
    #expect(
      try frame(tinyDocument(), 80, 12, keys: "/lantern<Enter>").row(11)
        == " test.txt │ Article 2/3 │ Highlight –/4 │ /lantern 1/2 │ 100%            ? help")
  }
}

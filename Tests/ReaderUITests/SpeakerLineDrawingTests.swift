import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// A speaker line is drawn as `Name — role`, unless the editor's bold stands in it: then it is
/// drawn as written, so that the highlight `]` counts is also one the reader sees.
@Suite struct SpeakerLineDrawingTests {
  private func screen(speakerLine: String, keys: String = "") throws -> Screen {
    let text = [
      "Ferry Hearing", "By Ola Berg", "The council heard the ferry company at noon.", speakerLine,
      "The night crossing stays, but the **east channel** closes in May.", "Source",
    ].joined(separator: "\n\n")
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "talks.txt")
    while !indexer.advance(bytes: 1 << 16) {}
    return try frame(IndexSnapshot(indexer).document, 90, 14, keys: keys)
  }

  @Test func aLineWithoutTheEditorsBoldIsDrawnNameFirst() throws {
    let rows = try screen(speakerLine: "Chair of the Board **Ivo Marsh**:").text()
    #expect(rows.contains("Ivo Marsh — Chair of the Board"))
  }

  @Test func aLineWithTheEditorsBoldIsDrawnAsWrittenWithItsHighlight() throws {
    let screen = try screen(speakerLine: "Deputy Mayor of **Oslo** Ann Lee:")
    let styled = screen.styledText(marking: [.highlight])
    #expect(styled.contains("Deputy Mayor of ⟦hl:Oslo⟧ Ann Lee:"), "\(styled)")
    let jumped = try self.screen(speakerLine: "Deputy Mayor of **Oslo** Ann Lee:", keys: "]")
    #expect(jumped.text().contains("Highlight 1/2"))
    #expect(jumped.styledText(marking: [.currentHighlight]).contains("of ⟦cur:Oslo⟧ Ann"))
  }
}

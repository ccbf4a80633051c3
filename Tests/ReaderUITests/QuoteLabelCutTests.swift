import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// A quote's label reads only its first bytes (`QuoteLabel`); where that cut falls inside a
/// character, the character is left out, not shown as U+FFFD.
@Suite struct QuoteLabelCutTests {
  /// Devanagari takes three bytes a scalar and often two scalars a character, so the bytes
  /// read run out before the label's characters do and the cut shows.
  @Test func aLabelCutInsideACharacterShowsNoReplacement() throws {
    // One ASCII letter first, so that the three-byte scalars do not line up with the cut.
    let words = Array(repeating: "हिन्दी", count: 60).joined(separator: " ")
    let source = """
      Title of the piece

      by Ann Lee

      She said “a\(words)” and left.
      """
    let document = try DocumentLoader.parse(bytes: Array(source.utf8), source: "q.txt")
    let index = try #require(document.quotes.firstIndex { $0.kind == .inline })
    let cells = QuoteLabel(document: document).cells(of: index, width: 400)
    let text = cells.map(\.text).joined()
    #expect(!text.contains("\u{FFFD}"), "\(text)")
    #expect(text.contains("— aहिन्दी हिन्दी"))
  }
}

import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// Typing what the keyboard has finds what typesetters wrote: `'` finds `’` and `‘`, `"`
/// finds `“` and `”`, `-` finds `–` and `—`, and the marks cover exactly the matched cells.
@Suite struct TypographicSearchTests {
  static func document() -> Document {
    var builder = DocumentBuilder()
    builder.article("Quotes", by: ["Ann Lee"])
    builder.paragraph(.plain("It’s the ‘line’ they called “the Saltmarsh” – twice — in 1962-63."))
    return builder.build()
  }

  /// The text's row, styled, after `keys`.
  func markedRow(_ keys: String) throws -> String {
    let screen = try frame(Self.document(), 80, 8, keys: keys + "<Enter>", options: sampleOptions)
    let rows = screen.styledText(marking: [.searchMatch]).split(separator: "\n")
    return String(rows.first { $0.contains("called") } ?? "")
  }

  @Test func aStraightApostropheFindsCurlyOnes() throws {
    #expect(
      try markedRow("/it's")
        == "                        │ ⟦sm:It’s⟧ the ‘line’ they called “the Saltmarsh” – twice —")
    #expect(
      try markedRow("/'line'")
        == "                        │ It’s the ⟦sm:‘line’⟧ they called “the Saltmarsh” – twice —")
  }

  @Test func aStraightQuoteFindsCurlyOnes() throws {
    #expect(
      try markedRow("/\"the saltmarsh\"")
        == "                        │ It’s the ‘line’ they called ⟦sm:“the Saltmarsh”⟧ – twice —")
  }

  @Test func aHyphenFindsDashes() throws {
    #expect(
      try markedRow("/ - twice -")
        == "                        │ It’s the ‘line’ they called “the Saltmarsh”⟦sm: – twice —⟧")
    let screen = try frame(Self.document(), 80, 8, keys: "/-<Enter>", options: sampleOptions)
    // Both dashes and the hyphen in the years.
    #expect(screen.row(7).contains("/- 1/3"))
  }

  @Test func theSearchItselfFoldsOnlyThoseThree() {
    let search = TextSearch("a'b\"c-d")
    #expect(search.offsets(in: "a’b”c—d a‘b“c–d a'b\"c-d a`b\"c-d") == [0, 8, 16])
    #expect(TextSearch("-").offsets(in: "‐−") == [])
  }

  /// A letter with an accent is found however the file spells it, precomposed or decomposed,
  /// and whichever way it is typed: the probe of the bytes knows both spellings.
  @Test func anAccentedLetterFindsBothSpellings() throws {
    var builder = DocumentBuilder()
    builder.article("Accents", by: ["Ann Lee"])
    builder.paragraph(.plain("A cafe\u{0301} by the quay."))
    builder.paragraph(.plain("Another caf\u{00E9} up the hill, and \u{00C9}lise."))
    let document = builder.build()
    for query in ["\u{00E9}", "e\u{0301}", "\u{00C9}"] {
      let screen = try frame(
        document, 80, 10, keys: "/" + query + "<Enter>", options: sampleOptions)
      #expect(screen.row(9).contains("/\(query) 1/3"), "\(query): \(screen.row(9))")
    }
    let probe = ByteProbe("\u{00E9}")
    #expect(probe.occurs(in: Array("cafe\u{0301}".utf8)))
    #expect(probe.occurs(in: Array("caf\u{00E9}".utf8)))
    #expect(probe.occurs(in: Array("\u{00C9}".utf8)))
    #expect(!probe.occurs(in: Array("cafe".utf8)))
    #expect(CanonicalForms.others(of: "\u{00DF}").isEmpty)
  }
}

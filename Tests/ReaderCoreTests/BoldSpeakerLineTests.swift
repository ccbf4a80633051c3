import Testing

@testable import ReaderCore

/// A speaker line in plain text with its own bold markers: the markers never reach the
/// speaker's name or role, and bold over the line, its name, or its role and name is the
/// page's formatting, not a highlight (FORMAT.md).
@Suite struct BoldSpeakerLineTests {
  private func document(speakerLine: String) throws -> Document {
    try parse(
      """
      Harbour Talks

      by Nell Dray [4-2-2024 published].

      The harbour board met on Monday.

      \(speakerLine)

      We will dredge the **east channel** first.

      Source
      """)
  }

  @Test func theMarkersAreNotPartOfTheSpeaker() throws {
    for line in [
      "**Chair of the Harbour Board Ivo Marsh**:", "**Chair of the Harbour Board Ivo Marsh:**",
      "Chair of the Harbour Board **Ivo Marsh:**", "Chair of the Harbour Board **Ivo Marsh**:",
    ] {
      let document = try document(speakerLine: line)
      let quote = document.quotes.first { $0.kind == .block }
      #expect(quote?.speaker == "Ivo Marsh", "\(line)")
      #expect(quote?.role == "Chair of the Harbour Board", "\(line)")
      #expect(document.highlightTexts == ["east channel"], "\(line)")
      #expect(
        document.texts(.speaker, article: 0) == ["Chair of the Harbour Board Ivo Marsh:"],
        "\(line)")
    }
  }

  @Test func boldOverOtherWordsOfTheLineStaysAHighlight() throws {
    let document = try document(speakerLine: "The **newly elected** Chair Ivo Marsh:")
    #expect(document.quotes.first { $0.kind == .block }?.speaker == "Ivo Marsh")
    #expect(document.highlightTexts == ["newly elected", "east channel"])
    // The role is read without the markers around a highlight inside it.
    let inRole = try self.document(speakerLine: "Deputy Mayor of **Oslo** Ann Lee:")
    let quote = inRole.quotes.first { $0.kind == .block }
    #expect(quote?.speaker == "Ann Lee")
    #expect(quote?.role == "Deputy Mayor of Oslo")
    #expect(inRole.highlightTexts == ["Oslo", "east channel"])
    // The Markdown export keeps it bold in the attribution it writes for the line.
    #expect(MarkdownExporter.export(inRole).contains("> — Ann Lee, Deputy Mayor of **Oslo**\n"))
  }

  @Test func aSentenceWithBoldIsStillNoSpeakerLine() throws {
    let document = try document(speakerLine: "He turned and said to **Ivo Marsh**:")
    #expect(document.quotes.allSatisfy { $0.kind != .block })
  }
}

import Testing

@testable import ReaderCore

/// A verse or code line's indentation is part of it: the JSON export's block text starts with
/// it, as the reading pane and the Markdown export show it, and the spans count it.
@Suite struct VerseIndentExportTests {
  @Test func verseBlocksKeepTheirIndentationInTheJSONExport() throws {
    let document = try parse(
      """
      Poem title


      by Ann Lee [1-1-2024 published].

        The **first line of verse
          goes on** indented more
        and back again here

      Prose after.
      """)
    let json = JSONExporter.export(document)
    #expect(json.contains(#""text": "  The first line of verse""#), "\(json)")
    #expect(json.contains(#""text": "    goes on indented more""#))
    #expect(json.contains(#""text": "  and back again here""#))
    // The highlight's span still covers the words `first line of verse`.
    #expect(json.contains(#""start": 6,"#))
    #expect(json.contains(#""text": "Prose after.""#))
  }
}

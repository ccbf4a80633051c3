import ReaderCore
import Testing

/// Your highlights and notes in the exports: JSON's `annotations`, under their article in
/// Markdown, Readwise's CSV, and `reader highlights`' lists.
@Suite struct AnnotationExportTests {
  static let text = """
    Tide tables

    by Ann Lee [3-4-2024 published].

    The sea keeps time, twice a day.
    """

  static let kept = AnnotationRecord(
    id: "00000000000000a1", article: 1, articleTitle: "Tide tables", author: "Ann Lee",
    exact: "keeps time", prefix: "The sea ", suffix: ", twice a day.",
    note: "Ask \"why\", then:\nlook", created: "2026-12-01T22:47:26Z", orphaned: false,
    source: "tides.txt")
  static let gone = AnnotationRecord(
    id: "00000000000000b2", article: 1, articleTitle: "Tide tables", author: nil,
    exact: "a sentence since deleted", prefix: "", suffix: "", note: nil,
    created: "2026-12-02T08:00:00Z", orphaned: true, source: "tides.txt")

  @Test func jsonAnnotationsFollowFormatVersionTwo() throws {
    let json = JSONExporter.export(try parse(Self.text), annotations: [Self.kept, Self.gone])
    let tail = json[json.range(of: "  \"annotations\"")!.lowerBound...]
    #expect(
      tail == #"""
          "annotations": [
            {
              "id": "00000000000000a1",
              "article": 1,
              "exact": "keeps time",
              "prefix": "The sea ",
              "suffix": ", twice a day.",
              "note": "Ask \"why\", then:\nlook",
              "created": "2026-12-01T22:47:26Z",
              "orphaned": false
            },
            {
              "id": "00000000000000b2",
              "article": 1,
              "exact": "a sentence since deleted",
              "prefix": "",
              "suffix": "",
              "note": null,
              "created": "2026-12-02T08:00:00Z",
              "orphaned": true
            }
          ],
          "suggestions": []
        }

        """#)
  }

  @Test func markdownPutsThemUnderTheirArticleAndTheOrphanedAtTheEnd() throws {
    let markdown = MarkdownExporter.export(
      try parse(Self.text), annotations: [Self.kept, Self.gone])
    #expect(
      markdown == """
        ## Tide tables

        *by Ann Lee — 2024-03-04*

        *The sea keeps time, twice a day.*

        ### Your highlights

        > keeps time

        Ask "why", then:
        look

        ## Your highlights whose text is gone

        *Tide tables*

        > a sentence since deleted

        """)
  }

  @Test func csvHasReadwisesColumnsAndQuotesWhatNeedsIt() {
    #expect(
      AnnotationExport.csv([Self.kept, Self.gone])
        == "Highlight,Title,Author,URL,Note,Location,Date\r\n"
        + "keeps time,Tide tables,Ann Lee,,\"Ask \"\"why\"\", then:\nlook\",1,2026-12-01 22:47:26\r\n"
        + "a sentence since deleted,Tide tables,,,,1,2026-12-02 08:00:00\r\n")
  }

  /// Standard input is `-` to the command line and in JSON, `(standard input)` to a reader.
  @Test func theMarkdownListNamesStandardInputInWords() {
    var piped = Self.gone
    piped.source = "-"
    #expect(
      AnnotationExport.listMarkdown([piped]).contains(
        "*(standard input) · 2026-12-02T08:00:00Z · its text is gone from the document*"))
    #expect(AnnotationExport.listJSON([piped]).contains("\"source\": \"-\""))
  }

  @Test func theListsNameTheDocumentAndArticle() {
    #expect(
      AnnotationExport.listMarkdown([Self.gone])
        == """
        ## Tide tables

        *tides.txt · 2026-12-02T08:00:00Z · its text is gone from the document*

        > a sentence since deleted

        """)
    #expect(
      AnnotationExport.listJSON([Self.kept]).hasPrefix(
        """
        [
          {
            "id": "00000000000000a1",
            "source": "tides.txt",
            "article": 1,
            "articleTitle": "Tide tables",
            "author": "Ann Lee",
            "exact": "keeps time",
        """))
    #expect(AnnotationExport.listJSON([]) == "[]\n")
  }
}

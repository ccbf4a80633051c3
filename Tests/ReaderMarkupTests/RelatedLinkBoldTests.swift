import ReaderCore
import ReaderMarkup
import Testing

/// Bold inside a related link is a highlight of its block, as in any paragraph that is not a
/// title, byline or section label: the link's title is its words without markers, and the
/// Markdown export writes the bold so that it reads back.
@Suite struct RelatedLinkBoldTests {
  static let compilation = """
    Tide tables


    by Ann Lee [3-1-2024 published].

    The body.

    Related

    Another **related** title [3-2-2024] with a **bold** note
    """

  @Test func theTitleHasNoMarkersAndTheBoldIsAHighlight() throws {
    let document = try load(Self.compilation, as: "tides.txt")
    let link = try #require(document.articles.first?.related.first)
    #expect(link.title == "Another related title")
    #expect(link.note == "with a bold note")
    #expect(document.highlightTexts == ["related", "bold"])
  }

  @Test func theMarkdownExportWritesRealBoldThatReadsBack() throws {
    let original = try load(Self.compilation, as: "tides.txt")
    let exported = MarkdownExporter.export(original)
    #expect(exported.contains("- Another **related** title [2024-03-02] with a **bold** note"))
    let reread = try load(exported, as: "tides.md")
    let link = try #require(reread.articles.first?.related.first)
    #expect(link.title == "Another related title")
    #expect(link.note == "with a bold note")
    #expect(link.date == CalendarDate(year: 2024, month: 3, day: 2))
    #expect(reread.highlightTexts == ["related", "bold"])
  }
}

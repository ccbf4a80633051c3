import ReaderCore
import Testing

/// A highlight whose `**` would not open or close where it stands (punctuation at its edge
/// against a letter outside it: `x**“quoted”**y`) was read back from the Markdown export as
/// other text, and put every later highlight of its paragraph out of step. Such bold is
/// written as `<b>…</b>`, which reads back as the same highlight.
@Suite struct FlankingExportTests {
  @Test func highlightsAgainstLettersReadBack() throws {
    let page =
      "<article><h2>Edges</h2><p>by Ann Lee</p><p>Opening words.</p>"
      + "<p>x<b>“quoted”</b>y and a<b>(paren)</b>b and <b>trailing **</b>x then</p>"
      + "<p>word<b>—dash—</b>word and <b>'single'</b>s and <b>plain</b> and"
      + " <a href=\"https://a.org\">in<b>[link]</b>side</a> end.</p></article>"
    let original = try load(page, as: "edges.html")
    #expect(
      original.highlightTexts
        == ["“quoted”", "(paren)", "trailing **", "—dash—", "'single'", "plain", "[link]"])
    let exported = MarkdownExporter.export(original)
    let reread = try load(exported, as: "edges.md")
    #expect(reread.highlightTexts == original.highlightTexts, "\(exported)")
    #expect(reread.blockTexts == original.blockTexts, "\(exported)")
    // Bold that flanks as it should keeps its `**`.
    #expect(exported.contains("**plain**"))
  }

  /// Two highlights that touch (`__one__**two**`) stay two: `**one****two**` reads as one.
  @Test func touchingHighlightsStayTwo() throws {
    let text = "Edges\nby Ann Lee\n\nOpening words.\n\nSee __one__**two** here.\n"
    let original = try load(text, as: "touch.txt")
    #expect(original.highlightTexts == ["one", "two"])
    let reread = try load(MarkdownExporter.export(original), as: "touch.md")
    #expect(reread.highlightTexts == ["one", "two"])
  }

  /// Bold at the edge of a dek (written in italics) and across a verse line still reads back.
  @Test func plainTextHighlightsAtEdgesReadBack() throws {
    let text = "Edges\nby Ann Lee\n\n**A whole dek in bold.**\n\nThen a<b>“b”</b>c text.\n"
    let original = try load(text, as: "edges.txt")
    let reread = try load(MarkdownExporter.export(original), as: "edges.md")
    #expect(reread.highlightTexts == original.highlightTexts)
    #expect(original.highlightTexts == ["A whole dek in bold.", "“b”"])
  }
}

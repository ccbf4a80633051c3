import ReaderCore
import Testing

/// GitHub's Markdown extensions, as a reader expects them: tables row by row, strikethrough's
/// words without their tildes, task boxes, bare addresses as links, footnotes numbered.
@Suite struct GitHubMarkdownTests {
  private static let head = "## A title\n\n*by Ann Lee*\n\nIntro.\n\n"

  private func body(_ markdown: String) throws -> Document {
    try load(Self.head + markdown, as: "gfm.md")
  }

  /// A row is a line, header first, its cells apart; the rows are not run into one line.
  @Test func tableRowsAreLines() throws {
    let document = try body(
      "| Name | Score |\n|------|------:|\n| **Ann** | 10 |\n| Bob | 9 |\n\nAfter.\n")
    let texts = document.blockTexts(ofArticle: 1)
    #expect(Array(texts.suffix(4)) == ["Name │ Score", "Ann │ 10", "Bob │ 9", "After."])
    #expect(document.highlightTexts == ["Ann"])
  }

  @Test func strikethroughIsItsWords() throws {
    let document = try body("Some ~~struck~~ and ~single~ words.\n")
    #expect(document.blockTexts.last == "Some struck and single words.")
  }

  @Test func taskItemsKeepTheirBoxes() throws {
    let document = try body("- [ ] to do **now**\n- [x] done\n- plain\n")
    #expect(Array(document.blockTexts.suffix(3)) == ["☐ to do now", "☑ done", "• plain"])
    #expect(document.highlightTexts == ["now"])
  }

  @Test func bareAddressesAreLinks() throws {
    let document = try body("See https://example.org/page and www.example.com today.\n")
    #expect(
      document.linkTexts == [
        "https://example.org/page → https://example.org/page",
        "www.example.com → http://www.example.com",
      ])
  }

  /// A reference is its number in brackets; the definitions, numbered in the order of their
  /// first reference, follow the paragraph that first refers to them.
  @Test func footnotesAreNumbered() throws {
    let document = try body(
      "A claim[^b] and another[^a].\n\nMore text after it.\n\n[^a]: The **second** note.\n\n"
        + "[^b]: The first note.\n")
    let texts = document.blockTexts(ofArticle: 1)
    #expect(
      Array(texts.suffix(4)) == [
        "A claim[1] and another[2].", "[1] The first note.", "[2] The second note.",
        "More text after it.",
      ])
    #expect(document.highlightTexts == ["second"])
  }

  /// A footnote stays in the article that cites it, though cmark gathers the definitions at
  /// the end of the file (where they were text of the last article).
  @Test func aFootnoteStaysInTheArticleThatCitesIt() throws {
    let document = try load(
      """
      # Notes

      ## First piece

      *by Ann Lee*

      The pier was rebuilt in 1911.[^pier]

      ## Second piece

      *by Bo Chen*

      The ferry kept its old timetable.

      [^pier]: The town's records give **1912** instead.
      """, as: "notes.md")
    #expect(document.blockTexts(ofArticle: 1).last == "[1] The town's records give 1912 instead.")
    #expect(!document.blockTexts(ofArticle: 2).contains { $0.hasPrefix("[1]") })
    #expect(document.highlights.count == 1)
    #expect(document.highlights[0].article == 0)
  }
}

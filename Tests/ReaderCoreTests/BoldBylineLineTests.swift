import Testing

@testable import ReaderCore

/// A title with its byline in bold on the very next line (`Title` / `**by Name**`, no blank
/// line between) is a title and a byline, as the same byline without bold is.
@Suite struct BoldBylineLineTests {
  @Test func aBoldBylineUnderItsTitleStartsAnArticle() throws {
    for byline in ["**by Bo Chen**", "by **Bo Chen**", "__by Bo Chen__", "<b>by Bo Chen</b>"] {
      let text =
        "Lanterns at Sea\nby Ann Lee\n\nThe **first** text.\n\n"
        + "Second Title\n\(byline)\n\nThe second **text**.\n"
      let document = try parse(text)
      #expect(document.articles.map(\.title) == ["Lanterns at Sea", "Second Title"], "\(byline)")
      #expect(document.articles.last?.authors == ["Bo Chen"], "\(byline)")
      // The byline's bold is its formatting, not the editor's highlight.
      #expect(document.highlightTexts == ["first", "text"], "\(byline)")
    }
  }
}

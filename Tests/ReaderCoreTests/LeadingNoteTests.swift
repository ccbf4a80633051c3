import ReaderCore
import Testing

/// An editor's note that stands before the first article is the editor's note, shown in the
/// first article after its title and byline, not an article of its own (FORMAT.md defines
/// the note by its shape, wherever it stands).
@Suite struct LeadingNoteTests {
  @Test func aNoteBeforeTheFirstArticleGoesToIt() throws {
    let document = try parse(
      "(Three pieces on the **harbour**, picked for a rainy week – ED)\n\n"
        + "Harbour news\n\nby Ann Lee [2024-05-06].\n\nThe boats came in late.\n\n"
        + "Tide tables\n\nby Bo Chen.\n\nLow water at noon.\n")
    #expect(document.articles.map(\.title) == ["Harbour news", "Tide tables"])
    #expect(document.editor?.name == "ED")
    #expect(document.editor?.note == "Three pieces on the harbour, picked for a rainy week")
    let kinds = document.articles[0].blocks.map { document.blocks[$0].kind }
    #expect(kinds == [.title, .byline, .editorNote, .dek])
    #expect(document.highlights.map(\.article) == [0])
    #expect(document.articles[0].authors == ["Ann Lee"])
  }

  @Test func aNoteBeforeAnUntitledPieceGoesAfterItsTitle() throws {
    let document = try parse(
      "(Read this one slowly. — ED)\n\nA plain first line\nand the rest of the text.\n")
    #expect(document.articles.map(\.title) == ["A plain first line"])
    #expect(document.editor?.name == "ED")
    let kinds = document.articles[0].blocks.map { document.blocks[$0].kind }
    #expect(kinds.prefix(2) == [.title, .editorNote])
  }

  /// The article then starts at the note's line, and ends no earlier than its byline, even
  /// when the note is its last block.
  @Test func theArticleSpansTheNoteAndItsHead() throws {
    let document = try parse("(A note for the week. — ED)\n\nHarbour news\n\nby Ann Lee.\n")
    #expect(document.articles.count == 1)
    #expect(document.articles[0].firstLine == 1)
    #expect(document.articles[0].lastLine == 5)
  }

  /// A file that is only a note keeps it as its one article, as before.
  @Test func aNoteAloneIsTheDocument() throws {
    let document = try parse("(Nothing else this week. — ED)\n")
    #expect(document.articles.count == 1)
    #expect(document.articles[0].title.hasPrefix("(Nothing else this week."))
  }
}

/// Related links written with a bullet or dash of their own are titled by their words: the
/// pane draws its own bullet.
@Suite struct RelatedMarkerTests {
  @Test func aRelatedLinksOwnBulletOrDashIsNotPartOfItsTitle() throws {
    let document = try parse(
      "Title one\n\nby Ann Lee.\n\nBody text.\n\nRelated\n\n– En dash title [2-13-2025]\n\n"
        + "• Bulleted title [2-14-2025]\n\n1984 and after [2-15-2025]\n")
    #expect(
      document.articles[0].related.map(\.title) == [
        "En dash title", "Bulleted title", "1984 and after",
      ])
  }
}

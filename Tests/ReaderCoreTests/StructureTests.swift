import Testing

@testable import ReaderCore

@Suite struct StructureTests {
  @Test(arguments: ["—", "–", "--", "-"])
  func editorNoteWithEachDash(dash: String) throws {
    let document = try parse(
      "Title\n\nby Ann Lee\n\n(I gathered these\npieces. \(dash) J. Doe)\n\nDek.\n")
    #expect(document.editor?.name == "J. Doe")
    #expect(document.editor?.note == "I gathered these pieces.")
    #expect(document.kinds(article: 0) == [.title, .byline, .editorNote, .dek])
    let note = document.blocks[try #require(document.editor?.block)]
    #expect(note.firstLine == 5 && note.lastLine == 6)
    #expect(document.text(of: note) == "I gathered these pieces.")
  }

  @Test func parenthesesWithoutSignatureAreBody() throws {
    let document = try parse(
      "Title\n\nby Ann Lee\n\nDek.\n\n(An aside - really.)\n\n(Well-known)\n")
    #expect(document.editor == nil)
    #expect(document.texts(.paragraph, article: 0) == ["(An aside - really.)", "(Well-known)"])
  }

  @Test func noteThenDekThenBio() throws {
    let document = try parse(
      """
      Title

      by Ann Lee [1-2-2024 published].

      (Note. — ED)

      A short standfirst.

      Ann Lee is a writer who lives by the sea and writes about it at length every day.

      Body.
      """)
    let article = document.articles[0]
    #expect(document.kinds(article: 0) == [.title, .byline, .editorNote, .dek, .bio, .paragraph])
    #expect(article.dek.map { document.text(of: document.blocks[$0]) } == "A short standfirst.")
    #expect(
      article.bio.map { document.text(of: document.blocks[$0]) }?.hasPrefix("Ann Lee is a writer")
        == true)
    #expect(article.paragraphCount == 1)
  }

  @Test func bioBeforeDek() throws {
    let document = try parse(
      "Title\n\nby Ann Lee and Bo Chen\n\nBo Chen was a sailor.\n\nThe dek.\n\nBody one.\n\nBody two.\n"
    )
    #expect(document.kinds(article: 0) == [.title, .byline, .bio, .dek, .paragraph, .paragraph])
    #expect(document.articles[0].paragraphCount == 2)
  }

  @Test func longOrMultiLineFirstParagraphIsNoDek() throws {
    let document = try parse("Title\n\nby Ann Lee\n\nFirst line\nsecond line.\n\nShort one.\n")
    #expect(document.articles[0].dek == nil)
    #expect(document.kinds(article: 0) == [.title, .byline, .paragraph, .paragraph])
    let long = String(repeating: "word ", count: 70)
    let other = try parse("Title\n\nby Ann Lee\n\n\(long)\n")
    #expect(other.articles[0].dek == nil)
  }

  @Test func speakerBlocksWithRolesCommasAndSource() throws {
    let document = try parse(
      """
      Title

      by Ann Lee

      Dek.

      Chief of the Harbour Board, Ola Nordmann:

      First said paragraph.

      Second said paragraph.

      Source

      Kari Nordmann:

      Only paragraph.

      Mayor of Town Per Hansen:

      Closed by the next speaker.

      Sailor Lise Berg:

      Runs to the article's end.
      """)
    let blocks = document.quotes.filter { $0.kind == .block }
    #expect(blocks.map(\.speaker) == ["Ola Nordmann", "Kari Nordmann", "Per Hansen", "Lise Berg"])
    #expect(blocks.map(\.role) == ["Chief of the Harbour Board", nil, "Mayor of Town", "Sailor"])
    #expect(
      blocks.map { document.text(of: $0) } == [
        "First said paragraph.\n\nSecond said paragraph.", "Only paragraph.",
        "Closed by the next speaker.", "Runs to the article's end.",
      ])
    #expect(
      document.kinds(article: 0) == [
        .title, .byline, .dek, .speaker, .speakerQuote, .speakerQuote, .source, .speaker,
        .speakerQuote, .speaker, .speakerQuote, .speaker, .speakerQuote,
      ])
    #expect(document.articles[0].paragraphCount == 5)
    let speakerLine = document.blocks[document.articles[0].blocks].first { $0.kind == .speaker }!
    #expect(speakerLine.quote == 0)
  }

  @Test func linesEndingInColonThatAreNotSpeakers() throws {
    let document = try parse(
      "Title\n\nby Ann Lee\n\nDek.\n\nThere are two key points:\n\nHe said to President Smith:\n\nText.\n"
    )
    #expect(document.quotes.isEmpty)
    #expect(document.texts(.paragraph, article: 0).count == 3)
  }

  @Test func listItemsKeepIndentAndBelongToTheQuote() throws {
    let document = try parse(
      """
      Title

      by Ann Lee

      Dek.

      Some Speaker:

      Two points:

      1. The first.

      2. The second,
         continued.

      After the list.

      Source

        - loose item
        - another
      """)
    let quote = document.quotes[0]
    #expect(
      document.blocks[quote.blocks].map(\.kind) == [
        .speakerQuote, .listItem, .listItem, .speakerQuote,
      ])
    #expect(
      document.texts(.listItem, article: 0) == [
        "1. The first.", "2. The second, continued.", "- loose item", "- another",
      ])
    let items = document.blocks[document.articles[0].blocks].filter { $0.kind == .listItem }
    #expect(items.map(\.indent) == [0, 0, 2, 2])
    #expect(items.map(\.quote) == [0, 0, -1, -1])
    #expect(items.map(\.firstLine) == [11, 13, 20, 21])
    #expect(items.map(\.lastLine) == [11, 14, 20, 21])
  }

  @Test func relatedLinksNotesAndTheCompilationsOwn() throws {
    let document = try parse(
      """
      One

      by Ann Lee [1-2-2024 published].

      Dek.

      Body.

      Related

      A link that reads like a title [1-1-2024]

      Another [Keith] link [2024-01-03] with a note.

      Two

      by Bo Chen [1-3-2024 published].

      Dek two.

      Related

      Last link [1-3-2024]

      Additional Related Articles

      Own link [January 4, 2024] Worth reading.

      Leave a Comment
      """)
    #expect(document.articles.map(\.title) == ["One", "Two"])
    let first = document.articles[0].related
    #expect(first.map(\.title) == ["A link that reads like a title", "Another [Keith] link"])
    #expect(
      first.map(\.date) == [
        CalendarDate(year: 2024, month: 1, day: 1), CalendarDate(year: 2024, month: 1, day: 3),
      ])
    #expect(first.map(\.dateText) == ["1-1-2024", "2024-01-03"])
    #expect(first.map(\.note) == [nil, "with a note."])
    #expect(document.articles[1].related.map(\.title) == ["Last link"])
    #expect(document.related.map(\.title) == ["Own link"])
    #expect(document.related.map(\.note) == ["Worth reading."])
    #expect(document.related[0].date == CalendarDate(year: 2024, month: 1, day: 4))
    #expect(document.blocks[document.related[0].block].kind == .relatedLink)
    #expect(document.articles[1].blocks.contains(document.related[0].block))
    let allText = document.blocks.map { document.text(of: $0) }
    #expect(!allText.contains("Leave a Comment"))
    #expect(document.articles[1].lastLine == 27)
    #expect(document.lineCount == 29)
  }

  @Test func trailerInTheMiddleIsText() throws {
    let document = try parse("Title\n\nby Ann Lee\n\nDek.\n\nLeave a Comment\n\nMore.\n")
    #expect(document.texts(.paragraph, article: 0) == ["Leave a Comment", "More."])
  }

  @Test func fileWithoutStructureIsOneArticleTitledByItsFirstLine() throws {
    let document = try parse("Just some notes\nwith a second line.\n\nAnd more.\n")
    #expect(document.articles.count == 1)
    #expect(document.articles[0].title == "Just some notes")
    #expect(document.articles[0].authors == [])
    #expect(document.kinds(article: 0) == [.title, .paragraph, .paragraph])
    #expect(document.texts(.paragraph, article: 0) == ["with a second line.", "And more."])
    #expect(document.articles[0].paragraphCount == 2)
    #expect(document.blocks[1].firstLine == 2)
  }

  @Test func textBeforeTheFirstTitleIsAPreambleArticle() throws {
    let document = try parse(
      "Preface words.\n\nMore preface.\n\nReal title\n\nby Ann Lee\n\nDek.\n")
    #expect(document.articles.map(\.title) == ["Preface words.", "Real title"])
    #expect(document.articles.map(\.number) == [1, 2])
    #expect(document.articles.map(\.firstLine) == [1, 5])
    #expect(document.articles[0].lastLine == 3)
    #expect(document.articles[1].authors == ["Ann Lee"])
  }

  @Test func authorIndexAcrossArticles() throws {
    let document = try parse(
      "A\n\nby Ann Lee & Bo Chen\n\nx\n\nB\n\nby Bo Chen\n\ny\n\nC\n\nby ANN LEE\n\nz\n")
    #expect(document.authors.entries.map(\.name) == ["Ann Lee", "Bo Chen"])
    #expect(document.authors.entries.map(\.articles) == [[0, 2], [0, 1]])
  }
}

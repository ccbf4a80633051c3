import Testing

@testable import ReaderCore

/// One small made-up anthology per shape of issue 17: front and back matter, signatures,
/// wrapped and listed bylines, source notes, names with dates and titles, unsigned sections
/// and numbered series.
@Suite struct AnthologyShapeTests {
  /// Three or more lines of running prose, so that the lead-in knows the text has begun.
  static let prose = """
    The lamps along the quay were lit one by one as the ferry came in, and the
    passengers stood at the rail to watch the harbour close around them like a
    pair of hands. Nobody spoke until the ropes were thrown and made fast, and
    then everyone spoke at once.
    """

  @Test func distributorHeaderAndLicenceAreFrontAndBackMatter() throws {
    let document = try parse(
      """
      The Project Gutenberg EBook of Harbour Tales, by Various

      This eBook is for the use of anyone anywhere at no cost and with almost
      no restrictions whatsoever. You may copy it, give it away or re-use it
      under the terms of the licence included with this eBook or online.

      Title: Harbour Tales

      *** START OF THIS PROJECT GUTENBERG EBOOK HARBOUR TALES ***



      HARBOUR TALES

      CONTENTS

        The Ferry
        The Lighthouse



      THE FERRY

      BY NORA QUAYLE

      \(Self.prose)

      *** END OF THIS PROJECT GUTENBERG EBOOK HARBOUR TALES ***

      Licence text that is no piece.
      """)
    #expect(document.articles.map(\.title) == ["THE FERRY"])
    #expect(document.articles.map(\.authors) == [["Nora Quayle"]])
    let front = try #require(document.frontMatter)
    #expect(front.title == "Harbour Tales" && front.firstLine == 1 && front.lastLine == 18)
    let back = try #require(document.backMatter)
    #expect(back.title == "END OF THIS PROJECT GUTENBERG EBOOK HARBOUR TALES")
    #expect(back.firstLine == 31 && back.lastLine == 33)
    // Their text is kept to be read, paragraph by paragraph, the end marker first.
    #expect(back.paragraphs.first == "*** END OF THIS PROJECT GUTENBERG EBOOK HARBOUR TALES ***")
    #expect(front.paragraphs.count > 1)
    #expect(document.articles[0].lastLine == 29)
  }

  /// Pieces too short to count as prose: each is still a piece, none goes to the front
  /// matter, and the end line and licence are the back matter.
  @Test func anAnthologyOfShortPiecesKeepsEveryPiece() throws {
    let document = try parse(
      """
      *** START OF THE PROJECT GUTENBERG EBOOK SALT AND SAIL ***

      SALT AND SAIL

      CONTENTS

      THE NET-MAKER

      LAMPLIGHT


      THE NET-MAKER

      BY ORLA BRENNAN

      She mended nets on the slip every morning of the year.

      Nobody asked her to stop.


      LAMPLIGHT

      BY TOMAS ARDEN

      The lamps came on along the quay at six o'clock.

      *** END OF THE PROJECT GUTENBERG EBOOK SALT AND SAIL ***

      The licence follows here.
      """)
    #expect(document.articles.map(\.title) == ["THE NET-MAKER", "LAMPLIGHT"])
    #expect(document.articles.map(\.authors) == [["Orla Brennan"], ["Tomas Arden"]])
    #expect(document.frontMatter?.paragraphs.contains { $0.contains("CONTENTS") } == true)
    #expect(document.backMatter?.paragraphs.first?.hasPrefix("*** END OF") == true)
    let texts = document.blocks.map { document.text(of: $0) }
    #expect(texts.allSatisfy { !$0.contains("licence") && !$0.contains("END OF") })
  }

  /// `No. 11` alone on its line starts a piece of a numbered series after two blank lines as
  /// after three, titled by its subtitle.
  @Test func aSeriesNumberSetOffByTwoBlankLinesStartsAPiece() throws {
    let document = try parse(
      """
      No. 4

      ON WEATHERVANES

      \(Self.prose)

      ANNA BRECK.


      No. 5

      ON GATES

      \(Self.prose)
      """)
    // The first stands at the file's start, with no blank line before it to set it off.
    #expect(document.articles.count == 2)
    #expect(document.articles.last?.title == "ON GATES")
  }

  /// A distributor's `Title:` wrapped onto a second line is one title, in a CRLF file too
  /// (where `\r\n` is one character).
  @Test func aWrappedHeaderTitleIsOneLineWhateverTheLineEnds() {
    for end in ["\n", "\r\n"] {
      let field =
        "Title: Salt and Sail, Being a Book" + end + "       of the Coast" + end
        + "Author: Various"
      #expect(StructurePass.headerTitle(field) == "Salt and Sail, Being a Book of the Coast")
    }
  }

  /// A dividing line (`* * *`, `---`) is no list item and no paragraph to count: between two
  /// scenes it stays, as a line of its own; before a title-like line it divides two pieces,
  /// and that title starts one even with no byline.
  @Test func aDividingLineSeparatesScenesAndPieces() throws {
    let document = try parse(
      """
      THE KILN

      By Ida Roe

      The kiln was lit at dawn and not let out for a week.

      * * *

      On the eighth day they opened it and found every pot whole.

      ---

      THE LAST FIRING

      Nobody remembers who fired the kiln for the last time.
      """)
    #expect(document.articles.map(\.title) == ["THE KILN", "THE LAST FIRING"])
    let first = document.articles[0]
    // The first paragraph is the dek.
    #expect(
      document.texts(.paragraph, article: 0) == [
        "* * *", "On the eighth day they opened it and found every pot whole.",
      ])
    #expect(first.paragraphCount == 1)
    #expect(document.blocks.allSatisfy { $0.kind != .listItem })
    #expect(!document.blocks.contains { document.text(of: $0) == "---" })
  }

  /// A short line opening a scene after a dividing line is the story's text, not a piece's
  /// title: only a title in capitals starts a piece there.
  @Test func aSceneThatOpensWithAShortLineStaysInItsStory() throws {
    let document = try parse(
      """
      The Ferry

      by Gil Ansel [9-9-2019 published].

      The ferry left at midnight with nobody aboard but the crew.

      * * *

      Later.

      The captain counted the lifebelts again and found one missing.
      """)
    #expect(document.articles.map(\.title) == ["The Ferry"])
    #expect(document.texts(.paragraph, article: 0).contains("* * *"))
    #expect(document.texts(.paragraph, article: 0).contains("Later."))
  }

  /// Poems signed at their foot, the name set to the right: the name signs the poem even when
  /// the document gives it nowhere else, and the title in capitals after it starts the next.
  @Test func signaturesSetToTheRightSignPoemsAndEndThem() throws {
    let document = try parse(
      """
      SHORE SONGS



      THE NET LOFT

          The nets hang dry above the floor,
            The lamp is low, the tide is out;

                                              ISOLDE MARR.


      LOW WATER

          The channel shows its stones by noon,
            The gulls walk where the boats had been.

                                              I. MARR.
      """)
    #expect(document.articles.map(\.title).suffix(2) == ["THE NET LOFT", "LOW WATER"])
    #expect(document.articles.map(\.authors).suffix(2) == [["Isolde Marr"], ["Isolde Marr"]])
  }

  @Test func withoutADistributorNothingIsFrontMatter() throws {
    let document = try parse("Notes\n\nby Ann Lee\n\n\(Self.prose)\n")
    #expect(document.frontMatter == nil)
    #expect(document.backMatter == nil)
    #expect(document.articles.map(\.title) == ["Notes"])
  }

  @Test func numberedSeriesIsTitledBySubtitleAndSignedBySurname() throws {
    let document = try parse(
      """
      The Project Gutenberg EBook of Letters on Canals

      *** START OF THIS PROJECT GUTENBERG EBOOK LETTERS ON CANALS ***

      LETTERS ON CANALS

      By Ida Brunel and Tom Telford



      LETTER No. 1

      On Locks

      From the Evening Courier. March 3, 1801.

      BRUNEL

      \(Self.prose)



      LETTER No. 2

      The Same Subject Continued (On Locks
      and Weirs)

      TELFORD, with BRUNEL

      \(Self.prose)
      """)
    #expect(
      document.articles.map(\.title) == [
        "On Locks", "The Same Subject Continued (On Locks and Weirs)",
      ])
    #expect(document.articles.map(\.authors) == [["Ida Brunel"], ["Tom Telford", "Ida Brunel"]])
    #expect(document.kinds(article: 0).prefix(4) == [.title, .title, .paragraph, .byline])
  }

  @Test func surnameKnownNowhereIsShownInNaturalCase() throws {
    let document = try parse("\n\n\nLETTER No. 4\n\nOn Tides\n\nQUAYLE\n\n\(Self.prose)\n")
    #expect(document.articles.map(\.authors) == [["Quayle"]])
  }

  @Test func threeAuthorsWithCommasAndAnd() throws {
    let document = try parse("Tides\n\nBy Ann Lee, Bo Chen, and Cy Dunn\n\n\(Self.prose)\n")
    #expect(document.articles[0].authors == ["Ann Lee", "Bo Chen", "Cy Dunn"])
    #expect(document.articles[0].authorDescription == nil)
  }

  @Test func commaAfterOneNameStartsTheDescription() throws {
    let document = try parse("Tides\n\nby Ann Lee, Harbour Pilot, Retired\n\n\(Self.prose)\n")
    #expect(document.articles[0].authors == ["Ann Lee"])
    #expect(document.articles[0].authorDescription == "Harbour Pilot, Retired")
  }

  @Test func bylineWrappedOverTwoLines() throws {
    let document = try parse(
      "TIDES.\n\nBY SIR ROBERT QUAY, WARDEN OF THE\nNORTH HARBOUR.\n\n\(Self.prose)\n")
    #expect(document.articles[0].authors == ["Sir Robert Quay"])
    #expect(document.articles[0].authorDescription == "WARDEN OF THE NORTH HARBOUR")
  }

  @Test func sourceNoteBetweenTitleAndByline() throws {
    let document = try parse(
      """
      THE FERRY

      [From _The Quay Monthly_, May,
      1850.]

      BY NORA QUAYLE (1820-1890)

      \(Self.prose)
      """)
    #expect(document.articles.map(\.title) == ["THE FERRY"])
    #expect(document.articles[0].authors == ["Nora Quayle"])
    #expect(document.articles[0].authorDescription == "(1820-1890)")
    #expect(document.kinds(article: 0).prefix(3) == [.title, .paragraph, .byline])
  }

  @Test func lifeDatesAndHonorificsDescribeJuniorStays() throws {
    let byline = { (line: String) throws -> Article in
      try #require(try parse("Tides\n\n\(line)\n\n\(Self.prose)\n").articles.first)
    }
    #expect(try byline("By Ann Lee (1801- )").authors == ["Ann Lee"])
    #expect(try byline("By Ann Lee ( -1917)").authorDescription == "( -1917)")
    #expect(try byline("BY PROF. ANN LEE.").authors == ["Ann Lee"])
    #expect(try byline("BY PROF. ANN LEE.").authorDescription == "PROF.")
    #expect(try byline("BY TOM REED, JR., C. E.").authors == ["Tom Reed, Jr."])
    #expect(try byline("BY TOM REED, JR., C. E.").authorDescription == "C. E")
    #expect(try byline("BY ANN LEE, PH. D.,").authors == ["Ann Lee"])
  }

  @Test func allCapsNamesInNaturalCase() {
    #expect(NaturalCase.name("EDGAR ALLAN POE") == "Edgar Allan Poe")
    #expect(NaturalCase.name("FITZ-JAMES O'BRIEN") == "Fitz-James O'Brien")
    #expect(NaturalCase.name("GUY DE MAUPASSANT") == "Guy de Maupassant")
    #expect(NaturalCase.name("W.F. HARVEY") == "W.F. Harvey")
    #expect(NaturalCase.name("Grace MacGowan Cooke") == "Grace MacGowan Cooke")
    #expect(NaturalCase.name("RT") == "RT")
  }

  @Test func unsignedSectionIsAnArticleOfItsOwn() throws {
    let document = try parse(
      """
      THE FERRY

      BY NORA QUAYLE

      \(Self.prose)



      Notes of the Month.

      \(Self.prose)
      """)
    #expect(document.articles.map(\.title) == ["THE FERRY", "Notes of the Month."])
    #expect(document.articles.map(\.authors) == [["Nora Quayle"], []])
  }

  @Test func sectionSignedAtItsEndByInitialsOrName() throws {
    let document = try parse(
      """
      The Project Gutenberg EBook of Harbour Tales

      *** START OF THIS PROJECT GUTENBERG EBOOK HARBOUR TALES ***

      Chosen, with a Preface by

      NORA QUAYLE, PH.D.



      The Sea at Night

      PREFACE

      \(Self.prose)

                                                          N.Q.



      THE FERRY

      BY TOM REED

      \(Self.prose)



      Afterword

      \(Self.prose)

      TOM REED.
      """)
    #expect(document.articles.map(\.title) == ["The Sea at Night", "THE FERRY", "Afterword"])
    #expect(document.articles.map(\.authors) == [["Nora Quayle"], ["Tom Reed"], ["Tom Reed"]])
  }

  @Test func capitalsUnknownToTheDocumentDoNotSignAtTheEnd() throws {
    let document = try parse("\n\n\nNotes of the Month\n\n\(Self.prose)\n\nLOW TIDE\n")
    #expect(document.articles[0].authors == [])
  }

  @Test func chaptersAndContentsStartNoPiece() throws {
    let document = try parse(
      """
      THE FERRY

      BY NORA QUAYLE



      II

      \(Self.prose)



      CONTENTS

      \(Self.prose)
      """)
    #expect(document.articles.map(\.title) == ["THE FERRY"])
  }

  @Test func seedLikeCompilationIsUnchangedByAWideGapBeforeAShortLine() throws {
    // One blank line between paragraphs, as the seed has: no heading is set off.
    let document = try parse("Tides\n\nby Ann Lee\n\nA short line.\n\nAnother Short Line\n")
    #expect(document.articles.count == 1)
  }

  @Test func indentedStanzasKeepTheirLines() throws {
    let document = try parse(
      """
      Tides

      by Ann Lee

          The sea comes in,
            the sea goes out,

          and **nobody** asks
          what it is about.

      \(Self.prose)
      """)
    #expect(
      document.texts(.verse, article: 0) == [
        "The sea comes in,", "the sea goes out,", "and nobody asks", "what it is about.",
      ])
    let verse = document.blocks[document.articles[0].blocks].filter { $0.kind == .verse }
    #expect(verse.map(\.indent) == [4, 6, 4, 4])
    #expect(document.articles[0].paragraphCount == 3)
    #expect(document.highlightTexts == ["nobody"])
    #expect(
      MarkdownExporter.export(document).contains(
        "\u{A0}\u{A0}\u{A0}\u{A0}The sea comes in,\\\n\u{A0}\u{A0}\u{A0}\u{A0}\u{A0}\u{A0}the sea goes out,\n\n"
      ))
  }

  @Test func shortFlushLinesAreVerseWrappedProseIsNot() throws {
    let document = try parse(
      "Tides\n\nby Ann Lee\n\nThe sea comes in,\nThe sea goes out,\nAnd nobody asks.\n\n\(Self.prose)\n"
    )
    #expect(document.texts(.verse, article: 0).count == 3)
    #expect(document.texts(.paragraph, article: 0).count == 1)
  }

  @Test func sourceLineRunOnIntoASubtitleIsLeftOut() {
    #expect(
      RunOnSourceLine.trimmed("On Locks (Continued) For the Evening Courier. May 3, 1801")
        == "On Locks (Continued)")
    #expect(
      RunOnSourceLine.trimmed("On Locks. From Here to There") == "On Locks. From Here to There")
    #expect(RunOnSourceLine.trimmed("For 1801 and After") == "For 1801 and After")
  }
}

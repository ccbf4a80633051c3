import Testing

@testable import ReaderCore

@Suite struct LineAndParagraphTests {
  private func paragraphs(_ text: String) -> [(String, Int, Int)] {
    let storage = TextStorage(copying: Array(text.utf8))
    var splitter = ParagraphSplitter(text: storage.bytes, start: 0)
    var result: [(String, Int, Int)] = []
    while let paragraph = splitter.next() {
      result.append((storage.string(paragraph.range), paragraph.firstLine, paragraph.lastLine))
    }
    return result
  }

  @Test func lineFeedsAndBlankLinesWithSpaces() {
    let found = paragraphs("one\ntwo  \n \t \n\nthree\n")
    #expect(found.map(\.0) == ["one\ntwo", "three"])
    #expect(found.map(\.1) == [1, 5])
    #expect(found.map(\.2) == [2, 5])
  }

  @Test func carriageReturnLineFeeds() {
    let found = paragraphs("one\r\ntwo\r\n\r\nthree")
    #expect(found.map(\.0) == ["one\r\ntwo", "three"])
    #expect(found.map(\.1) == [1, 4])
  }

  @Test func loneCarriageReturns() {
    let found = paragraphs("one\rtwo\r\rthree\r")
    #expect(found.map(\.0) == ["one\rtwo", "three"])
    #expect(found.map(\.1) == [1, 4])
  }

  @Test func lineCountCountsAnUnterminatedLastLine() throws {
    #expect(try parse("a\nb").lineCount == 2)
    #expect(try parse("a\nb\n").lineCount == 2)
    #expect(try parse("a\r\n\r\nb\r\n").lineCount == 3)
    #expect(try parse("").lineCount == 0)
  }

  @Test func crlfDocumentParsesLikeLF() throws {
    let text = "Title\n\nby Ann Lee [1-2-2024 published].\n\nA body\nparagraph.\n"
    let lf = try parse(text)
    let crlf = try parse(text.replacingAll("\n", with: "\r\n"))
    let cr = try parse(text.replacingAll("\n", with: "\r"))
    for document in [lf, crlf, cr] {
      #expect(document.articles.map(\.title) == ["Title"])
      #expect(document.articles[0].authors == ["Ann Lee"])
      #expect(document.texts(.paragraph, article: 0) == ["A body paragraph."])
      #expect(document.articles[0].lastLine == 6)
    }
  }

  @Test(.timeLimit(.minutes(1))) func twentyMegabyteSingleLineParses() throws {
    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 20 * 1024 * 1024)
    for index in stride(from: 7, to: bytes.count, by: 8) { bytes[index] = UInt8(ascii: " ") }
    bytes[100] = UInt8(ascii: "*")
    bytes[101] = UInt8(ascii: "*")
    let document = try DocumentLoader.parse(bytes: bytes, source: "long.txt")
    #expect(document.lineCount == 1)
    #expect(document.articles.count == 1)
    #expect(document.highlights.isEmpty)
    // The last byte is a space, which the paragraph does not keep.
    #expect(document.spans.map(\.range) == [0..<bytes.count - 1])
    #expect(document.articles[0].title.count == StructurePass.maximumTitleCharacters + 1)
    #expect(
      document.articles[0].title.hasPrefix("xxxxxxx xxxxxxx")
        && document.articles[0].title.hasSuffix(" …"))
  }

  /// An untitled article's title is its first line shortened to 200 characters, however many
  /// bytes they take.
  @Test(arguments: [
    ("é", 300, String(repeating: "é", count: 200) + "…"),
    ("東", 200, String(repeating: "東", count: 200)),
    ("e\u{301}", 201, String(repeating: "e\u{301}", count: 200) + "…"),
    // 41 scalars and 81 bytes a character: the title's first 6,400 bytes hold only 79 of
    // them, so the whole line is read, and its 100 characters are the title.
    (
      "a" + String(repeating: "\u{300}", count: 40), 100,
      String(repeating: "a" + String(repeating: "\u{300}", count: 40), count: 100)
    ),
    (
      "a" + String(repeating: "\u{300}", count: 40), 201,
      String(repeating: "a" + String(repeating: "\u{300}", count: 40), count: 200) + "…"
    ),
  ])
  func aLongFirstLineIsShortenedByCharacters(character: String, count: Int, title: String)
    throws
  {
    let line = String(repeating: character, count: count)
    let document = try DocumentLoader.parse(
      bytes: Array((line + "\n").utf8), source: "long.txt")
    // (Compared apart: a failure would print the long titles.)
    let same = document.articles.map(\.title) == [title]
    #expect(same, "title of \(count) × \(character.unicodeScalars.count) scalars")
  }
}

@Suite struct PathologicalInputTests {
  /// Openers without closers, repeated through one long paragraph (a title, then a related
  /// section, so the link parser sees it too), must be read in linear time. The limit catches
  /// a quadratic parse (hours here), not a slow machine: a debug build under a load of 10 took
  /// up to 60 s, so it is three minutes.
  @Test(.timeLimit(.minutes(3))) func manyUnclosedMarksInOneLongLine() throws {
    let unit = "**a __b <b>c <strong>d “e \"f [g "
    let line = String(repeating: unit, count: 20_000)
    let text = "Title\n\nby Ann Lee\n\nDek.\n\n\(line)\n\nRelated\n\n\(line)\n"
    let document = try parse(text)
    #expect(document.highlights.isEmpty)
    #expect(document.articles[0].related.count == 1)
    // Straight quotes pair in order, so every second `"` opens `"f [g **a __b <b>c <strong>d “e "`.
    #expect(document.quotes.count == 10_000)
  }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}

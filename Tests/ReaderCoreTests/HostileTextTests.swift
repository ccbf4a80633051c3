import ReaderCore
import TestSupport
import Testing

/// Issue 5, the parser's half: hostile text is stored exactly as it came (the screen makes it
/// visible), and nothing after it is lost.
@Suite struct HostileTextTests {
  static let sequences = [
    "\u{1B}[1;31mred\u{1B}[0m", "\u{1B}[H\u{1B}[10;20H\u{1B}[2J\u{1B}[K",
    "\u{1B}]0;title\u{07}", "\u{1B}]2;title\u{1B}\\", "\u{1B}]8;;http://a.invalid/\u{1B}\\go",
    "\u{1B}]52;c;cm0gLXJm\u{07}", "\u{1B}P+q544e\u{1B}\\", "\u{9B}2J\u{9D}0;t\u{9C}\u{85}",
    "bel\u{07} bs\u{08} del\u{7F}", "\u{202E}abc\u{202C} \u{2066}x\u{2069} \u{202A}\u{2067}",
    "a\u{200B}b\u{2060}c\u{FEFF}d\u{200D}e",
  ]

  @Test func controlsAndEscapesInABodyAreStoredAsWritten() throws {
    let body = Self.sequences.map { "Body " + $0 + " after." }
    let text = "Plain title\n\nby Ann Lee.\n\n" + body.joined(separator: "\n\n") + "\n"
    let document = try DocumentLoader.parse(bytes: Array(text.utf8), source: "esc.txt")
    #expect(document.articles.count == 1)
    let paragraphs = document.articles[0].blocks.map { document.text(of: document.blocks[$0]) }
    #expect(Array(paragraphs.suffix(body.count)) == body)
  }

  @Test func carriageReturnsAndNULsInsideALineLoseNothingElse() throws {
    // CR is a line ending; a NUL past the 8 KiB binary window is text.
    let padding = String(repeating: "p ", count: 4200)
    let text = "T\n\n" + padding + "\n\nnul\u{0}here and cr\rthere\n"
    let document = try DocumentLoader.parse(bytes: Array(text.utf8), source: "nul.txt")
    let last = document.blocks.last.map { document.text(of: $0) }
    #expect(last == "nul\u{0}here and cr there")
  }

  @Test func oscLeftOpenAtTheEndOfTheFileKeepsItsText() throws {
    let text = "Title\n\nlast words \u{1B}]0;never closed"
    let document = try DocumentLoader.parse(bytes: Array(text.utf8), source: "osc.txt")
    #expect(
      document.blocks.map { document.text(of: $0) } == [
        "Title", "last words \u{1B}]0;never closed",
      ])
    #expect(document.lineCount == 3)
  }

  @Test func escapeInTheTitleAndBylineIsStoredInTheModelAndExport() throws {
    let text = "Ti\u{1B}]0;x\u{07}tle\n\nby Ann\u{9B}31m Lee [2024-01-31].\n\nBody.\n"
    let document = try DocumentLoader.parse(bytes: Array(text.utf8), source: "t.txt")
    #expect(document.articles.map(\.title) == ["Ti\u{1B}]0;x\u{07}tle"])
    #expect(document.articles[0].authors == ["Ann\u{9B}31m Lee"])
  }

  /// Lines of Markus Kuhn's UTF-8 decoder stress test, with the number of U+FFFD each shows
  /// (one per maximal invalid subpart, counted by hand from the bytes between the quotes).
  static let kuhnLines: [(prefix: String, replacements: Int)] = [
    ("3.1.1 ", 1),  // 80
    ("3.1.8 ", 7),  // 80 bf 80 bf 80 bf 80
    ("3.3.2 ", 2),  // e0 80: 80 cannot follow e0, so e0 alone is a subpart
    ("3.3.3 ", 3),  // f0 80 80
    ("3.3.7 ", 1),  // ef bf: a truncated but valid start is one subpart
    ("3.3.8 ", 3),  // f7 bf bf: f7 never starts a sequence
    ("3.5.3 ", 4),  // fe fe ff ff
    ("4.1.1 ", 2),  // c0 af
    ("4.1.2 ", 3),  // e0 80 af
    ("4.1.5 ", 6),  // fc 80 80 80 80 af
    ("5.1.1 ", 3),  // ed a0 80: a surrogate
  ]

  /// Kuhn's lines inside an otherwise good UTF-8 file: each bad subpart is one U+FFFD, every
  /// other byte of the line is kept, and the count is reported.
  @Test(.enabled(if: SharedFixtures.runs(needing: "testdata/UTF-8-test.txt"), "no UTF-8-test.txt"))
  func kuhnsMalformedLinesShowOneReplacementPerBadSubpart() throws {
    let bytes = readFileBytes(try #require(SharedFixtures.testData("UTF-8-test.txt")))
    let fileLines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    var text: [UInt8] = Array("Kuhn lines\n\n".utf8)
    // Enough good multi-byte text that the file is judged UTF-8 with damage, not 8-bit.
    text += Array(String(repeating: "é ü ", count: 50).utf8) + [0x0A, 0x0A]
    var expected: [String] = []
    for (prefix, replacements) in Self.kuhnLines {
      let line = try #require(fileLines.first { $0.starts(with: Array(prefix.utf8)) })
      text += Array(line) + [0x0A, 0x0A]
      let firstQuote = try #require(line.firstIndex(of: UInt8(ascii: "\"")))
      let lastQuote = try #require(line.lastIndex(of: UInt8(ascii: "\"")))
      let before = String(decoding: line[..<firstQuote], as: UTF8.self)
      let after = String(decoding: line[(lastQuote + 1)...], as: UTF8.self)
      expected.append(
        before + "\"" + String(repeating: "\u{FFFD}", count: replacements) + "\"" + after)
    }
    let document = try DocumentLoader.parse(bytes: text, source: "kuhn-lines.txt")
    #expect(document.encoding == .utf8)
    #expect(document.replacedSequences == Self.kuhnLines.reduce(0) { $0 + $1.replacements })
    let texts = document.blocks.map { document.text(of: $0) }
    #expect(Array(texts.suffix(expected.count)) == expected)
  }

  /// The whole stress test as a file: its one NUL (section 2.1.1) does not make it binary,
  /// and its 80 good multi-byte sequences against 378 bad subparts make it damaged UTF-8, not
  /// Windows-1252. Each bad subpart is one U+FFFD (the file also holds one real U+FFFD).
  @Test(.enabled(if: SharedFixtures.runs(needing: "testdata/UTF-8-test.txt"), "no UTF-8-test.txt"))
  func kuhnsWholeFileIsShownAsDamagedUTF8() throws {
    let path = try #require(SharedFixtures.testData("UTF-8-test.txt"))
    let document = try DocumentLoader.load(path: path)
    #expect(document.encoding == .utf8)
    #expect(document.replacedSequences == 378)
    let shown = document.blocks.map { document.text(of: $0) }.joined()
    #expect(shown.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 378 + 1)
  }

  @Test(.enabled(if: SharedFixtures.runs(needing: "testdata/blns.txt"), "no blns.txt"))
  func bigListOfNaughtyStringsParsesAndKeepsEveryLine() throws {
    let path = try #require(SharedFixtures.testData("blns.txt"))
    let document = try DocumentLoader.load(path: path)
    #expect(document.encoding == .utf8)
    #expect(document.replacedSequences == 0)
    #expect(document.lineCount == 742)
    #expect(!document.articles.isEmpty)
    // Every line's characters but spaces (and the `*_<>` bold markers may use) are in some
    // block, in file order: nothing dropped, nothing added.
    let stored = document.blocks.map { document.text(of: $0) }.joined(separator: " ")
    let bytes = readFileBytes(path)
    let expected = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter {
      !$0.properties.isWhitespace && $0 != "*" && $0 != "_" && $0 != "<" && $0 != ">"
    }
    let got = stored.unicodeScalars.filter {
      !$0.properties.isWhitespace && $0 != "*" && $0 != "_" && $0 != "<" && $0 != ">"
    }
    #expect(Array(got) == Array(expected))
  }
}

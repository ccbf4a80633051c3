import Testing

@testable import ReaderCore

/// `**` and `__` judged by CommonMark's flanking rules with Unicode punctuation and whitespace.
@Suite struct BoldFlankingTests {
  private func highlights(_ paragraph: String) -> [String] {
    let bytes = Array(paragraph.utf8)
    return bytes.withUnsafeBufferPointer { text in
      BoldScanner.scan(text, 0..<text.count).map {
        String(decoding: text[$0.content], as: UTF8.self)
      }
    }
  }

  @Test func curlyQuotesAroundUnderscores() {
    #expect(highlights("he was “__balancing on the brink__” again") == ["balancing on the brink"])
    #expect(highlights("‘**single**’ and “**double**”") == ["single", "double"])
  }

  @Test func guillemets() {
    #expect(highlights("il dit «**bonjour**» et «__adieu__».") == ["bonjour", "adieu"])
    #expect(highlights("‹__inner__›") == ["inner"])
  }

  @Test func dashes() {
    #expect(highlights("word—**phrase**—word") == ["phrase"])
    #expect(highlights("word–__phrase__–word") == ["phrase"])
  }

  @Test func cjkPunctuation() {
    #expect(highlights("他说「**重要**」。") == ["重要"])
    #expect(highlights("这是__关键__。") == [])
    #expect(highlights("这是。__关键__。") == ["关键"])
    #expect(highlights("（**注意**）") == ["注意"])
  }

  @Test func symbolsCountAsPunctuation() {
    #expect(highlights("price €**10**€") == ["10"])
  }

  @Test func noBreakSpaceIsWhitespace() {
    #expect(highlights("a\u{A0}**b**\u{A0}c") == ["b"])
    #expect(highlights("**\u{A0}b**") == [])
  }

  @Test func underscoresInsideWordsStayText() {
    #expect(highlights("snake__case__name") == [])
    #expect(highlights("пристаням__стремятся__") == [])
    #expect(highlights("__foo__bar") == [])
  }

  @Test func starsInsideWordsStillPair() {
    #expect(highlights("foo**bar**baz") == ["bar"])
  }

  @Test func leftoverStarsStayText() {
    #expect(highlights("***foo**") == ["foo"])
    #expect(highlights("___foo__") == ["foo"])
    #expect(highlights("a**\"foo\"**") == [])
    #expect(highlights("**(**foo)") == [])
  }

  @Test func stackedMarkersMakeOneHighlight() {
    let bytes = Array("x ****foo**** y".utf8)
    let runs = bytes.withUnsafeBufferPointer { BoldScanner.scan($0, 0..<$0.count) }
    #expect(runs == [BoldRun(content: 6..<9, outer: 2..<13)])
  }

  /// Strong around strong is one highlight, as Markdown reads it: the outer pair's pieces and
  /// the inner pair's, each piece after the first going on the one before, so that no marker
  /// of either shows.
  @Test func nestedPairsAreOneHighlightInPieces() {
    #expect(highlights("__foo, __bar__, baz__") == ["foo, ", "bar", ", baz"])
    let bytes = Array("**a **b****".utf8)
    let runs = bytes.withUnsafeBufferPointer { BoldScanner.scan($0, 0..<$0.count) }
    #expect(
      runs == [
        BoldRun(content: 2..<4, outer: 0..<4),
        BoldRun(content: 6..<7, outer: 4..<11, continues: true),
      ])
  }

  /// Each pair is taken out of the kept ones once: a paragraph nested thousands deep is read
  /// in time linear in its length (it took quadratic time once the outer pair was kept).
  @Test func deepNestingIsOneHighlight() {
    let depth = 20_000
    let line =
      String(repeating: "**a ", count: depth) + "x" + String(repeating: " b**", count: depth)
    let runs = Array(line.utf8).withUnsafeBufferPointer { BoldScanner.scan($0, 0..<$0.count) }
    #expect(runs.first?.outer.lowerBound == 0)
    #expect(runs.last?.outer.upperBound == line.utf8.count)
    #expect(!runs.dropFirst().contains { !$0.continues })
    #expect(runs.count == 2 * depth - 1)
  }

  @Test func nestedPairsReadAsOnePhrase() throws {
    let document = try parse(
      "Nests\nby Ann Lee\n\nSee **the **whole** claim** and **one **two **three** four** five**.\n")
    #expect(document.highlightTexts == ["the whole claim", "one two three four five"])
    #expect(
      document.texts(.dek, article: 0)
        == ["See the whole claim and one two three four five."])
  }

  /// Tags around spaces or a line end alone are no highlight: an empty one was counted.
  @Test func tagsAroundNoWordsAreText() {
    #expect(highlights("a <b> </b> b <strong>\n</strong> c <b>d</b>") == ["d"])
  }

  @Test func tagsAndStarsTogether() {
    #expect(
      highlights("<b>one</b> **two** <strong>**three**</strong>") == ["one", "two", "**three**"])
  }
}

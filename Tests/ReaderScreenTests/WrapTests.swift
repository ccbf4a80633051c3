import ReaderScreen
import Testing

/// Each line's indent and text (continuations skipped).
private func texts(_ lines: [WrappedLine]) -> [String] {
  lines.map { line in
    String(repeating: " ", count: line.indent) + line.cells.map(\.text).joined()
  }
}

private func plain(_ text: String, width: Int) -> [String] {
  texts(wrap([TextRun(text)], width: width))
}

@Suite struct WrapTests {
  @Test func wrapsAtSpaces() {
    #expect(plain("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    #expect(plain("exactly ten", width: 11) == ["exactly ten"])
    #expect(plain("exactly ten", width: 10) == ["exactly", "ten"])
  }

  @Test func keepsInnerSpacesAndDropsThemAtBreaks() {
    #expect(plain("a  b     c", width: 5) == ["a  b", "c"])
    #expect(plain("  lead and trail  ", width: 20) == ["lead and trail"])
  }

  @Test func lineBreakRunsAreOneSoftSpace() {
    #expect(plain("one\ntwo\r\nthree \r\n\n  four\rfive", width: 80) == ["one two three four five"])
    #expect(plain("one\n\ntwo", width: 3) == ["one", "two"])
  }

  @Test func longWordsAreCutBetweenCells() {
    #expect(plain("ab abcdefghij c", width: 4) == ["ab", "abcd", "efgh", "ij c"])
    #expect(plain("漢字漢字漢", width: 3) == ["漢", "字", "漢", "字", "漢"])
  }

  @Test func wideCharacterOnAOneColumnLineBecomesASpace() {
    let lines = wrap([TextRun("漢a")], width: 1)
    #expect(texts(lines) == [" ", "a"])
    #expect(lines[0].sourceOffsets == [0])
  }

  @Test func cjkBreaksBetweenWideCharactersButNotBeforeClosingPunctuation() {
    #expect(plain("漢字漢字漢字", width: 8) == ["漢字漢字", "漢字"])
    #expect(plain("漢字漢字。漢", width: 8) == ["漢字漢", "字。漢"])
    #expect(plain("漢字「漢字", width: 6) == ["漢字", "「漢字"])
    #expect(plain("ab漢字cd", width: 5) == ["ab漢", "字cd"])
  }

  @Test func hyphenatedWordsMayBreakAfterTheHyphen() {
    #expect(plain("state-of-the-art", width: 10) == ["state-of-", "the-art"])
    #expect(plain("x -5", width: 3) == ["x", "-5"])
    // Never before a digit: dates and ranges stay whole.
    #expect(plain("on 2024-03-01", width: 11) == ["on", "2024-03-01"])
    #expect(plain("from 1962-63", width: 9) == ["from", "1962-63"])
    #expect(plain("well-known", width: 6) == ["well-", "known"])
  }

  @Test func indents() {
    let lines = wrap([TextRun("aa bb cc dd")], width: 6, firstIndent: 1, restIndent: 3)
    #expect(texts(lines) == [" aa bb", "   cc", "   dd"])
    #expect(lines.map(\.indent) == [1, 3, 3])
    #expect(texts(wrap([TextRun("ab")], width: 2, firstIndent: 5)) == [" a", "b"])
  }

  @Test func stylesAndTagsFollowCellsAcrossRunsAndLines() {
    let runs = [
      TextRun("see "), TextRun("key\nphrase", role: .highlight, tag: 7), TextRun(" here"),
    ]
    let lines = wrap(runs, width: 7)
    #expect(texts(lines) == ["see key", "phrase", "here"])
    #expect(
      lines[0].cells.map(\.role) == [.text, .text, .text, .text]
        + Array(repeating: .highlight, count: 3))
    #expect(lines[0].tags == [-1, -1, -1, -1, 7, 7, 7])
    #expect(lines[1].cells.allSatisfy { $0.role == .highlight })
    #expect(lines[1].tags == Array(repeating: 7, count: 6))
    #expect(lines[2].tags == [-1, -1, -1, -1])
  }

  @Test func softSpaceInsideAHighlightKeepsItsStyle() {
    let lines = wrap([TextRun("a\nb", role: .highlight, tag: 2)], width: 10)
    #expect(lines.count == 1)
    #expect(
      lines[0].cells == [
        Cell(text: "a", width: 1, role: .highlight), .blank(.highlight),
        Cell(text: "b", width: 1, role: .highlight),
      ])
    #expect(lines[0].tags == [2, 2, 2])
  }

  @Test func aVisibleControlCutBetweenLinesGivesThemTheSameStart() {
    // U+202E shows as the eight cells `<U+202E>`, which a four-column line cuts.
    let lines = wrap([TextRun("a\u{202E}b")], width: 4)
    #expect(texts(lines) == ["a<U+", "202E", ">b"])
    #expect(lines.map(\.start) == [0, 1, 1])
    #expect(lines.lineIndex(containing: 1) == 2)
  }

  @Test func offsetsMapBackToTheSourceInUTF8Bytes() {
    // "é" is 2 bytes, "漢" 3.
    let runs = [TextRun("é 漢x\n"), TextRun("yz", role: .highlight)]
    let lines = wrap(runs, width: 4)
    #expect(texts(lines) == ["é 漢", "x yz"])
    #expect(lines[0].sourceOffsets == [0, 2, 3, 3])
    #expect(lines[0].start == 0)
    #expect(lines[1].sourceOffsets == [6, 7, 8, 9])
    #expect(lines[1].start == 6)
    #expect(lines.lineIndex(containing: 5) == 0)
    #expect(lines.lineIndex(containing: 8) == 1)
    #expect(lines[1].columns(of: 8..<10) == 2..<4)
    #expect(lines[0].columns(of: 3..<6) == 2..<4)
    #expect(lines[0].columns(of: 6..<7) == nil)
  }

  @Test func controlsAreVisibleInWrappedText() {
    let lines = wrap([TextRun("a\u{1B}[2Jb \u{202E}c")], width: 20)
    #expect(texts(lines) == ["a^[[2Jb <U+202E>c"])
    #expect(lines[0].cells[1].role == .control)
  }

  @Test func tabsReachTheNextStopOfTheLine() {
    #expect(plain("ab\tc", width: 20) == ["ab      c"])
  }

  @Test func emptyInputsAndWidths() {
    #expect(wrap([TextRun("text")], width: 0).isEmpty)
    #expect(wrap([TextRun(" \n ")], width: 10).isEmpty)
    #expect(wrap([], width: 10).isEmpty)
  }

  @Test func longTextIsFastEnough() {
    let word = "lorem ipsum dolor sit amet, 漢字 e\u{0301} "
    let text = String(repeating: word, count: 3000)
    let lines = wrap([TextRun(text)], width: 60)
    #expect(lines.allSatisfy { $0.width <= 60 })
    #expect(lines.count > 1000)
  }
}

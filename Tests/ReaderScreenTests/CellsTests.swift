import ReaderScreen
import Testing

/// `cells` as a readable string: each cell's text, `|` between cells, `·` for a continuation.
private func shape(_ cells: [Cell]) -> String {
  cells.map { $0.width == 0 ? "·" : $0.text }.joined(separator: "|")
}

@Suite struct CellsTests {
  @Test func asciiIsOneCellPerCharacter() {
    #expect(
      cells(of: "ab", role: .title) == [
        Cell(text: "a", width: 1, role: .title), Cell(text: "b", width: 1, role: .title),
      ])
    #expect(displayWidth(of: "hello") == 5)
  }

  @Test func cjkAndHangulAreWideWithContinuations() {
    #expect(
      cells(of: "漢字", role: .text) == [
        Cell(text: "漢", width: 2, role: .text), Cell(text: "", width: 0, role: .text),
        Cell(text: "字", width: 2, role: .text), Cell(text: "", width: 0, role: .text),
      ])
    #expect(displayWidth(of: "漢字") == 4)
    #expect(displayWidth(of: "한국어") == 6)
    #expect(displayWidth(of: "a📚b") == 4)
  }

  @Test func combiningMarkJoinsItsBase() {
    #expect(
      cells(of: "e\u{0301}x", role: .text) == [
        Cell(text: "e\u{0301}", width: 1, role: .text), Cell(text: "x", width: 1, role: .text),
      ])
    #expect(displayWidth(of: "e\u{0301}") == 1)
  }

  @Test func combiningMarksAreCappedPerCell() {
    let text = "a" + String(repeating: "\u{0301}", count: 100_000) + "b"
    var result: [Cell] = []
    let elapsed = ContinuousClock().measure { result = cells(of: text, role: .text) }
    #expect(elapsed < .seconds(1))
    #expect(result.count == 2)
    #expect(result[0].text.unicodeScalars.count == 5)
    #expect(result[0].width == 1)
    #expect(result[1].text == "b")
  }

  @Test func zeroWidthWithoutBaseGetsASpace() {
    #expect(
      cells(of: "\u{0301}a", role: .text) == [
        Cell(text: " \u{0301}", width: 1, role: .text), Cell(text: "a", width: 1, role: .text),
      ])
  }

  /// A terminal that joins the sequence draws it in 2 columns, not 6: the joiners are left out
  /// so every terminal draws the three parts where the screen has them.
  @Test func zwjFamilyIsItsThreePartsWithoutTheJoiners() {
    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    #expect(shape(cells(of: family, role: .text)) == "\u{1F468}|·|\u{1F469}|·|\u{1F467}|·")
    #expect(displayWidth(of: family) == 6)
  }

  @Test func skinToneAfterAnEmojiIsLeftOutAndAloneIsAStandIn() {
    #expect(shape(cells(of: "\u{1F44D}\u{1F3FD}ok", role: .text)) == "\u{1F44D}|·|o|k")
    #expect(
      cells(of: "\u{1F3FD}", role: .text) == [
        Cell(text: "?", width: 1, role: .control), Cell(text: "?", width: 1, role: .control),
      ])
    let coder = "\u{1F469}\u{1F3FD}\u{200D}\u{1F4BB}"
    #expect(shape(cells(of: coder, role: .text)) == "\u{1F469}|·|\u{1F4BB}|·")
  }

  @Test func flagIsShownAsItsTwoLetters() {
    // glibc gives each regional indicator width 1, many terminals 2: the letters take the
    // same two columns everywhere.
    let flag = cells(of: "\u{1F1FA}\u{1F1F8}", role: .highlight)
    #expect(shape(flag) == "U|S")
    #expect(flag.map(\.role) == [.highlight, .highlight])
    #expect(displayWidth(of: "\u{1F1FA}\u{1F1F8}") == 2)
  }

  @Test func charactersOfDisputedWidthAreShownAsQuestionMarksInTheirWidth() {
    // U+3164 (Hangul filler) is wide in glibc and zero-width elsewhere; U+2630 is narrow in
    // glibc and wide in Unicode 16.
    let cells = cells(of: "a\u{3164}b\u{2630}", role: .text)
    #expect(cells.map(\.text) == ["a", "?", "?", "b", "?"])
    #expect(cells.map(\.role) == [.text, .control, .control, .text, .control])
    // Wrapped two columns wide, no line starts with a space.
    let lines = wrap([TextRun("a\u{302E}b")], width: 2)
    #expect(lines.allSatisfy { $0.cells.first?.text != " " })
  }

  @Test func vs16IsDroppedAfterANarrowBaseAndKeptAfterAWideOne() {
    #expect(
      cells(of: "\u{2764}\u{FE0F}", role: .text) == [
        Cell(text: "\u{2764}", width: 1, role: .text)
      ])
    #expect(shape(cells(of: "\u{1F4DA}\u{FE0F}", role: .text)) == "\u{1F4DA}\u{FE0F}|·")
  }

  @Test func tabsExpandToMultiplesOfEight() {
    #expect(shape(cells(of: "ab\tc", role: .text)) == "a|b| | | | | | |c")
    #expect(displayWidth(of: "\t") == 8)
    #expect(displayWidth(of: "12345678\tx") == 17)
  }

  @Test func escapeSequencesAreVisible() {
    let result = cells(of: "\u{1B}[31mred", role: .text)
    #expect(shape(result) == "^|[|[|3|1|m|r|e|d")
    #expect(result.prefix(2).allSatisfy { $0.role == .control })
    #expect(result.dropFirst(2).allSatisfy { $0.role == .text })
  }

  @Test func oscTitleAndClipboardAreVisible() {
    #expect(shape(cells(of: "\u{1B}]0;t\u{07}", role: .text)) == "^|[|]|0|;|t|^|G")
    #expect(
      cells(of: "\u{1B}]52;c;aGk=\u{07}", role: .text).map(\.text).joined()
        == "^[]52;c;aGk=^G")
  }

  @Test func c0C1AndDelUseCaretOrCodePointForms() {
    let joined = { (text: String) in cells(of: text, role: .text).map(\.text).joined() }
    #expect(joined("\u{9B}31m") == "<U+009B>31m")
    #expect(joined("a\u{08}b\rc\u{7F}\u{00}") == "a^Hb^Mc^?^@")
    #expect(cells(of: "\u{9B}", role: .text).allSatisfy { $0.role == .control })
  }

  @Test func bidiAndHidingCharactersAreVisible() {
    let joined = { (text: String) in cells(of: text, role: .text).map(\.text).joined() }
    #expect(joined("a\u{202E}b") == "a<U+202E>b")
    #expect(joined("x\u{200B}y\u{2066}z\u{FEFF}") == "x<U+200B>y<U+2066>z<U+FEFF>")
    #expect(joined("pass\u{200D}word") == "pass<U+200D>word")
    #expect(joined("\u{FFFD}") == "\u{FFFD}")
  }

  @Test func fitCutsWithAnEllipsis() {
    #expect(fit("hello", width: 5).map(\.text).joined() == "hello")
    #expect(fit("hello world", width: 6).map(\.text).joined() == "hello…")
    // The wide 字 does not fit before the ellipsis: one column short.
    #expect(shape(fit("漢字漢", width: 4)) == "漢|·|…")
    #expect(fit("abc", width: 0).isEmpty)
    #expect(shape(fit("abc", width: 1)) == "…")
  }

  /// `fit` stops reading text once it is past the width; the cells must be those of cutting
  /// the whole text.
  @Test func fitOfTextEqualsFitOfAllItsCells() {
    let texts = [
      "hello world", "漢字漢字漢", "e\u{301}\u{301}xyz", "a\tb\tc",
      "\u{1F468}\u{200D}\u{1F469}\u{200D}x",
      "\u{1B}[31mred", "ab\u{200D}", "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0645}", "x\u{2028}y", "",
      "\u{1F44D}\u{FE0F}\u{1F3FD}ok",
    ]
    for text in texts {
      for width in 0...12 {
        let whole = cells(of: text, role: .quote)
        #expect(
          fit(text, width: width, role: .quote) == fit(whole, width: width), "\(text) \(width)")
        #expect(fits(text, width: width) == (displayWidth(of: whole) <= width), "\(text) \(width)")
      }
    }
  }

  @Test func joinersStayBetweenNonASCIICharactersOnly() {
    let joined = { (text: String) in cells(of: text, role: .text).map(\.text) }
    // ZWNJ inside a Persian word joins the letter before it.
    #expect(
      joined("\u{0645}\u{06CC}\u{200C}\u{062E}") == ["\u{0645}", "\u{06CC}\u{200C}", "\u{062E}"])
    #expect(
      joined("\u{1F468}\u{200D}") == ["\u{1F468}", "", "<", "U", "+", "2", "0", "0", "D", ">"])
    #expect(
      joined("\u{200D}\u{1F468}") == ["<", "U", "+", "2", "0", "0", "D", ">", "\u{1F468}", ""])
  }

  @Test func subdivisionFlagTagsAreDroppedAndStrayTagsShown() {
    let flag = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
    #expect(cells(of: flag, role: .text).map(\.text) == ["\u{1F3F4}", ""])
    #expect(cells(of: "a\u{E0041}", role: .text).map(\.text).joined() == "a<U+E0041>")
  }

  @Test func strayVS16IsDroppedAndSkinTonesAfterAnEmojiAreLeftOut() {
    #expect(cells(of: "\u{FE0F}a", role: .text).map(\.text) == ["a"])
    #expect(displayWidth(of: "\u{1F44D}\u{1F3FD}") == 2)
  }

  @Test func charactersWithoutWidthAreShown() {
    #expect(cells(of: "a\u{2028}b", role: .text).map(\.text).joined() == "a<U+2028>b")
    #expect(cells(of: "\u{0378}", role: .text).map(\.text).joined() == "<U+0378>")
  }
}

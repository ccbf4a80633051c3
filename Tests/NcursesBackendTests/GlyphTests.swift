import ReaderScreen
import Testing

@testable import NcursesBackend

/// The width function is given explicitly, so these do not depend on the test's locale.
private func width(_ scalar: Unicode.Scalar) -> Int {
  switch scalar.value {
  case 0x300...0x36F, 0x200D, 0xFE0F: 0
  case 0x1100...0x115F, 0x3000...0x9FFF, 0x1F300...0x1FAFF: 2
  case 0..<0x20, 0x7F..<0xA0: -1
  default: 1
  }
}

@Suite struct GlyphTests {
  /// In a locale that is not UTF-8 (`LC_ALL=C`) `wcwidth` measures ASCII only: the panes'
  /// lines and marks are drawn in ASCII, other text as `?`.
  @Test func withoutUnicodeLinesAndMarksAreDrawnInASCII() {
    func ascii(_ scalar: Unicode.Scalar) -> Int { scalar.isASCII ? 1 : -1 }
    let drawn = ["│", "─", "┼", "▸", "•", "…", "·", "—", "“", "’", "▏", "↓", "↑", "é"].map {
      glyph(for: $0, expectedWidth: 1, limit: 5, measure: ascii)
    }
    #expect(
      drawn
        == ["|", "-", "+", ">", "*", "~", ".", "-", "\"", "'", "|", "v", "^", "?"].map {
          Glyph.substitute($0, columns: 1)
        })
    #expect(
      glyph(for: "漢", expectedWidth: 2, limit: 5, measure: ascii) == .substitute("?", columns: 2))
    // Where Unicode can be shown, the same characters are themselves.
    #expect(glyph(for: "│", expectedWidth: 1, limit: 5, measure: width) == .text(["│"]))
  }

  @Test func theStatusLineIsToldWhenOnlyASCIICanBeShown() {
    #expect(TerminalCapabilities(colorCount: 8, width: 80, height: 24).unicodeNotice == nil)
    let notice = TerminalCapabilities(
      colorCount: 8, width: 80, height: 24, characterSet: "ANSI_X3.4-1968"
    ).unicodeNotice
    #expect(notice?.hasPrefix("the locale is ANSI_X3.4-1968, not UTF-8") == true)
  }

  @Test func plainCharactersPassThrough() {
    #expect(glyph(for: "a", expectedWidth: 1, limit: 5, measure: width) == .text(["a"]))
    #expect(glyph(for: "漢", expectedWidth: 2, limit: 5, measure: width) == .text(["漢"]))
  }

  @Test func combiningMarksStayWithTheirBase() {
    #expect(
      glyph(for: "e\u{301}", expectedWidth: 1, limit: 5, measure: width)
        == .text(["e", "\u{301}"]))
  }

  @Test func aControlCharacterNeverReachesTheTerminal() {
    #expect(
      glyph(for: "\u{1B}", expectedWidth: 1, limit: 5, measure: width)
        == .substitute("?", columns: 1))
    #expect(
      glyph(for: "\u{1B}[31m", expectedWidth: 1, limit: 5, measure: width)
        == .substitute("?", columns: 1))
    #expect(
      glyph(for: "\u{9B}", expectedWidth: 1, limit: 5, measure: width)
        == .substitute("?", columns: 1))
    #expect(
      glyph(for: "\u{7F}", expectedWidth: 1, limit: 5, measure: width)
        == .substitute("?", columns: 1))
    // Trailing controls and trailing spacing characters are dropped, the base is kept.
    #expect(glyph(for: "a\u{7}b", expectedWidth: 1, limit: 5, measure: width) == .text(["a"]))
  }

  @Test func aWidthMismatchIsReplacedToKeepTheRowAligned() {
    #expect(
      glyph(for: "漢", expectedWidth: 1, limit: 5, measure: width) == .substitute("?", columns: 1))
    #expect(
      glyph(for: "a", expectedWidth: 2, limit: 5, measure: width) == .substitute("?", columns: 2))
    #expect(
      glyph(for: "\u{301}", expectedWidth: 1, limit: 5, measure: width)
        == .substitute("?", columns: 1))
  }

  @Test func emptyTextIsBlank() {
    #expect(
      glyph(for: "", expectedWidth: 1, limit: 5, measure: width) == .substitute(" ", columns: 1))
  }

  @Test func atMostLimitScalarsAreKept() {
    let text = "a" + String(repeating: "\u{301}", count: 8)
    #expect(
      glyph(for: text, expectedWidth: 1, limit: 5, measure: width)
        == .text(["a", "\u{301}", "\u{301}", "\u{301}", "\u{301}"]))
  }

  /// Half a flag is one column for glibc (and curses) but two for pyte, kitty and others; sent
  /// raw, the rest of its row moved and a later update overwrote half of a wide character.
  @Test func regionalIndicatorsBecomeTheirLetters() {
    #expect(
      glyph(for: "\u{1F1FA}", expectedWidth: 1, limit: 5, measure: width)
        == .substitute("U", columns: 1))
    #expect(
      glyph(for: "\u{1F1E6}", expectedWidth: 1, limit: 5, measure: width)
        == .substitute("A", columns: 1))
    #expect(
      glyph(for: "\u{1F1FF}", expectedWidth: 1, limit: 5, measure: width)
        == .substitute("Z", columns: 1))
    #expect(StandIn.regionalIndicatorLetter("\u{1F1E5}") == nil)
    #expect(StandIn.regionalIndicatorLetter("\u{1F200}") == nil)
  }

  @Test func charactersOfDisputedWidthAreReplaced() {
    #expect(
      glyph(for: "\u{2630}", expectedWidth: 1, limit: 5, measure: width)
        == .substitute("?", columns: 1))
    #expect(StandIn.isDisputed("\u{3164}"))
    #expect(StandIn.isDisputed("\u{1D376}"))
    #expect(!StandIn.isDisputed("\u{2638}"))
    #expect(!StandIn.isDisputed("漢"))
  }
}

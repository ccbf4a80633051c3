import ReaderScreen
import TestSupport
import Testing

/// Issue 5: text that reaches the screen can never drive the terminal. Every escape, control
/// and invisible character comes out as visible ASCII in `.control` (`⟦ctl:…⟧` below), and the
/// rest of the sequence as ordinary text.
@Suite struct HostileScreenTests {
  @Test func csiColoursCursorMovesAndErasesAreShown() {
    #expect(shown("\u{1B}[1;31mred\u{1B}[0m") == "⟦ctl:^[⟧[1;31mred⟦ctl:^[⟧[0m")
    #expect(
      shown("a\u{1B}[H\u{1B}[10;20Hb\u{1B}[5A\u{1B}[2K")
        == "a⟦ctl:^[⟧[H⟦ctl:^[⟧[10;20Hb⟦ctl:^[⟧[5A⟦ctl:^[⟧[2K")
    #expect(shown("\u{1B}[2J\u{1B}[3J\u{1B}c") == "⟦ctl:^[⟧[2J⟦ctl:^[⟧[3J⟦ctl:^[⟧c")
  }

  @Test func oscTitlesWithEitherTerminatorAreShown() {
    #expect(shown("\u{1B}]0;owned\u{07}x") == "⟦ctl:^[⟧]0;owned⟦ctl:^G⟧x")
    #expect(shown("\u{1B}]2;owned\u{1B}\\x") == "⟦ctl:^[⟧]2;owned⟦ctl:^[⟧\\x")
  }

  @Test func oscHyperlinkIsShownWithItsTarget() {
    #expect(
      shown("\u{1B}]8;;http://a.invalid/\u{1B}\\go\u{1B}]8;;\u{1B}\\")
        == "⟦ctl:^[⟧]8;;http://a.invalid/⟦ctl:^[⟧\\go⟦ctl:^[⟧]8;;⟦ctl:^[⟧\\")
  }

  @Test func oscClipboardWriteIsShown() {
    #expect(shown("\u{1B}]52;c;cm0gLXJm\u{07}") == "⟦ctl:^[⟧]52;c;cm0gLXJm⟦ctl:^G⟧")
  }

  @Test func dcsInSevenAndEightBitFormsIsShown() {
    #expect(shown("\u{1B}P+q544e\u{1B}\\") == "⟦ctl:^[⟧P+q544e⟦ctl:^[⟧\\")
    #expect(shown("\u{90}1$r\u{9C}") == "⟦ctl:<U+0090>⟧1$r⟦ctl:<U+009C>⟧")
  }

  @Test func oscLeftOpenAtTheEndSwallowsNothing() {
    // A terminal would eat everything after an unterminated OSC; here it is plain text.
    #expect(shown("end \u{1B}]0;never closed") == "end ⟦ctl:^[⟧]0;never closed")
    #expect(wrappedText("end \u{1B}]0;never closed", width: 16) == ["end ⟦^[⟧]0;never", "closed"])
  }

  @Test func everyC0ControlButTabIsCaretNotation() {
    for value in UInt8(0)..<0x20 where value != 0x09 {
      let control = String(Unicode.Scalar(value))
      let caret = "^" + String(Unicode.Scalar(value ^ 0x40))
      #expect(shown("a" + control + "b") == "a⟦ctl:\(caret)⟧b", "byte \(value)")
    }
    #expect(
      shown("bel\u{07}bs\u{08}cr\rnul\u{00}del\u{7F}")
        == "bel⟦ctl:^G⟧bs⟦ctl:^H⟧cr⟦ctl:^M⟧nul⟦ctl:^@⟧del⟦ctl:^?⟧")
  }

  @Test func everyC1ControlIsItsCodePoint() {
    for value in UInt32(0x80)...0x9F {
      let control = String(Unicode.Scalar(value)!)
      let hex = String(value, radix: 16, uppercase: true)
      #expect(shown("a" + control + "b") == "a⟦ctl:<U+00\(hex)>⟧b")
    }
    // The 8-bit CSI cannot start a sequence either.
    #expect(shown("\u{9B}2J\u{9B}31m") == "⟦ctl:<U+009B>⟧2J⟦ctl:<U+009B>⟧31m")
  }

  @Test func everyBidiControlIsShownSoNothingIsReordered() {
    for value in Array(UInt32(0x202A)...0x202E) + Array(UInt32(0x2066)...0x2069) {
      let control = String(Unicode.Scalar(value)!)
      let hex = String(value, radix: 16, uppercase: true)
      #expect(shown("ab" + control + "cd") == "ab⟦ctl:<U+\(hex)>⟧cd")
    }
    #expect(shown("\u{200E}\u{200F}\u{061C}") == "⟦ctl:<U+200E><U+200F><U+061C>⟧")
  }

  @Test func zeroWidthCharactersAreShown() {
    #expect(
      shown("a\u{200B}b\u{2060}c\u{FEFF}d\u{180E}e")
        == "a⟦ctl:<U+200B>⟧b⟦ctl:<U+2060>⟧c⟦ctl:<U+FEFF>⟧d⟦ctl:<U+180E>⟧e")
    // Joiners between ASCII letters hide nothing legitimate: shown.
    #expect(shown("pass\u{200C}word\u{200D}") == "pass⟦ctl:<U+200C>⟧word⟦ctl:<U+200D>⟧")
  }

  @Test func controlsStayVisibleWhenWrappedAcrossLines() {
    #expect(
      wrappedText("x \u{1B}]0;t\u{07} \u{202E}abc", width: 10)
        == ["x ⟦^[⟧]0;t⟦^G⟧", "⟦<U+202E>⟧ab", "c"])
    // Longer than a line, a visible control is cut between its characters, still visible.
    let lines = wrap([TextRun("\u{2067}")], width: 3)
    #expect(lines.map { $0.cells.map(\.text).joined() } == ["<U+", "206", "7>"])
    #expect(lines.allSatisfy { $0.cells.allSatisfy { $0.role == .control } })
  }

  @Test func wideCharacterInAPanesLastColumnLeavesASpaceAndTouchesNothingBeyond() {
    // A pane of 5 columns at x = 3, with a border at column 8.
    var screen = Screen(width: 10, height: 1)
    screen.put("|", x: 8, y: 0, role: .border, maxWidth: 1)
    let advance = screen.put("abcd漢字", x: 3, y: 0, role: .text, maxWidth: 5)
    #expect(advance == 5)
    #expect(screen.styledText(marking: [.border]) == "   abcd ⟦bd:|⟧")
    #expect(screen[7, 0] == .blank(.text))
    #expect(frameProblem(in: screen) == nil)
    // The same at the screen's own edge.
    var edge = Screen(width: 5, height: 1)
    edge.put("abcd漢", x: 0, y: 0, role: .text, maxWidth: 99)
    #expect(edge.cells.map(\.text) == ["a", "b", "c", "d", " "])
  }

  @Test func wideCharacterOverwrittenByHalfLeavesNoStrayHalf() {
    var screen = Screen(width: 6, height: 1)
    screen.put("漢字漢", x: 0, y: 0, role: .text, maxWidth: 6)
    screen.put("x", x: 1, y: 0, role: .title, maxWidth: 1)
    screen.put("y", x: 4, y: 0, role: .title, maxWidth: 1)
    #expect(screen.cells.map(\.text) == [" ", "x", "字", "", "y", " "])
    #expect(frameProblem(in: screen) == nil)
  }

  @Test func hundredThousandMarksOnOneBaseStayInOneCellWhenWrappedAndPut() {
    let marks = String(repeating: "\u{0301}", count: 100_000)
    let lines = wrap([TextRun("a" + marks + " bc")], width: 3)
    #expect(lines.map(\.width) == [1, 2])
    #expect(lines[0].cells.count == 1)
    #expect(lines[0].cells[0].text == "a" + String(repeating: "\u{0301}", count: 4))
    var screen = Screen(width: 4, height: 1)
    #expect(screen.put("a" + marks + "b", x: 0, y: 0, role: .text, maxWidth: 4) == 2)
    #expect(screen.text() == "a\u{0301}\u{0301}\u{0301}\u{0301}b")
  }

  @Test func emojiFlagsAndCJKNeverOverflowANarrowPane() {
    let text = "👨‍👩‍👧 🇯🇵 ❤️ 漢字かな e\u{0301} \t tab"
    for width in 1...6 {
      for line in wrap([TextRun(text)], width: width, firstIndent: 1, restIndent: 2) {
        #expect(line.indent + line.width <= width, "width \(width)")
        #expect(rowProblem(in: line.cells) == nil, "width \(width)")
      }
      var screen = Screen(width: width + 2, height: 1)
      screen.put(text, x: 1, y: 0, role: .text, maxWidth: width)
      #expect(frameProblem(in: screen) == nil)
      #expect(screen[0, 0] == .blank() && screen[width + 1, 0] == .blank(), "width \(width)")
    }
  }

  /// The Big List of Naughty Strings, every line through cells, wrap and put.
  @Test(
    .enabled(
      if: SharedFixtures.runs(needing: "testdata/blns.txt"), "blns.txt is not next to the package"))
  func bigListOfNaughtyStringsRendersSoundly() throws {
    let bytes = readFileBytes(try #require(SharedFixtures.testData("blns.txt")))
    let lines = String(decoding: bytes, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count > 500)
    var failures: [String] = []
    for (number, line) in lines.enumerated() {
      let text = String(line)
      if let problem = rowProblem(in: cells(of: text, role: .text)) {
        failures.append("line \(number + 1) cells: \(problem)")
      }
      for width in [1, 2, 7, 30] {
        for wrapped in wrap([TextRun(text)], width: width, firstIndent: 2, restIndent: 1) {
          if wrapped.indent + wrapped.width > width {
            failures.append("line \(number + 1) overflows width \(width)")
          }
          if let problem = rowProblem(in: wrapped.cells) {
            failures.append("line \(number + 1) wrapped at \(width): \(problem)")
          }
        }
      }
      var screen = Screen(width: 9, height: 1)
      screen.put(text, x: 2, y: 0, role: .text, maxWidth: 5)
      if let problem = frameProblem(in: screen) {
        failures.append("line \(number + 1) put: \(problem)")
      }
      if screen[0, 0] != .blank() || screen[1, 0] != .blank() || screen[7, 0] != .blank() {
        failures.append("line \(number + 1) put outside its columns")
      }
    }
    #expect(failures == [])
  }
}

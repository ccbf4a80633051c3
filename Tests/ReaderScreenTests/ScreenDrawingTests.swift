import ReaderScreen
import Testing

/// Row `y` as a readable string: each cell's text, `·` for a continuation.
private func row(_ screen: Screen, _ y: Int) -> String {
  (0..<screen.width).map { screen[$0, y].width == 0 ? "·" : screen[$0, y].text }.joined()
}

@Suite struct ScreenDrawingTests {
  @Test func putClipsAtMaxWidth() {
    var screen = Screen(width: 10, height: 1)
    #expect(screen.put("abcdef", x: 2, y: 0, role: .text, maxWidth: 3) == 3)
    #expect(row(screen, 0) == "  abc     ")
  }

  @Test func wideCharacterOnTheLastColumnBecomesASpace() {
    var screen = Screen(width: 6, height: 1, fill: Cell(text: ".", width: 1, role: .text))
    #expect(screen.put("a漢字", x: 0, y: 0, role: .title, maxWidth: 4) == 4)
    #expect(row(screen, 0) == "a漢· ..")
    #expect(screen[3, 0] == Cell.blank(.title))
  }

  @Test func wideCharacterAtTheScreenEdge() {
    var screen = Screen(width: 5, height: 1)
    #expect(screen.put("ab漢字", x: 1, y: 0, role: .text, maxWidth: 100) == 4)
    #expect(row(screen, 0) == " ab漢·")
    screen.put("字", x: 4, y: 0, role: .text, maxWidth: 10)
    #expect(row(screen, 0) == " ab  ")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var screen = Screen(width: 6, height: 1)
    screen.put("漢字", x: 0, y: 0, role: .text, maxWidth: 6)
    screen.put("x", x: 1, y: 0, role: .text, maxWidth: 1)
    #expect(row(screen, 0) == " x字·  ")
    screen.put("y", x: 2, y: 0, role: .text, maxWidth: 1)
    #expect(row(screen, 0) == " xy   ")
    screen.put("漢字", x: 0, y: 0, role: .text, maxWidth: 6)
    screen.put("語", x: 1, y: 0, role: .text, maxWidth: 2)
    #expect(row(screen, 0) == " 語·   ")
  }

  @Test func putOutsideTheScreenDoesNothing() {
    var screen = Screen(width: 3, height: 2)
    #expect(screen.put("abc", x: 0, y: 2, role: .text, maxWidth: 3) == 0)
    #expect(screen.put("abc", x: 3, y: 0, role: .text, maxWidth: 3) == 0)
    #expect(screen.put("abc", x: -1, y: 0, role: .text, maxWidth: 3) == 3)
    #expect(row(screen, 0) == "bc ")
    #expect(screen.put("漢b", x: -1, y: 1, role: .text, maxWidth: 3) == 3)
    #expect(row(screen, 1) == " b ")
  }

  @Test func fillAndSetRole() {
    var screen = Screen(width: 4, height: 3)
    screen.fill(
      Rect(x: 1, y: 1, width: 5, height: 5), with: Cell(text: "#", width: 1, role: .border))
    #expect(row(screen, 0) == "    ")
    #expect(row(screen, 1) == " ###")
    #expect(screen[3, 2] == Cell(text: "#", width: 1, role: .border))
    screen.put("漢", x: 0, y: 0, role: .text, maxWidth: 2)
    screen.setRole(.selection, in: Rect(x: 1, y: 0, width: 1, height: 1))
    #expect(screen[0, 0].role == .selection)
    #expect(screen[1, 0].role == .selection)
    #expect(screen[2, 0].role == .text)
    #expect(row(screen, 0) == "漢·  ")
  }

  /// A fill over wide characters: those across its edges lose their outer half, those inside
  /// are overwritten whole, as if each cell had been put one by one.
  @Test func fillOverWideCharactersBlanksTheHalvesOutside() {
    var screen = Screen(width: 8, height: 2)
    for y in 0..<2 { screen.put("漢字漢字", x: 0, y: y, role: .title, maxWidth: 8) }
    screen.fill(
      Rect(x: 1, y: 0, width: 4, height: 1), with: Cell(text: "#", width: 1, role: .border))
    #expect(row(screen, 0) == " #### 字·")
    #expect(screen[0, 0] == Cell.blank(.title))
    #expect(screen[5, 0] == Cell.blank(.title))
    screen.fill(
      Rect(x: 2, y: 1, width: 4, height: 1), with: Cell(text: "#", width: 1, role: .border))
    #expect(row(screen, 1) == "漢·####字·")
    var oneByOne = Screen(width: 8, height: 1)
    oneByOne.put("漢字漢字", x: 0, y: 0, role: .title, maxWidth: 8)
    oneByOne.put(
      Array(repeating: Cell(text: "#", width: 1, role: .border), count: 4), x: 1, y: 0,
      maxWidth: 4)
    #expect(oneByOne.cells == Array(screen.cells[0..<8]))
  }

  @Test func rectHelpers() {
    let rect = Rect(x: 2, y: 1, width: 5, height: 3)
    #expect(rect.contains(x: 2, y: 1))
    #expect(!rect.contains(x: 7, y: 1))
    #expect(rect.inset(by: 1) == Rect(x: 3, y: 2, width: 3, height: 1))
    #expect(rect.inset(left: 9).width == 0)
    #expect(
      rect.intersection(Rect(x: 5, y: 0, width: 10, height: 2))
        == Rect(x: 5, y: 1, width: 2, height: 1))
  }
}

import ReaderScreen
import Testing

@Suite struct ScreenSnapshotTests {
  @Test func textSkipsContinuationsAndTrimsRows() {
    var screen = Screen(width: 8, height: 2)
    screen.put("漢字 ab", x: 0, y: 0, role: .text, maxWidth: 8)
    #expect(screen.text() == "漢字 ab\n")
  }

  @Test func styledTextMarksRoleRuns() {
    var screen = Screen(width: 26, height: 2)
    var x = screen.put("Highlight ", x: 0, y: 0, role: .text, maxWidth: 26)
    x += screen.put("the phrase", x: x, y: 0, role: .highlight, maxWidth: 26)
    screen.put(" here", x: x, y: 0, role: .text, maxWidth: 26)
    screen.put("Title", x: 0, y: 1, role: .text, maxWidth: 26)
    screen.setRole(.selection, in: Rect(x: 0, y: 1, width: 8, height: 1))
    #expect(screen.styledText() == "Highlight ⟦hl:the phrase⟧ here\n⟦sel:Title   ⟧")
    #expect(screen.styledText(marking: [.selection]) == "Highlight the phrase here\n⟦sel:Title   ⟧")
    #expect(
      screen.styledText(marking: [.text])
        == "⟦tx:Highlight ⟧the phrase⟦tx: here ⟧\nTitle   ⟦tx:" + String(repeating: " ", count: 18)
        + "⟧")
  }

  @Test func everyRoleHasADistinctCode() {
    #expect(Set(Role.allCases.map(\.snapshotCode)).count == Role.allCases.count)
  }
}

@Suite struct ScreenDiffTests {
  @Test func nilOrResizedOldRedrawsEveryRow() {
    let screen = Screen(width: 3, height: 2)
    #expect(
      changedRuns(from: nil, to: screen).map { [$0.x, $0.y, $0.cells.count] } == [
        [0, 0, 3], [0, 1, 3],
      ])
    #expect(changedRuns(from: Screen(width: 4, height: 2), to: screen).count == 2)
  }

  @Test func onlyChangedStretchesAreReported() {
    let old = Screen(width: 10, height: 2)
    var new = old
    #expect(changedRuns(from: old, to: new).isEmpty)
    new.put("ab", x: 1, y: 0, role: .text, maxWidth: 2)
    new.put("c", x: 6, y: 0, role: .text, maxWidth: 1)
    new.setRole(.status, in: Rect(x: 9, y: 1, width: 1, height: 1))
    let runs = changedRuns(from: old, to: new)
    #expect(
      runs == [
        ScreenRun(
          x: 1, y: 0,
          cells: [Cell(text: "a", width: 1, role: .text), Cell(text: "b", width: 1, role: .text)]),
        ScreenRun(x: 6, y: 0, cells: [Cell(text: "c", width: 1, role: .text)]),
        ScreenRun(x: 9, y: 1, cells: [.blank(.status)]),
      ])
  }

  @Test func runsHoldWholeWideCharacters() {
    var old = Screen(width: 6, height: 1)
    old.put("漢字", x: 0, y: 0, role: .text, maxWidth: 6)
    var new = old
    new.setRole(.highlight, in: Rect(x: 3, y: 0, width: 1, height: 1))
    // Recolouring the right half recolours the whole character, and the run holds both.
    let runs = changedRuns(from: old, to: new)
    #expect(runs.map(\.x) == [2])
    #expect(runs[0].cells.map(\.width) == [2, 0])
  }

  @Test func aWideCharacterReplacingNarrowOnesIsOneRun() {
    var old = Screen(width: 6, height: 1)
    old.put("abcdef", x: 0, y: 0, role: .text, maxWidth: 6)
    var new = old
    new.put("漢", x: 3, y: 0, role: .text, maxWidth: 2)
    #expect(changedRuns(from: old, to: new).map { [$0.x, $0.cells.count] } == [[3, 2]])
    // Only the right half differs from a wide character one column to the left: the run still
    // starts on the left half.
    var shifted = Screen(width: 6, height: 1)
    shifted.put("a漢漢", x: 0, y: 0, role: .text, maxWidth: 6)
    var moved = shifted
    moved.put("字", x: 3, y: 0, role: .text, maxWidth: 2)
    #expect(changedRuns(from: shifted, to: moved).map { [$0.x, $0.cells.count] } == [[3, 2]])
  }

  @Test func spansMatchTheRuns() {
    var old = Screen(width: 8, height: 3)
    old.put("漢字 ab", x: 0, y: 1, role: .text, maxWidth: 8)
    var new = old
    new.put("x", x: 1, y: 1, role: .text, maxWidth: 1)
    new.put("yz", x: 5, y: 2, role: .text, maxWidth: 2)
    var spans: [[Int]] = []
    forEachChangedSpan(from: old, to: new) { y, columns in
      spans.append([y, columns.lowerBound, columns.upperBound])
    }
    #expect(spans == [[1, 0, 2], [2, 5, 7]])
    #expect(changedRuns(from: old, to: new).map { [$0.y, $0.x, $0.x + $0.cells.count] } == spans)
  }
}

import ReaderScreen
import Testing

@testable import NcursesBackend

@Suite struct ChangedSpansTests {
  private func screen(_ rows: [String]) -> Screen {
    var result = Screen(width: rows[0].count, height: rows.count)
    for (y, row) in rows.enumerated() {
      for (x, character) in row.enumerated() {
        result[x, y] =
          character == "_"
          ? Cell(text: "", width: 0, role: .text)
          : character == "W"
            ? Cell(text: "漢", width: 2, role: .text)
            : Cell(text: String(character), width: 1, role: .text)
      }
    }
    return result
  }

  @Test func everythingWithoutAPreviousFrame() {
    #expect(
      changedSpans(from: nil, to: screen(["abc", "def"]))
        == [RowSpan(row: 0, columns: 0..<3), RowSpan(row: 1, columns: 0..<3)])
  }

  @Test func everythingAfterASizeChange() {
    #expect(
      changedSpans(from: screen(["ab"]), to: screen(["abc"])) == [RowSpan(row: 0, columns: 0..<3)])
  }

  @Test func nothingWhenEqual() {
    #expect(changedSpans(from: screen(["abc", "def"]), to: screen(["abc", "def"])) == [])
  }

  @Test func fromFirstToLastChangeOfEachRow() {
    #expect(
      changedSpans(from: screen(["abcdef", "ghijkl"]), to: screen(["aXcdYf", "ghijkl"]))
        == [RowSpan(row: 0, columns: 1..<5)])
  }

  @Test func roleChangesCount() {
    var next = screen(["abc"])
    next[1, 0].role = .highlight
    #expect(changedSpans(from: screen(["abc"]), to: next) == [RowSpan(row: 0, columns: 1..<2)])
  }

  @Test func wideCharactersAreNeverCutInHalf() {
    // Only the continuation changed (was "c"): the span starts at the wide character.
    #expect(
      changedSpans(from: screen(["aWcd"]), to: screen(["aW_d"])) == [
        RowSpan(row: 0, columns: 1..<3)
      ])
    // A wide character as the last change takes its continuation along.
    #expect(
      changedSpans(from: screen(["abcd"]), to: screen(["aW_d"])) == [
        RowSpan(row: 0, columns: 1..<3)
      ])
  }
}

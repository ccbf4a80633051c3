import Testing

@Suite struct StyledCaptureTests {
  private func bold(_ capture: String) -> String {
    StyledCapture(capture).rows.map { row in
      String(String.UnicodeScalarView(row.map { $0.bold ? $0.scalar : "." }))
    }.joined(separator: "|")
  }

  @Test func boldIsSetAndClearedBySGR() {
    #expect(bold("a\u{1B}[1mbc\u{1B}[0md") == ".bc.")
    #expect(bold("\u{1B}[1;33mab\u{1B}[22mc") == "ab.")
    #expect(bold("\u{1B}[0;1mab\u{1B}[0;3mc") == "ab.")
    #expect(bold("\u{1B}[1mab\u{1B}[mc") == "ab.")
  }

  @Test func stylesCarryAcrossLines() {
    #expect(bold("\u{1B}[1mab\ncd\u{1B}[0m\nef") == "ab|cd|..")
  }

  @Test func colourArgumentsAreNotCodesOfTheirOwn() {
    #expect(bold("\u{1B}[38;5;1mab") == "..")
    #expect(bold("\u{1B}[48;2;1;1;1mab") == "..")
    #expect(bold("\u{1B}[38:5:1mab") == "..")
    #expect(bold("\u{1B}[38;5;214;1mab") == "ab")
  }

  @Test func colourIsTracked() {
    let cells = StyledCapture("a\u{1B}[33mb\u{1B}[39mc\u{1B}[100md\u{1B}[0me").rows[0]
    #expect(cells.map(\.coloured) == [false, true, false, true, false])
  }

  @Test func anOccurrenceComesWithItsNeighbours() throws {
    let capture = StyledCapture("xx\nsay \u{1B}[1mhello\u{1B}[0m there")
    let found = try #require(capture.occurrence(of: "hello"))
    #expect(String(String.UnicodeScalarView(found.cells.map(\.scalar))) == "hello")
    #expect(found.before?.scalar == " " && found.after?.scalar == " ")
    #expect(capture.occurrence(of: "x\ns") == nil)
    #expect(capture.lines == ["xx", "say hello there"])
  }
}

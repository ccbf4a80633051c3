import ReaderScreen
import Testing

@Suite struct CellTests {
  @Test func blankIsOneSpaceInTheGivenRole() {
    #expect(Cell.blank(.status) == Cell(text: " ", width: 1, role: .status))
  }

  /// Text, width and role come back as they went in, each set without disturbing the others,
  /// for every role and for scalars up to U+10FFFF.
  @Test func fieldsRoundTripInTheirBits() {
    let texts = ["a", "é\u{301}", "漢", "\u{10FFFF}", "", "e\u{301}\u{302}\u{303}\u{304}", "👍🏽"]
    for role in Role.allCases {
      for text in texts {
        for width in [0, 1, 2] as [UInt8] {
          var cell = Cell(text: text, width: width, role: role)
          #expect(cell.text == text && cell.width == width && cell.role == role)
          #expect(cell.scalarCount == text.unicodeScalars.count)
          cell.role = .overlayTitle
          cell.width = 1
          #expect(cell.text == text && cell.width == 1 && cell.role == .overlayTitle)
          cell.text = "x"
          #expect(cell.text == "x" && cell.width == 1 && cell.role == .overlayTitle)
        }
      }
    }
  }

  /// `plainByte(in:)` answers exactly for one printable ASCII character, one column wide, in
  /// the role its key was made for: the encoder's fast path relies on nothing else passing.
  @Test func plainByteIsOnePrintableASCIICharacterInOneColumnAndTheRole() {
    let texts = ["a", " ", "~", "\u{7F}", "\u{1F}", "é", "e\u{301}", "漢", "", "ab"]
    for keyRole in Role.allCases {
      let key = Cell.plainKey(keyRole)
      for role in Role.allCases {
        for text in texts {
          for width in [0, 1, 2] as [UInt8] {
            let cell = Cell(text: text, width: width, role: role)
            let expected = width == 1 && role == keyRole ? cell.singleASCII : nil
            #expect(cell.plainByte(in: key) == expected, "\(cell) in \(keyRole)")
          }
        }
      }
    }
    #expect(Cell.blank(.text).plainByte(in: .max) == nil)
  }

  /// Five scalars fit, as in a curses cell; a sixth is not kept.
  @Test func aCellKeepsAtMostFiveScalars() {
    var cell = Cell("e", width: 1, role: .text)
    for mark in ["\u{301}", "\u{302}", "\u{303}", "\u{304}"] as [Unicode.Scalar] {
      let kept = cell.append(mark)
      #expect(kept)
    }
    let sixth = cell.append("\u{305}")
    #expect(!sixth)
    #expect(cell.text == "e\u{301}\u{302}\u{303}\u{304}")
    #expect(Cell(text: "e\u{301}\u{302}\u{303}\u{304}\u{305}", width: 1, role: .text) == cell)
  }

  /// Equal cells are equal bits, so equal text, width and role hash and compare alike, and a
  /// difference in any one of them tells them apart.
  @Test func equalityIsThatOfTextWidthAndRole() {
    let base = Cell(text: "é", width: 1, role: .text)
    #expect(base == Cell("é", width: 1, role: .text))
    #expect(base.hashValue == Cell("é", width: 1, role: .text).hashValue)
    #expect(base != Cell(text: "e\u{301}", width: 1, role: .text))
    #expect(base != Cell(text: "é", width: 2, role: .text))
    #expect(base != Cell(text: "é", width: 1, role: .title))
    #expect(Cell(" ", width: 1, role: .text).singleASCII == 0x20)
    #expect(Cell("é", width: 1, role: .text).singleASCII == nil)
    #expect(Cell(text: "", width: 0, role: .text).firstScalar == nil)
  }
}

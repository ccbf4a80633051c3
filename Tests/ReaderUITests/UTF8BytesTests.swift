import ReaderUI
import Testing

/// Bytes read one at a time (curses in an ASCII locale) made into characters.
@Suite struct UTF8BytesTests {
  private func scalars(_ bytes: [UInt8]) -> String {
    var assembler = UTF8Bytes()
    var text = String.UnicodeScalarView()
    for byte in bytes {
      if let scalar = assembler.feed(byte) { text.append(scalar) }
    }
    return String(text)
  }

  @Test func asciiAndWholeCharactersComeOut() {
    #expect(scalars(Array("aé b“漢𝄞".utf8)) == "aé b“漢𝄞")
  }

  @Test func aCharacterIsPartialUntilItsLastByte() {
    var assembler = UTF8Bytes()
    #expect(assembler.feed(0xE2) == nil)
    #expect(assembler.isPartial)
    #expect(assembler.feed(0x80) == nil)
    #expect(assembler.feed(0x9C) == "“")
    #expect(!assembler.isPartial)
  }

  /// An 8-bit Alt key or a Latin-1 letter is dropped alone: what follows is kept.
  @Test func aByteThatIsNotUTF8IsDroppedAlone() {
    #expect(scalars([0xE9, 0x20, 0x62]) == " b")
    #expect(scalars([0xC3, 0x62, 0xC3, 0xA9]) == "bé")
    #expect(scalars([0x80, 0xFF, 0xC0, 0xAF, 0x71]) == "q")
  }

  @Test func overlongFormsAndSurrogatesAreNoCharacters() {
    #expect(scalars([0xE0, 0x80, 0xAF]) == "")
    #expect(scalars([0xED, 0xA0, 0x80]) == "")
    #expect(scalars([0xF4, 0x90, 0x80, 0x80]) == "")
  }

  @Test func resetForgetsAPartialCharacter() {
    var assembler = UTF8Bytes()
    _ = assembler.feed(0xC3)
    assembler.reset()
    #expect(assembler.feed(0xA9) == nil)
    #expect(assembler.feed(0x71) == "q")
  }
}

import CNcursesw
import NcursesBackend
import ReaderUI
import Testing

@Suite struct KeyDecodingTests {
  @Test func printableCharactersAreCharacters() {
    #expect(decodeKey(.character(0x71)) == .character("q"))
    #expect(decodeKey(.character(0x20)) == .character(" "))
    #expect(decodeKey(.character(0xE9)) == .character("é"))
    #expect(decodeKey(.character(0x6F22)) == .character("漢"))
  }

  @Test func enterTabEscapeAndBackspaceHaveTheirOwnKeys() {
    #expect(decodeKey(.character(0x0D)) == .enter)
    #expect(decodeKey(.character(0x0A)) == .enter)
    #expect(decodeKey(.keyCode(KEY_ENTER)) == .enter)
    #expect(decodeKey(.character(0x09)) == .tab)
    #expect(decodeKey(.keyCode(KEY_BTAB)) == .backTab)
    #expect(decodeKey(.character(0x1B)) == .escape)
    #expect(decodeKey(.character(0x7F)) == .backspace)
    #expect(decodeKey(.character(0x08)) == .backspace)
    #expect(decodeKey(.keyCode(KEY_BACKSPACE)) == .backspace)
    #expect(decodeKey(.keyCode(KEY_DC)) == .delete)
  }

  @Test func controlLettersAreLowercase() {
    #expect(decodeKey(.character(0x01)) == .control("a"))
    #expect(decodeKey(.character(0x06)) == .control("f"))
    #expect(decodeKey(.character(0x1A)) == .control("z"))
  }

  @Test func cursorKeys() {
    #expect(decodeKey(.keyCode(KEY_UP)) == .up)
    #expect(decodeKey(.keyCode(KEY_DOWN)) == .down)
    #expect(decodeKey(.keyCode(KEY_LEFT)) == .left)
    #expect(decodeKey(.keyCode(KEY_RIGHT)) == .right)
    #expect(decodeKey(.keyCode(KEY_PPAGE)) == .pageUp)
    #expect(decodeKey(.keyCode(KEY_NPAGE)) == .pageDown)
    #expect(decodeKey(.keyCode(KEY_HOME)) == .home)
    #expect(decodeKey(.keyCode(KEY_END)) == .end)
  }

  @Test func functionKeysAreNumberedFromOne() {
    #expect(decodeKey(.keyCode(reader_key_f(1))) == .function(1))
    #expect(decodeKey(.keyCode(reader_key_f(12))) == .function(12))
    #expect(decodeKey(.keyCode(reader_key_f(0))) == nil)
  }

  @Test func inputWithoutAKeyIsDropped() {
    #expect(decodeKey(.character(0x00)) == nil)
    #expect(decodeKey(.character(0x1C)) == nil)
    #expect(decodeKey(.character(0x9B)) == nil)  // C1 CSI
    #expect(decodeKey(.character(0xD800)) == nil)  // a lone surrogate is not a scalar
    #expect(decodeKey(.keyCode(KEY_SLEFT)) == nil)
  }

  @Test func mouseButtonsAndWheel() {
    #expect(
      decodeMouse(buttonState: reader_button1_pressed(), x: 4, y: 2)
        == MouseEvent(action: .press, x: 4, y: 2))
    #expect(
      decodeMouse(buttonState: reader_button1_clicked(), x: 0, y: 0)
        == MouseEvent(action: .press, x: 0, y: 0))
    #expect(
      decodeMouse(buttonState: reader_button4_pressed(), x: 7, y: 9)
        == MouseEvent(action: .wheelUp, x: 7, y: 9))
    #expect(
      decodeMouse(buttonState: reader_button5_pressed(), x: 7, y: 9)
        == MouseEvent(action: .wheelDown, x: 7, y: 9))
    #expect(decodeMouse(buttonState: 0, x: 1, y: 1) == nil)
  }

  /// With `mouseinterval(0)` curses reports a press and its release as two events, never
  /// folded into a click: the release ends a drag.
  @Test func theReleaseOfButtonOneIsReported() {
    #expect(
      decodeMouse(buttonState: reader_button1_released(), x: 12, y: 3)
        == MouseEvent(action: .release, x: 12, y: 3))
  }
}

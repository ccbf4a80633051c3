import Testing

@testable import ReaderUI

/// Terminal input, byte by byte, as keys: sequences whole, unknown ones dropped whole.
@Suite struct InputDecoderTests {
  /// Feeds `text` one scalar at a time, then flushes, as the backend does when input stops.
  private func decode(_ text: String) -> [InputDecoder.Output] {
    var decoder = InputDecoder()
    var outputs: [InputDecoder.Output] = []
    for scalar in text.unicodeScalars { outputs += decoder.feed(scalar.value) }
    return outputs + decoder.flush()
  }

  private func keys(_ text: String) -> [Key] {
    decode(text).compactMap { if case .key(let key) = $0 { key } else { nil } }
  }

  @Test func plainCharactersAndControlsAreKeys() {
    #expect(keys("j]“") == [.character("j"), .character("]"), .character("“")])
    #expect(keys("\r\t\u{7F}\u{04}") == [.enter, .tab, .backspace, .control("d")])
    #expect(keys("\u{9B}") == [])
    // Found by the input fuzzer: NUL (Ctrl-Space) came out as a character key.
    #expect(keys("\u{0}\u{1C}\u{1F}") == [])
  }

  /// `ESC [` and a letter is a complete sequence (CSI with that final byte), not Alt-[ and a key.
  @Test func aFinalByteCompletesASequence() {
    #expect(keys("\u{1B}[j") == [])
  }

  @Test func aLoneEscIsTheEscKeyAndEscEscIsTwo() {
    #expect(keys("\u{1B}") == [.escape])
    #expect(keys("\u{1B}\u{1B}") == [.escape, .escape])
  }

  /// The cases: none of these may act as `[` or any other key.
  @Test func sequencesWithoutAKeyAreDroppedWhole() {
    for sequence in [
      "\u{1B}[57441u",  // kitty: left Shift alone
      "\u{1B}[999999999999999A",  // an overlong parameter
      "\u{1B}[?1;2c",  // the terminal's device attributes
      "\u{1B}]11;rgb:0000/0000/0000\u{07}",  // an OSC colour report, BEL-terminated
      "\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\",  // the same, ST-terminated
      "\u{1B}[",  // Alt-[ (or a sequence cut short)
      "\u{1B}x",  // Alt-x
      "\u{1B}[12;40R",  // a cursor position report
      "\u{1B}[<0;10;5M",  // an SGR mouse report curses did not take
      "\u{1B}[1;5A",  // Ctrl-Up
      "\u{1B}P1$r0m\u{1B}\\",  // a DCS reply
    ] {
      #expect(keys(sequence) == [], "\(sequence.debugDescription)")
      // What follows the sequence (after the pause in which input stopped) is a key again.
      var decoder = InputDecoder()
      var outputs: [InputDecoder.Output] = []
      for scalar in sequence.unicodeScalars { outputs += decoder.feed(scalar.value) }
      outputs += decoder.flush() + decoder.feed(UInt32(UInt8(ascii: "j")))
      #expect(outputs == [.key(.character("j"))], "\(sequence.debugDescription) then j")
    }
  }

  @Test func functionAndEditingKeysInTheirVT220AndXtermForms() {
    #expect(keys("\u{1B}[25~") == [.function(13)])
    #expect(
      keys("\u{1B}[11~\u{1B}[24~\u{1B}OP\u{1B}[1P") == [
        .function(1), .function(12), .function(1), .function(1),
      ])
    #expect(keys("\u{1B}[5~\u{1B}[6~\u{1B}[3~") == [.pageUp, .pageDown, .delete])
    #expect(
      keys("\u{1B}[A\u{1B}OB\u{1B}[1;2C\u{1B}[H\u{1B}[4~") == [
        .up, .down, .right, .home, .end,
      ])
    #expect(keys("\u{1B}[Z") == [.backTab])
  }

  @Test func kittyAndModifyOtherKeysGiveTheirCharacters() {
    #expect(keys("\u{1B}[106u") == [.character("j")])
    #expect(keys("\u{1B}[100;5u") == [.control("d")])
    #expect(keys("\u{1B}[27;5;108~") == [.control("l")])
    #expect(keys("\u{1B}[27;2;71~") == [.character("G")])
    #expect(keys("\u{1B}[13u\u{1B}[27u") == [.enter, .escape])
    // Alt forms are no key.
    #expect(keys("\u{1B}[91;3u") == [])
  }

  @Test func aBracketedPasteIsTextNotKeys() {
    #expect(
      decode("\u{1B}[200~q]G\nline two\u{1B}[201~j") == [
        .paste("q]G\nline two"), .key(.character("j")),
      ])
  }

  /// A paste that arrives in two reads stays one paste.
  @Test func aPasteGoesOnAcrossFlushes() {
    var decoder = InputDecoder()
    var outputs: [InputDecoder.Output] = []
    for scalar in "\u{1B}[200~half".unicodeScalars { outputs += decoder.feed(scalar.value) }
    outputs += decoder.flush()
    for scalar in " and rest\u{1B}[201~".unicodeScalars { outputs += decoder.feed(scalar.value) }
    #expect(outputs == [.paste("half and rest")])
  }

  @Test func aKeyCursesDecodedEndsAnUnfinishedSequence() {
    var decoder = InputDecoder()
    _ = decoder.feed(0x1B)
    _ = decoder.feed(UInt32(UInt8(ascii: "[")))
    #expect(decoder.awaitsRest)
    #expect(decoder.feed(key: .down) == [.key(.down)])
    #expect(!decoder.awaitsRest)
  }

  /// Pasted into the search prompt, text is searched for; outside a prompt it does nothing.
  @Test func pasteGoesIntoTheSearchPromptOnly() throws {
    var reader = try program(tinyDocument(), 120, 20)
    let before = reader.state
    reader.handle(.paste("q]G"))
    #expect(reader.state == before)
    reader.handle(.key(.character("/")))
    reader.handle(.paste("lan\ntern"))
    #expect(reader.state.search?.query == "lan tern")
  }
}

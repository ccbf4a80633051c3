import ReaderUI

/// Bytes as a terminal's input → `InputDecoder`, decoded as UTF-8 code points one at a time,
/// with a `flush` (input stopped) wherever the byte 0xFF stands.
///
/// Checks: no output is a control character as a key; a paste is never longer than the limit;
/// input without ESC decodes exactly as its characters one by one; and whatever came before,
/// after the end of a paste, a string terminator and a pause, `j` is the key `j` again (no
/// input leaves the decoder stuck).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = FuzzInput(data, size)
  var decoder = InputDecoder()
  var outputs: [InputDecoder.Output] = []
  var sawEscape = false
  var expected: [Key] = []
  var chunk: [UInt8] = []
  func decodeChunk() {
    for scalar in String(decoding: chunk, as: UTF8.self).unicodeScalars {
      if scalar == "\u{1B}" { sawEscape = true }
      if let key = InputDecoder.key(forCharacter: scalar) { expected.append(key) }
      outputs += decoder.feed(scalar.value)
    }
    chunk = []
  }
  for byte in input.all {
    if byte == 0xFF {
      decodeChunk()
      outputs += decoder.flush()
    } else {
      chunk.append(byte)
    }
  }
  decodeChunk()
  outputs += decoder.flush()

  for output in outputs {
    switch output {
    case .key(.character(let character)):
      for scalar in character.unicodeScalars {
        check(
          scalar.value >= 0x20 && !(0x7F..<0xA0).contains(scalar.value),
          "control character \(scalar.value) decoded as a character key")
      }
    case .paste(let text):
      check(
        text.unicodeScalars.count <= InputDecoder.longestPaste,
        "paste of \(text.unicodeScalars.count) scalars")
    default:
      break
    }
  }
  if !sawEscape {
    let keys = outputs.map { output -> Key? in
      if case .key(let key) = output { return key }
      return nil
    }
    check(keys == expected.map { Optional($0) }, "input without ESC decoded differently")
  }
  for scalar in "\u{1B}[201~\u{1B}\\".unicodeScalars { _ = decoder.feed(scalar.value) }
  _ = decoder.flush()
  check(
    decoder.feed(UInt32(UInt8(ascii: "j"))) == [.key(.character("j"))],
    "the decoder stays inside a sequence after a terminator and a pause")
  return 0
}

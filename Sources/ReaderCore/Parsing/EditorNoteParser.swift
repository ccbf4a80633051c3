/// Where an editor's note keeps its text and its signature.
struct EditorNoteShape: Equatable {
  /// The note without the parentheses and the signature.
  var text: Range<Int>
  /// The signature's name (`RAD`).
  var name: Range<Int>
}

/// Recognises a paragraph wholly in parentheses that ends with `— NAME)`, `– NAME)`,
/// ` -- NAME)` or ` - NAME)`. A plain hyphen needs a space before it, so a hyphenated name
/// (`— Jean-Luc)`) is read whole. The name has at most five words and starts with a capital letter.
/// A signature in bold (`— **RAD**)`) is read inside its markers when `marks` has it.
enum EditorNoteParser {
  static func parse(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, marks: [InlineMark] = []
  ) -> EditorNoteShape? {
    guard range.count >= 4, text[range.lowerBound] == UInt8(ascii: "("),
      text[range.upperBound - 1] == UInt8(ascii: ")")
    else { return nil }
    let close = range.upperBound - 1
    var index = close - 1
    let floor = max(range.lowerBound + 1, close - 100)
    while index >= floor {
      let byte = text[index]
      if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") { return nil }
      var dashStart: Int? = nil
      if byte == UInt8(ascii: "-") {
        if index > range.lowerBound + 1 && Bytes.isWhitespace(text[index - 1]) { dashStart = index }
        // `--`, a typewriter's dash, after a space.
        if index > range.lowerBound + 2 && text[index - 1] == UInt8(ascii: "-")
          && Bytes.isWhitespace(text[index - 2])
        {
          dashStart = index - 1
        }
      } else if (byte == 0x94 || byte == 0x93) && index - 2 > range.lowerBound
        && text[index - 1] == 0x80 && text[index - 2] == 0xE2
      {
        dashStart = index - 2
      }
      if let dashStart {
        var name = Bytes.trimmed(text, index + 1..<close)
        if let last = marks.last, last.kind == .bold, last.outer == name { name = last.content }
        if isName(text, name) {
          let note = Bytes.trimmed(text, range.lowerBound + 1..<dashStart)
          return note.isEmpty ? nil : EditorNoteShape(text: note, name: name)
        }
      }
      index -= 1
    }
    return nil
  }

  private static func isName(_ text: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
    guard !name.isEmpty, name.count <= 60, Bytes.wordCount(text, name) <= 5 else { return false }
    return Bytes.startsCapitalised(text, at: name.lowerBound, limit: name.upperBound)
  }
}

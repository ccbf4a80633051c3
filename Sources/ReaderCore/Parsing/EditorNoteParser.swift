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
///
/// Editors set their notes apart in square brackets as often (`[Editor’s note: … — HM]`), and
/// label them instead (`Editor's note: … — HM`): a paragraph in brackets, or one that opens
/// with such a label, signed the same way, is a note too. A label at the note's start is left
/// out of its text, in brackets, parentheses or none: the reading pane labels the note.
enum EditorNoteParser {
  /// Labels that open a note written without brackets, compared in lower case with the
  /// typographic apostrophe made plain.
  private static let labels = [
    "editor's note:", "editors' note:", "editors note:", "ed. note:", "ed.'s note:",
    "note from the editor:", "a note from the editor:",
  ]

  static func parse(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, marks: [InlineMark] = []
  ) -> EditorNoteShape? {
    guard range.count >= 4 else { return nil }
    let first = text[range.lowerBound]
    let last = text[range.upperBound - 1]
    if first == UInt8(ascii: "(") && last == UInt8(ascii: ")") {
      return signed(
        text, range, textStart: range.lowerBound + 1, close: range.upperBound - 1,
        brackets: (UInt8(ascii: "("), UInt8(ascii: ")")), marks: marks)
    }
    if first == UInt8(ascii: "[") && last == UInt8(ascii: "]") {
      guard
        let shape = signed(
          text, range, textStart: range.lowerBound + 1, close: range.upperBound - 1,
          brackets: (UInt8(ascii: "["), UInt8(ascii: "]")), marks: marks),
        isLabelled(text, Bytes.trimmed(text, range.lowerBound + 1..<range.upperBound))
          || !isCaption(text, shape.text)
      else { return nil }
      return shape
    }
    guard isLabelled(text, range) else { return nil }
    // Without brackets the signature may end the sentence: `— HM.`
    var close = range.upperBound
    if last == UInt8(ascii: ".") { close -= 1 }
    return signed(
      text, range, textStart: range.lowerBound, close: close, brackets: nil,
      marks: marks)
  }

  /// Whether `range` opens with one of `labels`.
  private static func isLabelled(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    labelLength(text, range) != nil
  }

  /// The length in bytes of the label `range` opens with, or nil: ASCII letters compared
  /// without case, the label's apostrophe also matching the typographic one (three bytes).
  /// On bytes, as every paragraph without brackets is asked: made a lower-cased `String`
  /// first, it was a fifth of parsing a compilation.
  private static func labelLength(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Int?
  {
    for label in labelBytes {
      var index = range.lowerBound
      var matched = true
      for byte in label {
        guard index < range.upperBound else {
          matched = false
          break
        }
        if byte == UInt8(ascii: "'"), index + 2 < range.upperBound, text[index] == 0xE2,
          text[index + 1] == 0x80, text[index + 2] == 0x99
        {
          index += 3
          continue
        }
        guard Bytes.lowercased(text[index]) == byte else {
          matched = false
          break
        }
        index += 1
      }
      if matched { return index - range.lowerBound }
    }
    return nil
  }

  private static let labelBytes = labels.map { Array($0.utf8) }

  /// Whether a bracketed text signed with a name reads as a picture's caption and credit
  /// (`[Photo: The bridge at dawn — Ann Lee]`), as pages copied from the web hold them, rather
  /// than a note: it opens with a caption's word and a colon, or is too short for a note.
  private static func isCaption(_ text: UnsafeBufferPointer<UInt8>, _ note: Range<Int>) -> Bool {
    if Bytes.wordCount(text, note) < 5 { return true }
    for word in captionWords {
      guard note.count > word.count, text[note.lowerBound + word.count] == UInt8(ascii: ":")
      else { continue }
      if Bytes.matches(text, at: note.lowerBound, word, limit: note.upperBound, ignoringCase: true)
      {
        return true
      }
    }
    return false
  }

  private static let captionWords = [
    "photo", "photograph", "photos", "image", "picture", "illustration", "caption", "credit",
    "video", "graphic", "map", "chart", "source",
  ].map { Array($0.utf8) }

  /// The note from `textStart` to its signature, which ends at `close`; nil without one. No
  /// bracket of the note's own kind may stand in the signature.
  private static func signed(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, textStart: Int, close: Int,
    brackets: (UInt8, UInt8)?, marks: [InlineMark]
  ) -> EditorNoteShape? {
    var index = close - 1
    let floor = max(textStart, close - 100)
    while index >= floor {
      let byte = text[index]
      if let brackets, byte == brackets.0 || byte == brackets.1 { return nil }
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
          var note = Bytes.trimmed(text, textStart..<dashStart)
          // The label says what the reading pane's own label says: it is no text of the note.
          if let label = labelLength(text, note) {
            note = Bytes.trimmed(text, note.lowerBound + label..<note.upperBound)
          }
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

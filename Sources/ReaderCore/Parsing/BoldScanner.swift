/// One highlight found in a block: the marked phrase and the markers around it.
struct BoldRun: Equatable {
  /// The phrase, markers excluded.
  var content: Range<Int>
  /// The phrase with its markers.
  var outer: Range<Int>
}

/// Finds the editor's bold marks in one block: `**x**`, `__x__`, `<b>x</b>`, `<strong>x</strong>`
/// (tags in any case).
///
/// Rules, close to Markdown's: `**` and `__` open only before a non-space and close only after
/// one; `__` does not open inside a word nor close before a letter or digit (so `snake__case`
/// stays text). The phrase may not be empty and may cross soft line breaks, since a block is
/// one paragraph. An opener with no closer in the block is literal text, and scanning goes on
/// after it, so a later pair still counts; as in Markdown, a closer pairs with the nearest
/// opener before it. Marks do not nest: inside a phrase, other marks
/// are text.
enum BoldScanner {
  private static let boldOpen = Array("<b>".utf8)
  private static let boldClose = Array("</b>".utf8)
  private static let strongOpen = Array("<strong>".utf8)
  private static let strongClose = Array("</strong>".utf8)

  static func scan(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [BoldRun] {
    var runs: [BoldRun] = []
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let byte = text[index]
      guard byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "<")
      else {
        index += 1
        continue
      }
      if let run = pair(text, at: index, end: end, start: range.lowerBound) {
        runs.append(run)
        index = run.outer.upperBound
      } else {
        index += 1
        // The rest of a run of the same mark character cannot open either.
        while byte != UInt8(ascii: "<") && index < end && text[index] == byte { index += 1 }
      }
    }
    return runs
  }

  private static func pair(
    _ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, start: Int
  ) -> BoldRun? {
    let byte = text[index]
    if byte == UInt8(ascii: "<") {
      for (open, close) in [(boldOpen, boldClose), (strongOpen, strongClose)]
      where Bytes.matches(text, at: index, open, limit: end) {
        let contentStart = index + open.count
        guard contentStart < end,
          let closer = Bytes.find(close, in: text, contentStart + 1..<end, ignoringCase: true)
        else { return nil }
        return BoldRun(content: contentStart..<closer, outer: index..<closer + close.count)
      }
      return nil
    }
    guard index + 1 < end, text[index + 1] == byte else { return nil }
    let underscore = byte == UInt8(ascii: "_")
    let contentStart = index + 2
    guard contentStart < end, !Bytes.isWhitespace(text[contentStart]), text[contentStart] != byte
    else { return nil }
    if underscore && index > start && isWordByte(text[index - 1]) { return nil }
    var probe = contentStart + 1
    while probe + 1 < end {
      if text[probe] == byte && text[probe + 1] == byte {
        if !Bytes.isWhitespace(text[probe - 1]) {
          if !(underscore && probe + 2 < end && isWordByte(text[probe + 2])) {
            return BoldRun(content: contentStart..<probe, outer: index..<probe + 2)
          }
        } else if probe + 2 < end && !Bytes.isWhitespace(text[probe + 2]) {
          // A mark that can only open: it pairs with the next closer, leaving this one literal.
          return nil
        }
      }
      probe += 1
    }
    return nil
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    Bytes.isASCIILetter(byte) || Bytes.isDigit(byte) || byte >= 0x80
  }
}

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

  /// Kinds of mark whose closer is known to be missing from the rest of the block: once a
  /// search for a closer runs to the end, later openers of that kind cannot pair either, so a
  /// long paragraph of unclosed openers stays linear.
  private struct Exhausted {
    var stars = false
    var underscores = false
    var boldTag = false
    var strongTag = false
  }

  static func scan(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [BoldRun] {
    var runs: [BoldRun] = []
    var exhausted = Exhausted()
    var index = range.lowerBound
    let end = range.upperBound
    var marks = ByteSearch(
      text, end: end, UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "<"))
    while true {
      index = marks.next(from: index)
      guard index < end else { break }
      let byte = text[index]
      if let run = pair(text, at: index, end: end, start: range.lowerBound, &exhausted) {
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
    _ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, start: Int,
    _ exhausted: inout Exhausted
  ) -> BoldRun? {
    let byte = text[index]
    if byte == UInt8(ascii: "<") {
      if !exhausted.boldTag && Bytes.matches(text, at: index, boldOpen, limit: end) {
        return tagPair(text, at: index, end: end, boldOpen, boldClose, &exhausted.boldTag)
      }
      if !exhausted.strongTag && Bytes.matches(text, at: index, strongOpen, limit: end) {
        return tagPair(text, at: index, end: end, strongOpen, strongClose, &exhausted.strongTag)
      }
      return nil
    }
    guard index + 1 < end, text[index + 1] == byte else { return nil }
    let underscore = byte == UInt8(ascii: "_")
    if underscore ? exhausted.underscores : exhausted.stars { return nil }
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
    if underscore { exhausted.underscores = true } else { exhausted.stars = true }
    return nil
  }

  private static func tagPair(
    _ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, _ open: [UInt8],
    _ close: [UInt8], _ exhausted: inout Bool
  ) -> BoldRun? {
    let contentStart = index + open.count
    guard contentStart < end,
      let closer = Bytes.find(close, in: text, contentStart + 1..<end, ignoringCase: true)
    else {
      exhausted = true
      return nil
    }
    return BoldRun(content: contentStart..<closer, outer: index..<closer + close.count)
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    Bytes.isASCIILetter(byte) || Bytes.isDigit(byte) || byte >= 0x80
  }
}

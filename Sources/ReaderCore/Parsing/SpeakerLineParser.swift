/// A line that introduces what someone said: `Role Name:`.
struct SpeakerLine: Equatable {
  var name: Range<Int>
  /// What comes before the name, commas and spaces trimmed; nil when nothing does.
  var role: Range<Int>?
}

/// Recognises a speaker line: one line of at most 300 bytes and 30 words, ending in `:`, whose
/// last two words start with capitals (the name); what comes before is the role.
///
/// To keep a sentence like `He said to President Smith:` out, the word before the name may not
/// be a preposition, article or verb of saying, and the name's words may not carry punctuation.
enum SpeakerLineParser {
  private static let joiningWords: Set<[UInt8]> = Set(
    [
      "to", "with", "from", "by", "and", "or", "of", "the", "a", "an", "at", "for", "said", "says",
      "told", "asked", "in", "on", "that",
    ].map { Array($0.utf8) })

  static func parse(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> SpeakerLine? {
    // A speaker line is short: 300 bytes, and a few markers around its words. Checked first,
    // since the markers are looked up for every byte below.
    guard paragraph.isSingleLine, paragraph.range.count <= 300 + 8 * paragraph.marks.count,
      paragraph.marks.count <= 8
    else { return nil }
    let markers = paragraph.marks.flatMap { mark in
      mark.kind == .bold && mark.outer != mark.content
        ? [
          mark.outer.lowerBound..<mark.content.lowerBound,
          mark.content.upperBound..<mark.outer.upperBound,
        ] : []
    }
    guard !markers.isEmpty else { return parse(text, paragraph.range) }
    // Plain text's own markers (`**Minister Carl Strong**:`, `Mayor **Lisa Grant:**`): the
    // line is read without them, and what it finds is mapped back into the text.
    var shown: [UInt8] = []
    var origin: [Int] = []
    for index in paragraph.range where !markers.contains(where: { $0.contains(index) }) {
      shown.append(text[index])
      origin.append(index)
    }
    guard
      let found = shown.withUnsafeBufferPointer({ parse($0, 0..<$0.count) })
    else { return nil }
    func mapped(_ range: Range<Int>) -> Range<Int> {
      origin[range.lowerBound]..<origin[range.upperBound - 1] + 1
    }
    return SpeakerLine(name: mapped(found.name), role: found.role.map(mapped))
  }

  private static func parse(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> SpeakerLine?
  {
    guard range.count >= 4, range.count <= 300, text[range.upperBound - 1] == UInt8(ascii: ":")
    else { return nil }
    let body = Bytes.trimmed(text, range.lowerBound..<range.upperBound - 1)
    let words = Bytes.words(text, body)
    guard words.count >= 2, words.count <= 30 else { return nil }
    let first = words[words.count - 2]
    let last = words[words.count - 1]
    for word in [first, last] {
      guard Bytes.startsCapitalised(text, at: word.lowerBound, limit: word.upperBound),
        !word.contains(where: { isPunctuation(text[$0]) })
      else { return nil }
    }
    if words.count >= 3 {
      let before = words[words.count - 3]
      var lowered = text[before].map(Bytes.lowercased)
      while let tail = lowered.last, tail == UInt8(ascii: ",") { lowered.removeLast() }
      if joiningWords.contains(lowered) { return nil }
    }
    var roleEnd = first.lowerBound
    var roleStart = body.lowerBound
    while roleEnd > roleStart && isRoleTrim(text[roleEnd - 1]) { roleEnd -= 1 }
    while roleStart < roleEnd && isRoleTrim(text[roleStart]) { roleStart += 1 }
    let name = first.lowerBound..<last.upperBound
    return SpeakerLine(name: name, role: roleStart < roleEnd ? roleStart..<roleEnd : nil)
  }

  private static func isPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\""),
      UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "?"):
      return true
    default:
      return false
    }
  }

  private static func isRoleTrim(_ byte: UInt8) -> Bool {
    Bytes.isWhitespace(byte) || byte == UInt8(ascii: ",")
  }
}

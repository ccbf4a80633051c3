import TerminalText

/// A quotation whose speaker is named by a possessive next to it: `“…” (Trump's words)`
/// after it, or `Trump’s rhetoric – about a “…”`, `in Ann Lee's words, “…”` before it.
///
/// A surname alone is given as the full name the article used before (`Donald Trump` for
/// `Trump`) when exactly one such name stands earlier in it; otherwise as written.
enum PossessiveAttribution {
  /// Nouns that make a possessive name the quotation's speaker.
  private static let nouns: [[UInt8]] = ["words", "rhetoric", "phrase", "promise", "claim"].map {
    Array($0.utf8)
  }
  private static let apostrophes: [[UInt8]] = ["'s ", "\u{2019}s "].map { Array($0.utf8) }
  /// How many bytes may stand between `NAME's words` and the quotation mark (` – about a `).
  static let maximumGap = 16
  static let maximumNameWords = 4
  /// Capitalised words that open sentences and clauses but are no first name.
  private static let openers: Set<String> = [
    "The", "A", "An", "This", "That", "Then", "But", "And", "Or", "When", "If", "As", "So", "Yet",
    "While", "After", "Before", "Now", "Here", "There", "In", "On", "At", "For", "With", "Even",
    "Mr.", "Mrs.", "Ms.", "Dr.",
  ]
  /// How far back in the article a surname's full name is looked for, in bytes.
  static let searchReach = 64 << 10

  static func speaker(
    for quotation: InlineQuotation, in text: UnsafeBufferPointer<UInt8>,
    paragraph: Range<Int>, articleStart: Int
  ) -> String? {
    guard let name = after(quotation, text, paragraph) ?? before(quotation, text, paragraph)
    else { return nil }
    let words = name.split(separator: " ")
    guard words.count == 1 else { return name }
    return fullName(
      of: name, in: text,
      max(articleStart, paragraph.lowerBound - searchReach)..<quotation.outer.lowerBound) ?? name
  }

  /// `“…” (NAME's words)`.
  private static func after(
    _ quotation: InlineQuotation, _ text: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>
  ) -> String? {
    var index = quotation.outer.upperBound
    while index < paragraph.upperBound && Bytes.isSpace(text[index]) { index += 1 }
    guard index < paragraph.upperBound, text[index] == UInt8(ascii: "(") else { return nil }
    let end = min(paragraph.upperBound, index + 80)
    for apostrophe in apostrophes {
      guard let mark = Bytes.find(apostrophe, in: text, index + 1..<end) else { continue }
      let afterMark = mark + apostrophe.count
      guard nouns.contains(where: { Bytes.matches(text, at: afterMark, $0, limit: end) }),
        let name = name(text, index + 1..<mark)
      else { continue }
      return name
    }
    return nil
  }

  /// `NAME's words, “…”` or `NAME’s rhetoric – about a “…”`.
  private static func before(
    _ quotation: InlineQuotation, _ text: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>
  ) -> String? {
    let end = quotation.outer.lowerBound
    let start = max(paragraph.lowerBound, end - 120)
    for apostrophe in apostrophes {
      var searchFrom = start
      while let mark = Bytes.find(apostrophe, in: text, searchFrom..<end) {
        searchFrom = mark + 1
        let afterMark = mark + apostrophe.count
        guard let noun = nouns.first(where: { Bytes.matches(text, at: afterMark, $0, limit: end) }),
          end - (afterMark + noun.count) <= maximumGap,
          !(afterMark + noun.count..<end).contains(where: {
            text[$0] == UInt8(ascii: ".") || text[$0] == UInt8(ascii: "?")
          })
        else { continue }
        var nameStart = mark
        while nameStart > start && !isBoundary(text[nameStart - 1]) { nameStart -= 1 }
        // Up to four capitalised words before the apostrophe.
        var words = 1
        while words < maximumNameWords, nameStart - 1 > start, text[nameStart - 1] == 0x20,
          Bytes.startsCapitalised(
            text, at: wordStart(text, before: nameStart - 1, from: start), limit: end)
        {
          nameStart = wordStart(text, before: nameStart - 1, from: start)
          words += 1
        }
        if let name = name(text, nameStart..<mark) { return name }
      }
    }
    return nil
  }

  private static func isBoundary(_ byte: UInt8) -> Bool {
    Bytes.isWhitespace(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ",")
  }

  private static func wordStart(
    _ text: UnsafeBufferPointer<UInt8>, before end: Int, from start: Int
  )
    -> Int
  {
    var index = end
    while index > start && !isBoundary(text[index - 1]) { index -= 1 }
    return index
  }

  /// The capitalised words in `range` (each starting with a capital; `the` allowed first),
  /// or nil.
  private static func name(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
    var words = Bytes.foldedString(text, range).split(separator: " ")
    if words.first == "the" || words.first == "The" { words.removeFirst() }
    guard !words.isEmpty, words.count <= maximumNameWords,
      words.allSatisfy({ $0.first?.isUppercase == true }),
      !["It", "This", "That", "He", "She", "His", "Her", "Their", "One"].contains(words[0])
    else { return nil }
    return words.joinedText(separator: " ")
  }

  /// The one `First SURNAME` the text in `range` holds (a capitalised word before the
  /// surname that is no title like `President` and no word opening a clause like `Then`), or
  /// nil when there is none or more than one.
  private static func fullName(
    of surname: String, in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> String? {
    let key = Array(surname.utf8)
    var found: Set<String> = []
    var from = range.lowerBound
    while let at = Bytes.find(key, in: text, from..<range.upperBound) {
      from = at + 1
      let end = at + key.count
      guard at - 2 > range.lowerBound, text[at - 1] == 0x20,
        end >= range.upperBound || !Bytes.isASCIILetter(text[end])
      else { continue }
      let first = wordStart(text, before: at - 1, from: range.lowerBound)
      guard first < at - 1, Bytes.startsCapitalised(text, at: first, limit: at - 1) else {
        continue
      }
      let name = Bytes.foldedString(text, first..<end)
      if let given = name.split(separator: " ").first,
        PersonName.isHonorific(String(given)) || openers.contains(String(given))
      {
        continue
      }
      found.insert(name)
    }
    return found.count == 1 ? found.first : nil
  }
}

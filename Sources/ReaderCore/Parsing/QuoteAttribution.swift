/// Names met so far (bylines' authors and speaker lines), for attributing quotations.
struct KnownNames {
  private var fullNames: [[UInt8]: String] = [:]
  /// Surname → full name; nil value when two people share the surname.
  private var surnames: [[UInt8]: String?] = [:]

  mutating func add(_ name: String) {
    let words = name.split(separator: " ")
    guard !words.isEmpty else { return }
    let key = Array(words.joined(separator: " ").utf8)
    guard fullNames[key] == nil else { return }
    fullNames[key] = name
    if words.count >= 2, let last = words.last {
      let surname = Array(last.utf8)
      if let existing = surnames[surname] {
        if existing != name { surnames[surname] = .some(nil) }
      } else {
        surnames[surname] = .some(name)
      }
    }
  }

  func fullName(_ key: [UInt8]) -> String? { fullNames[key] }
  func surname(_ key: [UInt8]) -> String? { surnames[key] ?? nil }
}

/// Decides who said an inline quotation, from the sentence it stands in, without guessing.
///
/// In order: a verb of saying next to capitalised words (`said Ann Lee`, `Ann Lee has said`,
/// `Lee told`), then a known author's or speaker's full name in the sentence, then the surname
/// of exactly one known person. A pronoun (`he said`) names nobody: the speaker stays nil.
/// Only the sentence around the quotation is read, not the quoted words.
enum QuoteAttribution {
  private static let verbs: Set<[UInt8]> = Set(
    ["said", "says", "told", "added", "wrote", "stated", "noted", "warned", "argued", "insisted"]
      .map { Array($0.utf8) })
  private static let auxiliaries: Set<[UInt8]> = Set(
    ["has", "had", "have", "also", "then", "later", "once", "reportedly"].map { Array($0.utf8) })
  private static let pronouns: Set<[UInt8]> = Set(
    ["He", "She", "They", "It", "We", "I", "You", "This", "That", "Who", "One", "The", "Some"]
      .map { Array($0.utf8) })

  /// Capitalised words that start sentences and clauses but are no one's name.
  private static let connectives: Set<[UInt8]> = Set(
    [
      "As", "But", "And", "Or", "If", "When", "While", "In", "On", "At", "For", "So", "Yet", "Then",
      "Now", "Here", "There", "Also", "According", "After", "Before", "Later", "Earlier",
    ].map { Array($0.utf8) })

  /// A word of the sentence: its bytes without surrounding punctuation.
  private struct Word {
    var bytes: [UInt8]
    var capitalised: Bool
    /// Punctuation after the word ends a run of name words.
    var endsClause: Bool
    var startsClause: Bool
  }

  static func speaker(
    for quotation: InlineQuotation, in text: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>,
    known: KnownNames
  ) -> String? {
    let sentence = sentenceBounds(around: quotation, in: text, paragraph: paragraph)
    let before = words(text, sentence.lowerBound..<quotation.outer.lowerBound)
    let after = words(text, quotation.outer.upperBound..<sentence.upperBound)
    for part in [after, before] {
      if let name = nameNextToVerb(part, known: known) { return name }
    }
    for part in [before, after] {
      for run in capitalisedRuns(part) {
        for length in stride(from: min(4, run.count), through: 2, by: -1) {
          for offset in 0...(run.count - length) {
            if let name = known.fullName(joined(run[offset..<offset + length])) { return name }
          }
        }
      }
    }
    for part in [before, after] {
      for word in part where word.capitalised {
        if let name = known.surname(word.bytes) { return name }
      }
    }
    return nil
  }

  private static func nameNextToVerb(_ words: [Word], known: KnownNames) -> String? {
    for (index, word) in words.enumerated() where verbs.contains(word.bytes) {
      // `said Ann Lee`
      var run: [Word] = []
      var next = index + 1
      while next < words.count && words[next].capitalised && run.count < 3 && !word.endsClause {
        run.append(words[next])
        if words[next].endsClause { break }
        next += 1
      }
      if let name = resolve(run, known: known) { return name }
      // `Ann Lee said`, `Ann Lee has said`
      run = []
      var previous = index - 1
      while previous >= 0 && auxiliaries.contains(words[previous].bytes)
        && !words[previous].endsClause
      {
        previous -= 1
      }
      while previous >= 0 && words[previous].capitalised && !words[previous].endsClause
        && run.count < 4
      {
        run.insert(words[previous], at: 0)
        if words[previous].startsClause { break }
        previous -= 1
      }
      if let name = resolve(run, known: known) { return name }
    }
    return nil
  }

  /// The name a run of capitalised words gives: a known name it ends with, a known surname, or
  /// its last two words. A lone pronoun gives none.
  private static func resolve(_ run: [Word], known: KnownNames) -> String? {
    let run = run.drop { connectives.contains($0.bytes) || pronouns.contains($0.bytes) }
    guard let last = run.last, !pronouns.contains(last.bytes) else { return nil }
    for length in stride(from: run.count, through: 2, by: -1) {
      if let name = known.fullName(joined(run.suffix(length))) { return name }
    }
    if let name = known.surname(last.bytes) { return name }
    return String(decoding: joined(run.suffix(2)), as: UTF8.self)
  }

  private static func joined(_ words: ArraySlice<Word>) -> [UInt8] {
    var bytes: [UInt8] = []
    for word in words {
      if !bytes.isEmpty { bytes.append(0x20) }
      bytes += word.bytes
    }
    return bytes
  }

  /// Runs of capitalised words, broken by lower-case words and punctuation.
  private static func capitalisedRuns(_ words: [Word]) -> [[Word]] {
    var runs: [[Word]] = []
    var current: [Word] = []
    func flush() {
      if !current.isEmpty { runs.append(current) }
      current = []
    }
    for word in words {
      guard word.capitalised else {
        flush()
        continue
      }
      if word.startsClause { flush() }
      current.append(word)
      if word.endsClause { flush() }
    }
    flush()
    return runs
  }

  private static func isPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"),
      UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "("),
      UInt8(ascii: ")"), UInt8(ascii: "'"):
      return true
    default:
      return false
    }
  }

  /// Whether the bytes ending at `end` (exclusive) are a curly quotation mark or apostrophe.
  private static func curlyMarkEnding(
    at end: Int, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  )
    -> Bool
  {
    end - 3 >= range.lowerBound && text[end - 3] == 0xE2 && text[end - 2] == 0x80
      && (0x98...0x9D).contains(text[end - 1])
  }

  private static func words(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Word] {
    guard !range.isEmpty else { return [] }
    return Bytes.words(text, range).compactMap { raw in
      var lower = raw.lowerBound
      var upper = raw.upperBound
      var startsClause = false
      var endsClause = false
      while lower < upper {
        if isPunctuation(text[lower]) {
          lower += 1
        } else if lower + 3 <= upper && curlyMarkEnding(at: lower + 3, text, raw) {
          lower += 3
        } else {
          break
        }
        startsClause = true
      }
      while upper > lower {
        if isPunctuation(text[upper - 1]) {
          upper -= 1
        } else if curlyMarkEnding(at: upper, text, lower..<upper) {
          upper -= 3
        } else {
          break
        }
        endsClause = true
      }
      guard lower < upper else { return nil }
      return Word(
        bytes: Array(text[lower..<upper]),
        capitalised: Bytes.startsCapitalised(text, at: lower, limit: upper),
        endsClause: endsClause, startsClause: startsClause)
    }
  }

  /// The sentence holding the quotation, within its paragraph.
  private static func sentenceBounds(
    around quotation: InlineQuotation, in text: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>
  ) -> Range<Int> {
    var start = quotation.outer.lowerBound
    while start > paragraph.lowerBound {
      if Bytes.isWhitespace(text[start - 1]) && endsSentence(before: start - 1, text, paragraph) {
        break
      }
      start -= 1
    }
    let closeMarkEnd = quotation.outer.upperBound
    var afterMark = closeMarkEnd
    while afterMark < paragraph.upperBound && Bytes.isWhitespace(text[afterMark]) { afterMark += 1 }
    let quotedEnd = closeMarkEnd - (text[closeMarkEnd - 1] == UInt8(ascii: "\"") ? 1 : 3)
    if endsSentence(before: quotedEnd, text, paragraph)
      && (afterMark == paragraph.upperBound
        || Bytes.startsCapitalised(text, at: afterMark, limit: paragraph.upperBound))
    {
      return start..<closeMarkEnd
    }
    var end = closeMarkEnd
    while end < paragraph.upperBound {
      let byte = text[end]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
        if end + 1 == paragraph.upperBound || Bytes.isWhitespace(text[end + 1]) {
          return start..<end + 1
        }
      }
      end += 1
    }
    return start..<paragraph.upperBound
  }

  /// Whether the text just before `index` ends a sentence: `.`, `!` or `?`, perhaps followed by
  /// a closing quotation mark.
  private static func endsSentence(
    before index: Int, _ text: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>
  ) -> Bool {
    var probe = index
    if probe - 1 >= paragraph.lowerBound && text[probe - 1] == UInt8(ascii: "\"") {
      probe -= 1
    } else if curlyMarkEnding(at: probe, text, paragraph) {
      probe -= 3
    }
    guard probe - 1 >= paragraph.lowerBound else { return false }
    let byte = text[probe - 1]
    return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
  }
}

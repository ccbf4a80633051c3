/// A quotation whose subject is a pronoun or a description (`He accused …`, `“…,” he said`,
/// `the former president said`) goes to the person the passage is about: the one person named
/// later in the same paragraph, else the one named in the nearest sentence before it in the
/// article. A person is a known name (a byline's, a speaker line's) or a speaker given to an
/// earlier quotation of the article. Any doubt — two people in that sentence, or a run of
/// capitalised words that may be someone unknown — leaves the speaker empty.
enum PronounAttribution {
  private static let verbs: Set<Substring> = [
    "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "stated", "noted",
    "warned", "argued", "insisted", "accused", "described", "called", "claimed", "cautioned",
    "concluded", "explained", "declared", "stressed", "asserted", "complained", "replied",
  ]
  private static let pronouns: Set<Substring> = ["he", "she", "He", "She"]
  /// Capitalised words that open sentences and clauses but name nobody.
  private static let openers: Set<Substring> = [
    "The", "A", "An", "This", "That", "These", "Those", "Then", "But", "And", "Or", "When", "If",
    "As", "So", "Yet", "While", "After", "Before", "Now", "Here", "There", "In", "On", "At", "For",
    "With", "Even", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
    "Our", "Nobody", "No", "Yes", "Mr", "Mrs", "Ms", "Dr",
  ]
  /// How far back in the article (and on in the paragraph) the person is looked for, in bytes:
  /// a paragraph or two, which keeps the cost per quotation bounded.
  static let searchReach = 1 << 10
  /// How far after the quotation a `he said` is looked for, in bytes.
  static let afterReach = 120

  static func speaker(
    for quotation: InlineQuotation, in text: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>,
    articleStart: Int, known: KnownNames, earlierSpeakers: () -> [String]
  ) -> String? {
    let sentenceStart = self.sentenceStart(before: quotation.outer.lowerBound, text, paragraph)
    let before = words(Bytes.string(text, sentenceStart..<quotation.outer.lowerBound))
    let afterEnd = min(paragraph.upperBound, quotation.outer.upperBound + afterReach)
    let after = words(Bytes.string(text, quotation.outer.upperBound..<afterEnd))
    guard subjectAfter(after) || subjectBefore(before) else { return nil }
    let people = People(known: known, earlierSpeakers: earlierSpeakers())
    // Named later in the same paragraph.
    // Bounded like the look-back: a paragraph holding many quotations would otherwise be read
    // again after each one (perf: 55% of a 10 MB parse).
    let restEnd = min(paragraph.upperBound, quotation.outer.upperBound + searchReach)
    let rest = Bytes.string(text, quotation.outer.upperBound..<restEnd)
    let later = people.named(in: words(rest))
    if let subject = later.subject { return subject }
    if later.count == 1, !later.unknown { return later.first }
    if later.count > 1 || later.unknown { return nil }
    // Else the nearest sentence before it that names anyone.
    let floor = max(articleStart, quotation.outer.lowerBound - searchReach)
    let earlier = Bytes.string(text, floor..<quotation.outer.lowerBound)
    for sentence in sentences(earlier).reversed() {
      let found = people.named(in: words(sentence))
      if let subject = found.subject { return subject }
      if found.unknown || found.count > 1 { return nil }
      if let person = found.first { return person }
    }
    return nil
  }

  /// `“…,” he said`, `“…,” said she`, `“…,” the former president said`.
  private static func subjectAfter(_ words: [Word]) -> Bool {
    let lead = Array(words.prefix(7))
    guard lead.count >= 2 else { return false }
    if pronouns.contains(lead[0].text) && verbs.contains(lead[1].text) { return true }
    if verbs.contains(lead[0].text) && pronouns.contains(lead[1].text) { return true }
    return description(lead, from: 0)
  }

  /// `He accused … “…”`, `He went on to say that … “…”`, `what he described as a “…”`,
  /// `The former president said … “…”`.
  private static func subjectBefore(_ words: [Word]) -> Bool {
    for (index, word) in words.enumerated() where pronouns.contains(word.text) {
      var next = index + 1
      while next < words.count && next <= index + 4 && !words[next - 1].endsClause {
        if verbs.contains(words[next].text) { return true }
        guard !words[next].capitalised else { break }
        next += 1
      }
    }
    return description(words, from: 0)
  }

  /// `the` (at `start`) and up to four words, then a verb of saying.
  private static func description(_ words: [Word], from start: Int) -> Bool {
    guard start < words.count, words[start].text == "the" || words[start].text == "The" else {
      return false
    }
    var index = start + 1
    while index < words.count && index <= start + 5 {
      if verbs.contains(words[index].text) { return index > start + 1 }
      if words[index].endsClause { return false }
      index += 1
    }
    return false
  }

  /// The people a run of words names, as far as can be told.
  private struct People {
    let known: KnownNames
    /// Surname → full name of the article's earlier speakers (nil: two share it).
    var speakers: [Substring: String?] = [:]

    init(known: KnownNames, earlierSpeakers: [String]) {
      self.known = known
      for name in earlierSpeakers {
        let parts = name.split(separator: " ")
        guard parts.count >= 2, let last = parts.last else { continue }
        if let existing = speakers[last], existing != name {
          speakers[last] = .some(nil)
        } else {
          speakers[last] = .some(name)
        }
      }
    }

    struct Found {
      var names: [String] = []
      /// A run of two or more capitalised words that is no one known: maybe someone else.
      var unknown = false
      /// The people a verb of saying follows or precedes (`Medvedev wrote`, `said Ann Lee`).
      var speaking: [String] = []
      var count: Int { names.count }
      /// The one person who speaks in the words, and the only one identified there: the
      /// passage is about them, whatever capitalised words stand around.
      var subject: String? { Set(speaking).count == 1 && names.count == 1 ? speaking.first : nil }
      var first: String? { names.first }
    }

    func named(in words: [Word]) -> Found {
      var found = Found()
      var index = 0
      while index < words.count {
        guard words[index].capitalised, !openers.contains(words[index].text) else {
          index += 1
          continue
        }
        var end = index
        while end + 1 < words.count && words[end + 1].capitalised && !words[end].endsClause
          && end - index < 4
        {
          end += 1
        }
        let run = words[index...end].map(\.text)
        let verbAfter = end + 1 < words.count && verbs.contains(words[end + 1].text)
        let verbBefore = index > 0 && verbs.contains(words[index - 1].text)
        // Someone not known, but said to speak (`Ann Lee wrote`), is a person too.
        let speaker =
          person(run)
          ?? ((verbAfter || verbBefore) && (2...3).contains(run.count)
            ? run.joined(separator: " ") : nil)
        if let person = speaker {
          if !found.names.contains(person) { found.names.append(person) }
          if verbAfter || verbBefore { found.speaking.append(person) }
        } else if run.count >= 2 {
          found.unknown = true
        }
        index = end + 1
      }
      return found
    }

    /// The person a run of capitalised words names: a known full name it ends with, or the
    /// surname of one known person or earlier speaker. A one-word name (an outlet such as
    /// `RT`) is no person here.
    private func person(_ run: [Substring]) -> String? {
      for length in stride(from: run.count, through: 2, by: -1) {
        let name = run.suffix(length).joined(separator: " ")
        if let full = known.fullName(Array(name.utf8)), full.contains(" ") { return full }
      }
      guard let last = run.last else { return nil }
      if let full = known.surname(Array(last.utf8)) { return full }
      if let full = speakers[last] ?? nil { return full }
      return nil
    }
  }

  fileprivate struct Word {
    var text: Substring
    var capitalised: Bool
    var endsClause: Bool
  }

  /// Words without the punctuation around them (and without a possessive `'s`).
  private static func words(_ text: String) -> [Word] { words(Substring(text)) }

  /// Cut at whitespace scalars rather than at `Character`s: grapheme breaking was most of a
  /// parse (perf: `isWhitespace` alone 16 % of a 10 MB load), and a run of whitespace ends a
  /// word the same way either way.
  private static func words(_ text: Substring) -> [Word] {
    var result: [Word] = []
    let scalars = text.unicodeScalars
    var wordStart: String.Index?
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if isWhitespace(scalars[index]) {
        if let start = wordStart, let word = word(text[start..<index]) { result.append(word) }
        wordStart = nil
      } else if wordStart == nil {
        wordStart = index
      }
      index = scalars.index(after: index)
    }
    if let start = wordStart, let word = word(text[start...]) { result.append(word) }
    return result
  }

  private static func word(_ raw: Substring) -> Word? {
    guard raw.utf8.allSatisfy({ $0 < 0x80 }) else { return characterWord(raw) }
    // ASCII: every byte is one `Character`, and letters and digits are the bytes below.
    let bytes = raw.utf8
    var lower = bytes.startIndex
    var upper = bytes.endIndex
    while lower < upper && !isLetterOrDigit(bytes[lower]) { lower = bytes.index(after: lower) }
    var endsClause = false
    while upper > lower && !isLetterOrDigit(bytes[bytes.index(before: upper)]) {
      upper = bytes.index(before: upper)
      endsClause = true
    }
    var word = raw[lower..<upper]
    if word.utf8.count >= 2 && word.hasSuffix("'s") { word = word.dropLast(2) }
    guard let first = word.utf8.first else { return nil }
    return Word(text: word, capitalised: first >= 0x41 && first <= 0x5A, endsClause: endsClause)
  }

  /// A word holding any non-ASCII text keeps `Character`'s own idea of letters and case.
  private static func characterWord(_ raw: Substring) -> Word? {
    var word = raw
    var endsClause = false
    while let first = word.first, !first.isLetter && !first.isNumber { word = word.dropFirst() }
    while let last = word.last, !last.isLetter && !last.isNumber {
      word = word.dropLast()
      endsClause = true
    }
    if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
    guard let first = word.first else { return nil }
    return Word(text: word, capitalised: first.isUppercase, endsClause: endsClause)
  }

  @inline(__always) private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  @inline(__always) private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
  }

  /// The text cut after `.`, `!` or `?` (and closing marks) followed by whitespace.
  private static func sentences(_ text: String) -> [Substring] {
    var result: [Substring] = []
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var pendingEnd = false
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if pendingEnd && isWhitespace(scalar) {
        result.append(text[start..<index])
        start = next
        pendingEnd = false
      } else if scalar == "." || scalar == "!" || scalar == "?" {
        pendingEnd = true
      } else if pendingEnd && !"\"'”’)".unicodeScalars.contains(scalar) {
        pendingEnd = false
      }
      index = next
    }
    if start < scalars.endIndex { result.append(text[start...]) }
    return result
  }

  /// Where the sentence holding `index` starts in its paragraph.
  private static func sentenceStart(
    before index: Int, _ text: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>
  ) -> Int {
    var start = index
    let floor = max(paragraph.lowerBound, index - 400)
    while start > floor {
      let byte = text[start - 1]
      if Bytes.isWhitespace(byte), start - 2 >= paragraph.lowerBound {
        let previous = text[start - 2]
        if previous == UInt8(ascii: ".") || previous == UInt8(ascii: "!")
          || previous == UInt8(ascii: "?")
        {
          return start
        }
      }
      start -= 1
    }
    return start
  }
}

import TerminalText

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
    let before = ProseWords.words(text, sentenceStart..<quotation.outer.lowerBound)
    let afterEnd = min(paragraph.upperBound, quotation.outer.upperBound + afterReach)
    let after = ProseWords.words(text, quotation.outer.upperBound..<afterEnd)
    guard subjectAfter(after) || subjectBefore(before) else { return nil }
    let people = People(known: known, earlierSpeakers: earlierSpeakers())
    // Named later in the same paragraph.
    // Bounded like the look-back: a paragraph holding many quotations would otherwise be read
    // again after each one (perf: 55% of a 10 MB parse).
    let restEnd = min(paragraph.upperBound, quotation.outer.upperBound + searchReach)
    let later = people.named(in: ProseWords.words(text, quotation.outer.upperBound..<restEnd))
    if let subject = later.subject { return subject }
    if later.count == 1, !later.unknown { return later.first }
    if later.count > 1 || later.unknown { return nil }
    // Else the nearest sentence before it that names anyone.
    let floor = max(articleStart, quotation.outer.lowerBound - searchReach)
    for sentence in ProseWords.sentences(text, floor..<quotation.outer.lowerBound).reversed() {
      let found = people.named(in: ProseWords.words(text, sentence))
      if let subject = found.subject { return subject }
      if found.unknown || found.count > 1 { return nil }
      if let person = found.first { return person }
    }
    return nil
  }

  /// `“…,” he said`, `“…,” said she`, `“…,” the former president said`.
  private static func subjectAfter(_ words: [ProseWord]) -> Bool {
    let lead = Array(words.prefix(7))
    guard lead.count >= 2 else { return false }
    if pronouns.contains(lead[0].text) && verbs.contains(lead[1].text) { return true }
    if verbs.contains(lead[0].text) && pronouns.contains(lead[1].text) { return true }
    return description(lead, from: 0)
  }

  /// `He accused … “…”`, `He went on to say that … “…”`, `what he described as a “…”`,
  /// `The former president said … “…”`.
  private static func subjectBefore(_ words: [ProseWord]) -> Bool {
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
  private static func description(_ words: [ProseWord], from start: Int) -> Bool {
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

    func named(in words: [ProseWord]) -> Found {
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
            ? run.joinedText(separator: " ") : nil)
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
        let name = run.suffix(length).joinedText(separator: " ")
        if let full = known.fullName(Array(name.utf8)), full.contains(" ") { return full }
      }
      guard let last = run.last else { return nil }
      if let full = known.surname(Array(last.utf8)) { return full }
      if let full = speakers[last] ?? nil { return full }
      return nil
    }
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

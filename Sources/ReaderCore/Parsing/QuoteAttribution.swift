/// Names met so far (bylines' authors and speaker lines), for attributing quotations.
struct KnownNames {
  private var fullNames: [[UInt8]: String] = [:]
  /// Surname → full name; nil value when two people share the surname.
  private var surnames: [[UInt8]: String?] = [:]
  /// Hashes of every known name's last word (the whole name when it is one word).
  private var lastWordHashes: Set<UInt64> = []

  /// Every name added, as given: most names come back article after article, and a String
  /// set answers that without copying the name into an array to hash it byte by byte.
  private var added: Set<String> = []

  /// Remembers `name` (as the parser built it: single spaces between words).
  mutating func add(_ name: String) {
    guard added.insert(name).inserted else { return }
    let key = Array(name.utf8)
    guard !key.isEmpty, fullNames[key] == nil else { return }
    fullNames[key] = name
    let lastStart = (key.lastIndex(of: 0x20) ?? -1) + 1
    _ = key.withUnsafeBufferPointer { lastWordHashes.insert(Self.hash($0, lastStart..<$0.count)) }
    guard lastStart > 0 else { return }
    let surname = Array(key[lastStart...])
    if let existing = surnames[surname] {
      if existing != name { surnames[surname] = .some(nil) }
    } else {
      surnames[surname] = .some(name)
    }
  }

  /// Whether the bytes in `range` may be the last word of a known name (a hash test: false
  /// means certainly not).
  func mayEndAName(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    !lastWordHashes.isEmpty && lastWordHashes.contains(Self.hash(text, range))
  }

  private static func hash(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range {
      value = (value ^ UInt64(text[index])) &* 0x100_0000_01b3
    }
    return value
  }

  func fullName(_ key: [UInt8]) -> String? { fullNames[key] }
  func surname(_ key: [UInt8]) -> String? { surnames[key] ?? nil }
}

/// Decides who said an inline quotation, from the sentence it stands in, without guessing.
///
/// In order: a verb of saying next to capitalised words (`said Ann Lee`, `Ann Lee has said`,
/// `Lee told`), then a known author's or speaker's full name in the sentence, then the surname
/// of exactly one known person. A pronoun (`he said`) names nobody: the speaker stays nil.
/// Only the sentence around the quotation is read (at most `reach` bytes each side), not the
/// quoted words.
enum QuoteAttribution {
  private static let verbs: Set<[UInt8]> = Set(
    [
      "said", "says", "told", "added", "wrote", "stated", "noted", "warned", "argued", "insisted",
      "called",
    ]
    .map { Array($0.utf8) })
  /// How far from the quotation marks the sentence is read, in bytes.
  static let reach = 240

  private static let verbList: [[UInt8]] = Array(verbs)

  /// Whether the word is a verb of saying, tested without copying it (every word is tested).
  private static func isVerb(_ word: Word) -> Bool {
    let count = word.range.count
    guard count >= 4, count <= 8, !word.capitalised else { return false }
    for verb in verbList where verb.count == count {
      if Bytes.matches(
        word.text, at: word.range.lowerBound, verb, limit: word.range.upperBound,
        ignoringCase: false)
      {
        return true
      }
    }
    return false
  }

  private static let according = Array("according".utf8)
  private static let According = Array("According".utf8)
  private static let to = Array("to".utf8)

  private static let auxiliaries = WordSet([
    "has", "had", "have", "also", "then", "later", "once", "reportedly",
  ])
  private static let pronouns = WordSet([
    "He", "She", "They", "It", "We", "I", "You", "This", "That", "Who", "One", "The", "Some",
  ])

  /// Lower-case words that may stand between a verb of saying and the name as what the
  /// speaker is (`said harbour master Per Lund`): any word but these.
  private static let notRoleWords = WordSet([
    "the", "a", "an", "that", "this", "to", "in", "on", "at", "of", "for", "with", "from", "by",
    "it", "and", "but", "or", "as", "when", "while", "then", "he", "she", "they", "we", "i", "you",
    "so", "there", "here", "his", "her", "their", "its", "our", "my", "not", "no", "yes", "how",
    "what", "why", "who", "after", "before", "once", "again", "today", "yesterday", "tomorrow",
  ])

  /// Words after which a capitalised word is a place, not a person (`Engineers in Lüneburg
  /// said`, `the report from Oslo said`).
  private static let placePrepositions = WordSet([
    "in", "from", "at", "of", "near", "outside", "inside", "across", "around", "to", "into",
  ])

  /// Capitalised words of days and months, and of times named by them: `Last Tuesday said it
  /// all` names no one.
  private static let timeWords = WordSet([
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Last", "Next", "Every", "Yesterday", "Today", "Tomorrow", "Tonight",
  ])

  /// Conjunctions that start a new clause after a quotation: a name and verb after one speak
  /// for what follows, not for the quotation before (`"…", and Lund wrote that "…"`).
  private static let conjunctions = WordSet(["and", "but", "or", "while", "whereas", "yet"])

  /// Capitalised words that start sentences and clauses but are no one's name.
  private static let connectives = WordSet([
    "As", "But", "And", "Or", "If", "When", "While", "In", "On", "At", "For", "So", "Yet", "Then",
    "Now", "Here", "There", "Also", "According", "After", "Before", "Later", "Earlier",
  ])

  /// A few short words, looked up without copying the word: every word next to a verb of
  /// saying is tested, and copying each into an array to hash it cost more than the rest.
  private struct WordSet {
    /// Words of up to seven bytes, packed into an integer with their length.
    private let short: Set<UInt64>
    private let long: [[UInt8]]

    init(_ words: [String]) {
      var short = Set<UInt64>()
      var long: [[UInt8]] = []
      for word in words {
        let bytes = Array(word.utf8)
        if bytes.count <= 7 {
          short.insert(bytes.withUnsafeBufferPointer { WordSet.pack($0, 0..<$0.count) })
        } else {
          long.append(bytes)
        }
      }
      self.short = short
      self.long = long
    }

    static func pack(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
      var value = UInt64(range.count) << 56
      for (shift, index) in range.enumerated() { value |= UInt64(text[index]) << (shift * 8) }
      return value
    }

    func contains(_ word: Word) -> Bool {
      let count = word.range.count
      if count <= 7 { return short.contains(WordSet.pack(word.text, word.range)) }
      return long.contains { candidate in
        candidate.count == count
          && Bytes.matches(
            word.text, at: word.range.lowerBound, candidate, limit: word.range.upperBound,
            ignoringCase: false)
      }
    }
  }

  /// A word of the sentence: its bytes without surrounding punctuation.
  private struct Word {
    var text: UnsafeBufferPointer<UInt8>
    var range: Range<Int>
    /// A copy of the word's bytes, made only where a lookup needs one.
    var bytes: [UInt8] { Array(text[range]) }
    var capitalised: Bool
    /// Punctuation after the word ends a run of name words.
    var endsClause: Bool
    var startsClause: Bool
    /// The word ends in `’s` or `'s` (`Roe’s`): it names whose, not who.
    var isPossessive: Bool {
      let end = range.upperBound
      guard range.count >= 3, text[end - 1] == UInt8(ascii: "s") else { return false }
      if text[end - 2] == UInt8(ascii: "'") { return true }
      return range.count >= 5 && text[end - 4] == 0xE2 && text[end - 3] == 0x80
        && text[end - 2] == 0x99
    }
  }

  static func speaker(
    for quotation: InlineQuotation, in text: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>,
    known: KnownNames, quoted: KnownNames = KnownNames()
  ) -> String? {
    let names = Names(known: known, quoted: quoted)
    let sentence = sentenceBounds(around: quotation, in: text, paragraph: paragraph)
    // A name that says who spoke stands close to the quotation; reading at most `reach` bytes
    // each side keeps a very long sentence from costing more than a short one. Another
    // quotation in the sentence bounds each side: the words beyond it speak for that one.
    let floor = max(sentence.lowerBound, quotation.outer.lowerBound - reach)
    let ceiling = min(sentence.upperBound, quotation.outer.upperBound + reach)
    let beforeStart = lastQuotationMarkEnd(text, floor..<quotation.outer.lowerBound) ?? floor
    let nextMark = firstQuotationMark(text, quotation.outer.upperBound..<ceiling)
    let before = words(text, beforeStart..<quotation.outer.lowerBound)
    let after = words(text, quotation.outer.upperBound..<(nextMark ?? ceiling))
    // Words that lead into another quotation name its speaker; only a name right after this
    // one (`"…," said Ann Lee, "…"`) is this one's.
    if let name = nameNextToVerb(after, names, atStartOnly: nextMark != nil) {
      return name
    }
    if let name = nameNextToVerb(before, names, closestLast: true)
      ?? nameBeforeColon(before, names)
    {
      return name
    }
    // Known names are found by their last word; the cheap hash test keeps the other words from
    // costing a copy and a dictionary lookup each.
    for part in [before, after] {
      for (index, word) in part.enumerated()
      where word.capitalised && known.mayEndAName(word.text, word.range) {
        let start = runStart(part, endingAt: index)
        for length in stride(from: min(4, index - start + 1), through: 2, by: -1) {
          if let name = known.fullName(joined(part[(index - length + 1)...index])) { return name }
        }
      }
    }
    for part in [before, after] {
      for word in part
      where word.capitalised && known.mayEndAName(word.text, word.range) {
        if let name = known.surname(word.bytes) { return name }
      }
    }
    return nil
  }

  /// Where the run of capitalised words that ends at `index` starts.
  private static func runStart(_ words: [Word], endingAt index: Int) -> Int {
    var start = index
    while start > 0 && !words[start].startsClause && words[start - 1].capitalised
      && !words[start - 1].endsClause
    {
      start -= 1
    }
    return start
  }

  private static func nameNextToVerb(
    _ words: [Word], _ names: Names, atStartOnly: Bool = false, closestLast: Bool = false
  ) -> String? {
    if atStartOnly, let first = words.first, conjunctions.contains(first) { return nil }
    // `according to Ann Lee`
    for (index, word) in words.enumerated().dropLast(2)
    where word.range.count == 9 && (word.bytes == according || word.bytes == According) {
      guard words[index + 1].bytes == to, !words[index + 1].endsClause else { continue }
      var run: [Word] = []
      var next = index + 2
      while next < words.count && words[next].capitalised && run.count < 4 {
        run.append(words[next])
        if words[next].endsClause { break }
        next += 1
      }
      if let name = resolve(run, names) { return name }
    }
    // Before a quotation the verb nearest to it speaks for it (`"…," Lund said, but Berg
    // said "…"`); after it, the first.
    let order = closestLast ? Array(words.indices.reversed()) : Array(words.indices)
    for index in order where isVerb(words[index]) {
      let word = words[index]
      // `said Ann Lee`, `said harbour master Per Lund`
      var roleWords = 0
      while !word.endsClause && roleWords < 2 && index + roleWords + 2 < words.count
        && !words[index + 1 + roleWords].capitalised
        && !words[index + 1 + roleWords].endsClause
        && !notRoleWords.contains(words[index + 1 + roleWords])
      {
        roleWords += 1
      }
      if roleWords > 0 && !words[index + 1 + roleWords].capitalised { roleWords = 0 }
      var next = index + 1 + roleWords
      var run: [Word] = []
      while next < words.count && words[next].capitalised && run.count < 3 && !word.endsClause {
        run.append(words[next])
        if words[next].endsClause { break }
        next += 1
      }
      let verbFirst = index == 0 || words[..<index].allSatisfy { auxiliaries.contains($0) }
      if !atStartOnly || verbFirst,
        let name = resolve(run, names, after: index, in: words, needsFullName: roleWords > 0)
          ?? (run.isEmpty ? nameAfterRole(words, verb: index, names) : nil)
      {
        return name
      }
      // `Ann Lee said`, `Ann Lee has said`, `the mayor, Ida Holm, said`
      var previous = index - 1
      while previous >= 0 && auxiliaries.contains(words[previous])
        && !words[previous].endsClause
      {
        previous -= 1
      }
      run = []
      // Set off by commas, the name's last word ends a clause of its own.
      let setOff = previous >= 0 && words[previous].capitalised && words[previous].endsClause
      var closest = setOff
      while previous >= 0 && words[previous].capitalised
        && (!words[previous].endsClause || closest) && run.count < 4
      {
        closest = false
        run.insert(words[previous], at: 0)
        if words[previous].startsClause { break }
        previous -= 1
      }
      // Set off by commas on both sides (`the mayor, Ida Holm, said`), not `prompted by
      // Isaacs, said`.
      let apposition = !setOff || previous < 0 || words[previous].endsClause
      if apposition, !atStartOnly || previous < 0,
        let name = resolve(run, names, after: previous, in: words)
      {
        return name
      }
    }
    return nil
  }

  /// `said the mayor, Petra Koll`: after the verb, what the speaker is (an article and up to
  /// three lower-case words, the last followed by a comma), then a name of two words or more
  /// or a known one. A comma, not a full stop: `said the mayor. Petra Koll …` starts another
  /// sentence.
  private static func nameAfterRole(_ words: [Word], verb: Int, _ names: Names) -> String? {
    guard !words[verb].endsClause else { return nil }
    var next = verb + 1
    if next < words.count, articles.contains(words[next]), !words[next].endsClause { next += 1 }
    var roleWords = 0
    while next < words.count, roleWords < 3, !words[next].capitalised,
      !notRoleWords.contains(words[next])
    {
      roleWords += 1
      next += 1
      guard !words[next - 1].endsClause else { break }
    }
    guard roleWords > 0, next < words.count, isFollowedByComma(words[next - 1]) else { return nil }
    let runStart = next
    var run: [Word] = []
    while next < words.count && words[next].capitalised && run.count < 3 {
      run.append(words[next])
      if words[next].endsClause { break }
      next += 1
    }
    return resolve(run, names, after: runStart - 1, in: words, needsFullName: true)
  }

  private static let articles = WordSet(["the", "a", "an", "their", "its", "our"])

  private static func isFollowedByComma(_ word: Word) -> Bool {
    word.range.upperBound < word.text.count && word.text[word.range.upperBound] == UInt8(ascii: ",")
  }

  /// `City planner Inge Vos: “…”`: a name run closing with a colon right before the
  /// quotation, of two words or more or a known name.
  private static func nameBeforeColon(_ words: [Word], _ names: Names) -> String? {
    guard let last = words.last, last.capitalised, last.range.upperBound < last.text.count,
      last.text[last.range.upperBound] == UInt8(ascii: ":")
    else { return nil }
    var start = words.count - 1
    while start > 0 && words.count - start < 4 && words[start - 1].capitalised
      && !words[start - 1].endsClause && !words[start].startsClause
    {
      start -= 1
    }
    // What stands before the name may say what the speaker is (`City planner`), but not who
    // is spoken to (`Ann Lee said to Bo Roe:`).
    guard start <= 3,
      words[..<start].allSatisfy({ !isVerb($0) && !notRoleWords.contains($0) && !$0.endsClause })
    else { return nil }
    return resolve(Array(words[start...]), names, after: start - 1, in: words, needsFullName: true)
  }

  /// The name a run of capitalised words gives: a known name it ends with, a known surname, or
  /// its last two words. A lone pronoun gives none. A possessive and what comes before it only
  /// say whose the speaker is (`said Bob Roe’s neighbour` names nobody who spoke; `said
  /// Acme’s Ann Lee` names Ann Lee), so they are left out.
  ///
  /// `words[before]` is the word before the run (if any): a single unknown word after `in` or
  /// `from` is a place. `needsFullName`: only a name of two words or more, or a known one.
  private static func resolve(
    _ run: [Word], _ names: Names, after before: Int = -1, in words: [Word] = [],
    needsFullName: Bool = false
  ) -> String? {
    let owned = run.lastIndex { $0.isPossessive }.map { run[($0 + 1)...] } ?? run[...]
    let run = owned.drop { connectives.contains($0) || pronouns.contains($0) }
    guard let last = run.last, !pronouns.contains(last),
      !run.contains(where: { timeWords.contains($0) })
    else { return nil }
    for length in stride(from: run.count, through: 2, by: -1) {
      if let name = names.fullName(joined(run.suffix(length))) { return name }
    }
    if let name = names.surname(last.bytes) { return name }
    if run.count == 1 {
      if needsFullName { return nil }
      if before >= 0, before < words.count, run.startIndex == owned.startIndex,
        placePrepositions.contains(words[before])
      {
        return nil
      }
    }
    return String(decoding: joined(run.suffix(2)), as: UTF8.self)
  }

  /// The names a run next to a verb of saying is looked up in: the known ones first, then
  /// those quotations were attributed to.
  private struct Names {
    let known: KnownNames
    let quoted: KnownNames

    func fullName(_ key: [UInt8]) -> String? { known.fullName(key) ?? quoted.fullName(key) }
    func surname(_ key: [UInt8]) -> String? { known.surname(key) ?? quoted.surname(key) }
  }

  /// Whether a quotation mark starts at `index`: `"`, `“`, `”`, `„`, `«` or `»`.
  private static func quotationMarkLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Int
  {
    let byte = text[index]
    if byte == UInt8(ascii: "\"") { return 1 }
    if byte == 0xC2, index + 1 < text.count, text[index + 1] == 0xAB || text[index + 1] == 0xBB {
      return 2
    }
    if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x80,
      (0x9C...0x9E).contains(text[index + 2])
    {
      return 3
    }
    return 0
  }

  /// Where the first quotation mark in `range` starts.
  private static func firstQuotationMark(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Int?
  {
    range.first { quotationMarkLength(text, at: $0) > 0 }
  }

  /// Where the last quotation mark in `range` ends.
  private static func lastQuotationMarkEnd(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Int? {
    for index in range.reversed() {
      let length = quotationMarkLength(text, at: index)
      if length > 0 && index + length <= range.upperBound { return index + length }
    }
    return nil
  }

  private static func joined(_ words: ArraySlice<Word>) -> [UInt8] {
    var bytes: [UInt8] = []
    for word in words {
      if !bytes.isEmpty { bytes.append(0x20) }
      bytes += word.bytes
    }
    return bytes
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
    var result: [Word] = []
    result.reserveCapacity(range.count / 5 + 1)
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      while index < end && Bytes.isWhitespace(text[index]) { index += 1 }
      var lower = index
      while index < end && !Bytes.isWhitespace(text[index]) { index += 1 }
      var upper = index
      guard lower < upper else { break }
      var startsClause = false
      var endsClause = false
      while lower < upper {
        if isPunctuation(text[lower]) {
          lower += 1
        } else if lower + 3 <= upper && curlyMarkEnding(at: lower + 3, text, lower..<upper) {
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
      guard lower < upper else { continue }
      result.append(
        Word(
          text: text, range: lower..<upper,
          capitalised: Bytes.startsCapitalised(text, at: lower, limit: upper),
          endsClause: endsClause, startsClause: startsClause))
    }
    return result
  }

  /// The sentence holding the quotation, within its paragraph and `reach` bytes of its marks.
  private static func sentenceBounds(
    around quotation: InlineQuotation, in text: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>
  ) -> Range<Int> {
    let floor = max(paragraph.lowerBound, quotation.outer.lowerBound - reach)
    let ceiling = min(paragraph.upperBound, quotation.outer.upperBound + reach)
    var start = quotation.outer.lowerBound
    while start > floor {
      if Bytes.isWhitespace(text[start - 1]) && endsSentence(before: start - 1, text, paragraph) {
        break
      }
      start -= 1
    }
    let closeMarkEnd = quotation.outer.upperBound
    var afterMark = closeMarkEnd
    while afterMark < ceiling && Bytes.isWhitespace(text[afterMark]) { afterMark += 1 }
    let quotedEnd = closeMarkEnd - (text[closeMarkEnd - 1] == UInt8(ascii: "\"") ? 1 : 3)
    if endsSentence(before: quotedEnd, text, paragraph)
      && (afterMark == ceiling || Bytes.startsCapitalised(text, at: afterMark, limit: ceiling))
    {
      return start..<closeMarkEnd
    }
    var end = closeMarkEnd
    while end < ceiling {
      let byte = text[end]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
        if end + 1 == ceiling || Bytes.isWhitespace(text[end + 1]) {
          return start..<end + 1
        }
      }
      end += 1
    }
    return start..<ceiling
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

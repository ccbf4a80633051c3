import TerminalText

/// One author's name as a byline or signature gives it, split into the name a reader files
/// the piece under and what only describes the person.
///
/// Life dates (`(1835-1910)`, `(1855- )`), honorifics before the name (`Prof.`, `Dr.`, `Mr.`)
/// go to the description (`AuthorList` sends degrees after a comma there too); generational
/// suffixes (`Jr.`, `Sr.`, `III`) stay in the name, and so do titles of rank, which are how
/// the person is known (`Sir Robert Ball`, `Lady Gregory`). A name set in capitals is shown in
/// natural case.
struct PersonName: Equatable {
  var name: String
  /// What was taken off the name, in the order it stood; empty when nothing was.
  var description: [String]

  private static let honorifics: Set<String> = [
    "prof", "professor", "dr", "doctor", "rev", "reverend", "mr", "mrs", "miss", "ms", "hon",
    "col", "colonel", "capt", "captain", "gen", "general", "president", "presidents", "mme",
    "madame", "senator", "minister", "chancellor", "judge", "governor", "mayor",
  ]
  private static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

  /// Cleans `raw` (one name, possibly with dates and titles); nil when nothing name-like is
  /// left.
  static func parse(_ raw: String) -> PersonName? {
    var description: [String] = []
    var text = trimmed(raw)
    // Life dates: a parenthesised part made of digits, dashes, spaces and `?` or `c.`.
    while PlainNameText.contains(text, UInt8(ascii: "(")), let open = text.lastIndex(of: "("),
      let close = text[open...].firstIndex(of: ")"),
      text[text.index(after: open)..<close].allSatisfy({
        $0.isNumber || $0 == "-" || $0 == "–" || $0 == " " || $0 == "?" || $0 == "c" || $0 == "."
      })
    {
      description.append(String(text[open...close]))
      text = trimmed(String(text[..<open]) + String(text[text.index(after: close)...]))
    }
    var words = PlainNameText.split(text, on: " ").map(String.init)
    while words.count > 1, honorifics.contains(key(words[0])) {
      description.insert(words.removeFirst(), at: 0)
    }
    guard !words.isEmpty else { return nil }
    let name = NaturalCase.name(words.joinedText(separator: " "))
    return PersonName(name: name, description: description)
  }

  /// Whether `word` is a title put before a name (`Prof.`, `President`), not a first name.
  static func isHonorific(_ word: String) -> Bool { honorifics.contains(key(word)) }

  /// Whether a comma-separated part after a name is an abbreviated degree or title
  /// (`PH.D.`, `Litt. D.`, `C. E.`): every word abbreviated, few letters in all.
  static func isAbbreviation(_ part: String) -> Bool {
    let words = part.split(separator: " ")
    let letters = part.filter(\.isLetter).count
    return !words.isEmpty && letters <= 5 && words.allSatisfy { $0.contains(".") || $0.count == 1 }
  }

  /// Whether a comma-separated part after a name continues it (`Jr.`).
  static func isSuffix(_ part: String) -> Bool { suffixes.contains(key(part)) }

  /// Lower-case letters and single spaces only: `Ph. D.` → `ph d`, `PROF.` → `prof`.
  static func key(_ word: String) -> String {
    if PlainNameText.isPlain(word) { return plainKey(word) }
    var out = ""
    for character in word.lowercased() {
      if character.isLetter {
        out.append(character)
      } else if character == " " && !out.isEmpty && out.last != " " {
        out.append(" ")
      }
    }
    return out.hasSuffix(" ") ? String(out.dropLast()) : out
  }

  /// `key` of a plain string, byte by byte: ASCII letters lower-cased, single spaces.
  private static func plainKey(_ word: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(word.utf8.count)
    for byte in word.utf8 {
      if Bytes.isASCIILetter(byte) {
        out.append(byte | 0x20)
      } else if byte == 0x20 && !out.isEmpty && out.last != 0x20 {
        out.append(0x20)
      }
    }
    if out.last == 0x20 { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
  }

  static func trimmed(_ text: String) -> String {
    if PlainNameText.isPlain(text) {
      let bytes = text.utf8
      let edge: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x2C || $0 == 0x3B }
      guard let first = bytes.firstIndex(where: { !edge($0) }),
        let last = bytes.lastIndex(where: { !edge($0) })
      else { return "" }
      return String(Substring(bytes[first...last]))
    }
    var slice = Substring(text)
    while let first = slice.first, first == " " || first == "," || first == ";" {
      slice = slice.dropFirst()
    }
    while let last = slice.last, last == " " || last == "," || last == ";" {
      slice = slice.dropLast()
    }
    return String(slice)
  }
}

import TerminalText

/// The names part of a byline or signature: one or more people, then what describes them.
///
/// `A and B`, `A & B`, `A, B, and C` and `A, with B` are several authors. After the names, a
/// comma starts the description (`Ann Lee, Vladikavkaz-based journalist`), except that
/// `Jr.` joins the name before it and a degree (`Ph. D.`) goes to the description with the
/// name's own dates and honorifics. A comma-separated part counts as another author only when
/// the list ends in `and`/`&`/`with` (after the last comma or inside the last part, `A, B and
/// C`) and every part looks like a name, so `Robert Ball, Lowndean Professor of Astronomy`
/// stays one author.
struct AuthorList: Equatable {
  var authors: [String]
  var description: String?

  /// Most words a name may have (which keeps `By the way the …` out).
  static let maximumNameWords = 6

  /// Parses `text` (single spaces, no leading `by`); nil when a name does not start as
  /// `NameWord` says (with `allowingLowercase`, a name in lower case passes) or is too long.
  static func parse(_ text: String, allowingLowercase: Bool = false) -> AuthorList? {
    let parts = PlainNameText.split(text, on: ",", omittingEmpty: false).map {
      PersonName.trimmed(String($0))
    }.filter { !$0.isEmpty }
    guard !parts.isEmpty else { return nil }
    var names: [String] = []
    var descriptions: [String] = []
    var index = 0
    let isList = listLength(parts)
    // The first part, and the parts of an `A, B, and C` list, hold names.
    let nameParts = max(1, isList)
    while index < parts.count && index < nameParts {
      names += split(joiners(stripping: parts[index]))
      index += 1
    }
    while index < parts.count && PersonName.isSuffix(parts[index]) && !names.isEmpty {
      names[names.count - 1] += ", " + parts[index]
      index += 1
    }
    var nameDescriptions: [String] = []
    var authors: [String] = []
    for raw in names {
      let words = PlainNameText.split(raw, on: " ")
      guard NameWord.startsName(words, allowingLowercase: allowingLowercase),
        words.count <= maximumNameWords,
        let person = PersonName.parse(
          PlainNameText.contains(raw, UInt8(ascii: "_")) ? raw.filter { $0 != "_" } : raw)
      else { return nil }
      authors.append(person.name)
      nameDescriptions += person.description
    }
    while index < parts.count {
      descriptions.append(parts[index])
      index += 1
    }
    let all = nameDescriptions + descriptions
    return AuthorList(
      authors: authors, description: all.isEmpty ? nil : all.joinedText(separator: ", "))
  }

  /// How many leading parts form an `A, B, and C` list (0 when they do not).
  private static func listLength(_ parts: [String]) -> Int {
    guard parts.count >= 2 else { return 0 }
    for (index, part) in parts.enumerated() where index > 0 {
      let lower = part.lowercased()
      let joined = lower.hasPrefix("and ") || lower.hasPrefix("& ") || lower.hasPrefix("with ")
      if !joined && endsList(part) { return index + 1 }
      guard looksLikeName(joiners(stripping: part)) else { return 0 }
      if joined { return index + 1 }
    }
    return 0
  }

  /// Whether `part` closes a list written without the serial comma (`Ann Lee, Bob Roe and
  /// Carl Dane`): names joined by `and`/`&`, each of at most four words, none a word that
  /// describes rather than names, so `Robert Ball, Senior Editor and Columnist` stays one
  /// author with a description.
  private static func endsList(_ part: String) -> Bool {
    let names = split(part)
    return names.count >= 2
      && names.allSatisfy { name in
        let words = PlainNameText.split(name, on: " ")
        return words.count <= 4 && looksLikeName(name)
          && !words.contains { DescriptiveWord.contains($0) }
      }
  }

  /// Every word starts as a name's word does (capitalised or without case, particles like
  /// `de` aside), and one is not a particle; at most five words.
  static func looksLikeName(_ part: String) -> Bool {
    let words = PlainNameText.split(part, on: " ")
    guard !words.isEmpty, words.count <= 5 else { return false }
    return words.allSatisfy { NameWord.isCapitalised($0) || NameWord.isParticle($0) }
      && !words.allSatisfy { NameWord.isParticle($0) }
  }

  /// `part` without a leading `and `, `& ` or `with `.
  private static func joiners(stripping part: String) -> String {
    let lower = part.lowercased()
    for joiner in ["and ", "& ", "with "] where lower.hasPrefix(joiner) {
      return String(part.dropFirst(joiner.count))
    }
    return part
  }

  /// Whether `word` is `and` (any case) or `&`. No character outside ASCII lower-cases to a
  /// letter of `and`, so comparing bytes gives what `lowercased()` would.
  private static func isJoiningWord(_ word: Substring) -> Bool {
    let bytes = word.utf8
    if bytes.count == 1 { return bytes.first == UInt8(ascii: "&") }
    guard bytes.count == 3 else { return false }
    return zip(bytes, "and".utf8).allSatisfy { Bytes.lowercased($0) == $1 }
  }

  /// Splits one comma part on ` and ` and ` & ` (any case); `with` joins names only after a
  /// comma, since `by Ann Lee with photographs by …` is one author.
  private static func split(_ part: String) -> [String] {
    var names: [String] = []
    var current: [Substring] = []
    for word in PlainNameText.split(part, on: " ") {
      if isJoiningWord(word) && !current.isEmpty {
        names.append(current.joinedText(separator: " "))
        current = []
      } else {
        current.append(word)
      }
    }
    if !current.isEmpty { names.append(current.joinedText(separator: " ")) }
    return names
  }
}

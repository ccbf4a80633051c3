/// Which words may begin a person's name in a byline: a capitalised word, a word in a script
/// without case, or lower-case family-name particles before one (`de la Cruz`), apart
/// (`de`) or joined by an apostrophe or hyphen (`d’Artagnan`, `al-Hassan`).
///
/// Scripts without case (CJK, Arabic, Hebrew, Thai, Devanagari, …) write every name the way
/// an unmarked word is written, so their first letter counts as a capital would; otherwise
/// `by 李小龍` and `Ann Lee and 王伟` would never be bylines. Ordinary lower-case words still
/// start no name, which keeps `By the way, …` and `by then` out.
enum NameWord {
  /// Family-name particles written in lower case, inside a name or at its start.
  static let particles: Set<String> = [
    "de", "la", "las", "los", "del", "della", "des", "van", "von", "der", "den", "da", "das",
    "dos", "di", "du", "le", "les", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y",
  ]

  /// Particles written joined to the capitalised rest of a name by an apostrophe (`d’`, `l’`)
  /// or a hyphen (`al-`, `el-`). `O’` and `Mc` start with a capital and need no entry.
  static let joinedParticles: Set<String> = [
    "d", "l", "dell", "dall", "al", "el", "ad", "as", "ash", "at", "az", "an", "ar", "ibn", "bin",
    "abu", "abd",
  ]

  /// Whether `word` starts as a name's word does: with a capital (or `_`, italics around a
  /// name), with a letter that has no case, or with a joined particle before a capital.
  static func isCapitalised(_ word: some StringProtocol) -> Bool {
    guard let first = word.first else { return false }
    if first.isUppercase || first == "_" { return true }
    if first.isLetter && !first.isLowercase { return true }
    return hasJoinedParticle(word)
  }

  /// Whether `word` is a lower-case particle, an apostrophe or hyphen, then a capital:
  /// `d’Artagnan`, `d'Arcy`, `al-Hassan` (not `well-known`, not `don't`).
  private static func hasJoinedParticle(_ word: some StringProtocol) -> Bool {
    guard let joint = word.firstIndex(where: { $0 == "’" || $0 == "'" || $0 == "-" }),
      joinedParticles.contains(String(word[..<joint]))
    else { return false }
    let rest = word[word.index(after: joint)...]
    return rest.first?.isUppercase == true
  }

  /// Whether `word` is one of the lower-case particles.
  static func isParticle(_ word: some StringProtocol) -> Bool {
    particles.contains(String(word))
  }

  /// Whether `words` begin a name: a capitalised word, after any particles. With
  /// `allowingLowercase` (a byline with a bracketed date, a strong enough signal) a name
  /// written all in lower case (`bell hooks`) counts too, as long as it starts with a letter.
  static func startsName(_ words: [Substring], allowingLowercase: Bool = false) -> Bool {
    guard let first = words.first?.first else { return false }
    if allowingLowercase && first.isLetter { return true }
    for word in words {
      if isCapitalised(word) { return true }
      guard isParticle(word) else { return false }
    }
    return false
  }
}

/// The full names a document gives for people (bylines, the title page, the contents), so
/// that a signature by surname (`HAMILTON`) or initials (`D.S.`) can be shown as the person's
/// full name (`Alexander Hamilton`, `Dorothy Scarborough`).
///
/// A short form resolves only when exactly one known name fits it: two Hamiltons leave
/// `HAMILTON` unresolved rather than guessed.
struct NameBook {
  private var names: [String] = []
  private var seen: Set<String> = []

  /// Remembers a full name (two words or more; a single word is no one's full name).
  mutating func add(_ name: String) {
    guard name.split(separator: " ").count >= 2 else { return }
    let key = PersonName.key(name)
    guard seen.insert(key).inserted else { return }
    names.append(name)
  }

  /// The known full name `name` stands for: itself, its surname or its last words.
  func resolve(_ name: String) -> String? {
    let key = PersonName.key(name)
    guard !key.isEmpty else { return nil }
    if let exact = names.first(where: { PersonName.key($0) == key }) { return exact }
    if let bySurname = unique(names.filter { PersonName.key($0).hasSuffix(" " + key) }) {
      return bySurname
    }
    // An initial and the surname (`I. MARR`): the one known name with both.
    let words = key.split(separator: " ")
    guard words.count == 2, words[0].count == 1, let initial = words[0].first else { return nil }
    return unique(
      names.filter { name in
        let known = PersonName.key(name).split(separator: " ")
        return known.count >= 2 && known.first?.first == initial && known.last == words[1]
      })
  }

  /// The known full name with exactly these initials, one per word.
  func resolve(initials: [Character]) -> String? {
    let wanted = initials.map { Character($0.lowercased()) }
    return unique(
      names.filter { name in
        let words = PersonName.key(name).split(separator: " ")
        return words.count == wanted.count && zip(words, wanted).allSatisfy { $0.first == $1 }
      })
  }

  /// The full names a signature stands for; nil when one of its names cannot be given. A
  /// name the document does not give is still taken, in natural case, when it is set in
  /// capitals and `allowingUnknownCapitals` (a signature right under a heading).
  func resolve(_ signed: [SignatureLine.Name], allowingUnknownCapitals: Bool) -> [String]? {
    var authors: [String] = []
    for name in signed {
      switch name {
      case .initials(let letters):
        guard let full = resolve(initials: letters) else { return nil }
        authors.append(full)
      case .words(let words):
        if let full = resolve(words) {
          authors.append(full)
        } else if allowingUnknownCapitals && NaturalCase.isAllCaps(words),
          let person = PersonName.parse(words)
        {
          authors.append(person.name)
        } else {
          return nil
        }
      }
    }
    return authors.isEmpty ? nil : authors
  }

  private func unique(_ candidates: [String]) -> String? {
    candidates.count == 1 ? candidates[0] : nil
  }
}

import Synchronization

/// The other ways a letter with an accent can be spelt in a file: precomposed (`é`, U+00E9)
/// or decomposed (`e` and U+0301). The search compares characters as Swift does, by canonical
/// equivalence, so either finds the other — but the byte probe looks for bytes, and the two
/// spellings share none. Worked out by comparison, with no normalisation tables (the reader
/// does without Foundation): for Latin letters and the combining marks accents use, which is
/// what files mix in practice (text pasted from macOS file names and some PDFs).
enum CanonicalForms {
  /// The combining marks tried after a base letter: grave to ogonek (U+0300–U+0328), which
  /// hold every accent of the Latin letters below.
  private static let marks = (0x300...0x328).compactMap(Unicode.Scalar.init)
  /// Precomposed Latin letters: Latin-1, Latin Extended-A and B, Latin Extended Additional.
  private static let precomposed =
    ((0xC0...0x24F).compactMap(Unicode.Scalar.init)
      + (0x1E00...0x1EFF).compactMap(Unicode.Scalar.init))

  /// Each character asked about, with its spellings: working them out compares a few thousand
  /// candidates (about a millisecond), and the search asks again for every article it sets.
  /// Characters compare by canonical equivalence, so both spellings share one entry, as they
  /// share their spellings.
  private static let known = Mutex<[Character: [[UInt8]]]>([:])

  /// The UTF-8 spellings of `character`, its own included, canonically equivalent to it.
  static func spellings(of character: Character) -> [[UInt8]] {
    if let found = known.withLock({ $0[character] }) { return found }
    var result = [Array(String(character).utf8)]
    for other in others(of: character) where !result.contains(Array(other.utf8)) {
      result.append(Array(other.utf8))
    }
    // A bound, as a query can be any text pasted.
    known.withLock { if $0.count < 4096 { $0[character] = result } }
    return result
  }

  /// Spellings of `character` other than its own, canonically equivalent to it.
  static func others(of character: Character) -> [String] {
    let scalars = Array(character.unicodeScalars)
    if scalars.count == 1, let scalar = scalars.first,
      (0xC0...0x24F).contains(scalar.value) || (0x1E00...0x1EFF).contains(scalar.value)
    {
      // Precomposed: its base letter and mark.
      var result: [String] = []
      for base in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars {
        for mark in marks {
          var spelt = String.UnicodeScalarView()
          spelt.append(base)
          spelt.append(mark)
          if Character(String(spelt)) == character { result.append(String(spelt)) }
        }
      }
      return result
    }
    if scalars.count > 1, scalars[0].isASCII {
      // Decomposed: the precomposed letter, and the letter and its marks as written.
      return precomposed.filter { Character($0) == character }.map { String($0) }
    }
    return []
  }
}

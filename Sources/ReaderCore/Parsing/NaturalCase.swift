import TerminalText

/// Shows a name set in capitals the way it is written in running text: `EDGAR ALLAN POE` →
/// `Edgar Allan Poe`, `FITZ-JAMES O'BRIEN` → `Fitz-James O'Brien`, `GUY DE MAUPASSANT` →
/// `Guy de Maupassant`.
///
/// Only words with no lower-case letter are changed, so `MacGowan` or `McLean` written in
/// mixed case stay as they are; a word in capitals cannot say where its inner capitals were
/// (`MACGOWAN`), and gets one capital.
enum NaturalCase {
  /// Family-name particles that stay lower-case inside a name (never as its first word).
  private static let particles: Set<String> = [
    "de", "du", "des", "van", "von", "der", "den", "da", "di",
  ]

  /// A one-word name this short in capitals is an acronym (`RT`, `BBC`), kept as written.
  static let longestAcronym = 4

  /// `name` in natural case, words separated by single spaces.
  static func name(_ name: String) -> String {
    let words = PlainNameText.words(name)
    if words.count == 1 && PlainNameText.count(name) <= longestAcronym { return name }
    var result: [String] = []
    for (index, word) in words.enumerated() {
      guard !PlainNameText.hasLowercase(word), PlainNameText.hasUppercase(word) else {
        result.append(String(word))
        continue
      }
      let lower = word.lowercased()
      if index > 0 && index < words.count - 1 && particles.contains(lower) {
        result.append(lower)
      } else {
        result.append(capitalisingParts(lower))
      }
    }
    return result.joinedText(separator: " ")
  }

  /// Whether `name` is set wholly in capitals (and has letters).
  static func isAllCaps(_ name: String) -> Bool {
    PlainNameText.hasUppercase(name) && !PlainNameText.hasLowercase(name)
  }

  /// Capitalises the word and every part after `-`, `'` or `’` (`o'brien` → `O'Brien`,
  /// `w.f.` → `W.F.`).
  private static func capitalisingParts(_ word: String) -> String {
    if PlainNameText.isPlain(word) {
      var bytes = Array(word.utf8)
      var startOfPart = true
      for index in bytes.indices {
        let byte = bytes[index]
        if startOfPart && byte >= 0x61 && byte <= 0x7A { bytes[index] = byte - 0x20 }
        startOfPart = byte == 0x2D || byte == 0x27 || byte == 0x2E
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    var out = ""
    var startOfPart = true
    for character in word {
      out += startOfPart ? character.uppercased() : String(character)
      startOfPart = character == "-" || character == "'" || character == "’" || character == "."
    }
    return out
  }
}

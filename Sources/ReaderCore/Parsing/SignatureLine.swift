import TerminalText

/// A line that is nothing but who wrote the piece: a signature without `by`, before the text
/// (`HAMILTON`, `MADISON, with HAMILTON`) or after it (`ALEXANDER JESSUP.`, `D.S.`).
///
/// The line is one to three names joined by `,`, `and`, `&` or `with`, each one to four
/// capitalised words (or initials), with nothing else on it but a final period or a leading
/// dash. What the names stand for is `NameBook`'s business; whether a line in capitals is
/// enough, or the name must be one the document gives elsewhere, is the caller's.
enum SignatureLine {
  /// One signed name as written.
  enum Name: Equatable {
    /// Words (`HAMILTON`, `Alexander Jessup`).
    case words(String)
    /// Initials only (`D.S.` → `["D", "S"]`).
    case initials([Character])
  }

  static let maximumLength = 80
  static let maximumNames = 3
  static let maximumWordsPerName = 4
  private static let stopWords: Set<String> = [
    "the", "of", "in", "on", "a", "an", "to", "for", "from", "at", "by", "is", "was", "end",
    "finis", "chapter", "part", "contents", "note", "notes",
  ]

  /// The names signed on `paragraph`, or nil when it is not a signature line.
  static func parse(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> [Name]? {
    guard paragraph.isSingleLine, paragraph.range.count <= maximumLength else { return nil }
    var line = Substring(Bytes.string(text, paragraph.range))
    while let first = line.first, first == "-" || first == "—" || first == "–" || first == " " {
      line = line.dropFirst()
    }
    while let last = line.last, last == "." || last == " " { line = line.dropLast() }
    guard !line.isEmpty,
      line.allSatisfy({
        $0.isLetter || $0 == " " || $0 == "." || $0 == "," || $0 == "'" || $0 == "’"
          || $0 == "-" || $0 == "&"
      })
    else { return nil }
    if let initials = initials(line) { return [.initials(initials)] }
    var names: [Name] = []
    for part in splitNames(line) {
      let words = part.split(separator: " ")
      guard !words.isEmpty, words.count <= maximumWordsPerName,
        words.allSatisfy({ word in
          word.first.map(\.isUppercase) == true && !stopWords.contains(word.lowercased())
        })
      else { return nil }
      names.append(.words(words.joinedText(separator: " ")))
    }
    return names.isEmpty || names.count > maximumNames ? nil : names
  }

  /// `D.S.`, `D. S.`, `R.W.C` (the final period already dropped): two to four capitals, each
  /// followed by a period but the last.
  private static func initials(_ line: Substring) -> [Character]? {
    let letters = line.filter { $0 != " " && $0 != "." }
    guard letters.count >= 2, letters.count <= 4, letters.allSatisfy(\.isUppercase),
      line.filter({ $0 == "." }).count == letters.count - 1
    else { return nil }
    return Array(letters)
  }

  private static func splitNames(_ line: Substring) -> [String] {
    var names: [String] = []
    var current: [Substring] = []
    for (index, piece) in line.split(separator: ",").enumerated() {
      // A degree after the name (`, PH.D`) describes the person; it names no one.
      if index > 0 && PersonName.isAbbreviation(String(piece)) { continue }
      for word in piece.split(separator: " ") {
        let lower = word.lowercased()
        if lower == "and" || lower == "&" || lower == "with" {
          if !current.isEmpty { names.append(current.joinedText(separator: " ")) }
          current = []
        } else {
          current.append(word)
        }
      }
      if !current.isEmpty { names.append(current.joinedText(separator: " ")) }
      current = []
    }
    return names
  }
}

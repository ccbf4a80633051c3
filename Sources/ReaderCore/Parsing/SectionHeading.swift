/// A one-line heading that stands apart from the text around it: what a title with no byline
/// looks like (`Introduction`, `Editor's Table`, `FEDERALIST No. 6`).
///
/// A heading is short, starts with a capital letter, does not end like a clause (`,` `;` `:`),
/// and reads like a title: its longer words are capitalised, or it has no lower-case letter
/// at all. It starts a piece when the file sets it off by at least `pieceGap` blank lines
/// (anthologies put more space before a piece than between paragraphs), or, for a label such
/// as `Introduction` or `Preface`, by `labelGap`. A chapter division (`II`, `Chapter 3`) and a
/// book's apparatus (`Contents`, `Acknowledgments`, `Transcriber's Notes`) never start a piece.
enum SectionHeading: Equatable {
  /// Starts a piece titled by itself.
  case piece
  /// Starts a piece of a numbered series (`FEDERALIST No. 6`, `No. 12`): the subtitle that
  /// follows, if any, is the better title.
  case numbered
  /// A piece's label (`Introduction`): starts a piece, or names the one a title just began.
  case label
  /// A chapter or part inside a piece.
  case division
  /// A book's contents, acknowledgments or notes: part of whatever surrounds it.
  case apparatus

  static let pieceGap = 3
  static let labelGap = 2
  static let maximumLength = 100
  static let maximumWords = 12

  private static let labels: Set<String> = [
    "introduction", "preface", "foreword", "prologue", "epilogue", "afterword", "prelude",
    "introductory note", "editors introduction", "editors note", "general introduction",
  ]
  private static let apparatusWords: Set<String> = [
    "contents", "table of contents", "acknowledgments", "acknowledgements", "acknowledgment",
    "index", "footnotes", "notes", "illustrations", "list of illustrations", "errata",
    "transcribers note", "transcribers notes", "dedication", "bibliography",
  ]
  private static let divisions: Set<String> = ["chapter", "part", "book", "section", "canto"]
  private static let seriesMarks: Set<String> = ["no", "number", "nr"]

  /// What `paragraph`, set off by `gap` blank lines, is; nil when it is no heading that
  /// matters here (including every heading with a gap too small to set it off).
  static func parse(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph, gap: Int) -> Self? {
    guard gap >= labelGap, paragraph.isSingleLine, paragraph.range.count <= maximumLength,
      Bytes.startsCapitalised(
        text, at: paragraph.range.lowerBound, limit: paragraph.range.upperBound)
    else { return nil }
    let line = Bytes.string(text, paragraph.range)
    guard let last = line.last, last != ",", last != ";", last != ":", last != "-" else {
      return nil
    }
    let words = line.split(separator: " ")
    guard words.count <= maximumWords, readsLikeTitle(words) else { return nil }
    let key = PersonName.key(line)
    if apparatusWords.contains(key) { return .apparatus }
    if labels.contains(key) { return .label }
    if isNumeral(words[words.count - 1]) {
      if words.count == 1 || divisions.contains(PersonName.key(String(words[0]))) {
        return .division
      }
      if words.count >= 2 && seriesMarks.contains(PersonName.key(String(words[words.count - 2]))) {
        // `No. 11` alone on its line says what it is: two blank lines set it off enough.
        return gap >= pieceGap || (words.count == 2 && gap >= labelGap) ? .numbered : nil
      }
    }
    return gap >= pieceGap ? .piece : nil
  }

  /// Whether `paragraph` is a piece's label (`Introduction`, `INTRODUCTION.`), whatever space
  /// stands before it.
  static func isLabel(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> Bool {
    paragraph.isSingleLine && paragraph.range.count <= maximumLength
      && labels.contains(PersonName.key(Bytes.string(text, paragraph.range)))
  }

  /// Longer words capitalised (`Fragments of Science`), or no lower-case letter at all.
  private static func readsLikeTitle(_ words: [Substring]) -> Bool {
    words.allSatisfy { word in
      let letters = word.filter(\.isLetter)
      guard letters.count >= 4, let first = letters.first else { return true }
      return first.isUppercase
    }
  }

  /// Arabic digits or a Roman numeral, with an optional final period.
  static func isNumeral(_ word: Substring) -> Bool {
    let core = word.last == "." ? word.dropLast() : word
    guard !core.isEmpty else { return false }
    if core.allSatisfy(\.isNumber) { return true }
    return core.count <= 8 && core.uppercased().allSatisfy { "IVXLCDM".contains($0) }
      && (core == core.uppercased() || core == core.lowercased())
  }
}

import ReaderCore

/// Finding the article a link names: titles compared with case, typographic quotes, dashes,
/// ellipses and spacing folded, so `Voices from the platform — the first week` names the
/// article titled `voices from the platform - the first week`.
enum TitleMatch {
  /// The article of `document` whose title folds to the same text as `title`: of several
  /// (a compilation may repeat a title), the one of `date` when one has it, else the first.
  static func article(titled title: String, date: CalendarDate? = nil, in document: Document)
    -> Int?
  {
    let wanted = fold(title)
    guard !wanted.isEmpty else { return nil }
    let titled = document.articles.indices.filter { fold(document.articles[$0].title) == wanted }
    if let date, let dated = titled.first(where: { document.articles[$0].date == date }) {
      return dated
    }
    return titled.first
  }

  /// `text` in lower case, `‘’‛′` as `'`, `“”„‟″«»` as `"`, dashes and hyphens as `-`, `…` as
  /// `...`, every run of spaces as one, trimmed.
  static func fold(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result += " " }
      pendingSpace = false
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": result += "'"
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{AB}", "\u{BB}":
        result += "\""
      case "\u{2010}"..."\u{2015}", "\u{2212}": result += "-"
      case "\u{2026}": result += "..."
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

import ReaderCore
import ReaderStore
import TerminalText

/// One of your highlights as the `H` list shows it: where it stands now (nil when its text is
/// gone), its text as kept, and its note.
struct YourHighlight: Sendable, Hashable {
  var id: String
  var span: TextSpan?
  var exact: String
  var note: String?
  /// The article's title as kept with it: the heading of one whose text is gone.
  var articleTitle: String

  /// Yours in reading order (article, block, offset), then those whose text is gone, newest
  /// last as stored.
  static func all(placed: [String: TextSpan], annotations: [StoredAnnotation]) -> [YourHighlight] {
    annotations.map {
      YourHighlight(
        id: $0.id, span: placed[$0.id], exact: $0.anchor.quote.exact, note: $0.note,
        articleTitle: $0.anchor.articleTitle)
    }
    .enumerated()
    .sorted { a, b in
      switch (a.element.span, b.element.span) {
      case (let x?, let y?):
        return (x.article, x.block, x.range.lowerBound, a.offset)
          < (y.article, y.block, y.range.lowerBound, b.offset)
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a.offset < b.offset
      }
    }
    .map(\.element)
  }

  /// The note's first five words, with `…` when there are more.
  var noteStart: String? {
    guard let note, !note.isEmpty else { return nil }
    let words = note.split(whereSeparator: { $0.isWhitespace })
    let shown = words.prefix(5).joinedText(separator: " ")
    return words.count > 5 ? shown + " …" : shown
  }
}

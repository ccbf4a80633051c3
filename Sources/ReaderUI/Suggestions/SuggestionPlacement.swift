import ReaderCore

/// Finds each suggested sentence in its block's text as the reading pane shows it, so that it
/// can be marked and jumped to like a highlight. Runs of white space match any run (the
/// ranking read the text with soft line breaks folded); a sentence not found is left out.
enum SuggestionPlacement {
  static func spans(_ suggestions: [Suggestion], in document: Document) -> [TextSpan] {
    var result: [TextSpan] = []
    var shown: (block: Int, text: [(scalar: Unicode.Scalar, offset: Int)])?
    var searchFrom = 0
    for suggestion in suggestions {
      guard suggestion.article < document.articles.count,
        document.articles[suggestion.article].blocks.contains(suggestion.block)
      else { continue }
      if shown?.block != suggestion.block {
        let text = ShownText(block: suggestion.block, article: suggestion.article, in: document)
        shown = (suggestion.block, folded(text.text))
        searchFrom = 0
      }
      let needle = folded(suggestion.text).map(\.scalar)
      guard let text = shown?.text, let start = find(needle, in: text, from: searchFrom) else {
        continue
      }
      let last = text[start + needle.count - 1]
      let end = last.offset + UTF8.width(last.scalar)
      result.append(
        TextSpan(
          article: suggestion.article, block: suggestion.block, range: text[start].offset..<end))
      searchFrom = start + needle.count
    }
    return result
  }

  /// The scalars of `text` with each run of white space as one space, and each one's UTF-8
  /// offset in `text`.
  private static func folded(_ text: String) -> [(scalar: Unicode.Scalar, offset: Int)] {
    var result: [(scalar: Unicode.Scalar, offset: Int)] = []
    var offset = 0
    var inSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        if !inSpace && !result.isEmpty { result.append((" ", offset)) }
        inSpace = true
      } else {
        result.append((scalar, offset))
        inSpace = false
      }
      offset += UTF8.width(scalar)
    }
    if result.last?.scalar == " " { result.removeLast() }
    return result
  }

  private static func find(
    _ needle: [Unicode.Scalar], in text: [(scalar: Unicode.Scalar, offset: Int)], from: Int
  ) -> Int? {
    guard !needle.isEmpty, text.count >= needle.count, from <= text.count - needle.count else {
      return nil
    }
    for start in from...(text.count - needle.count) where text[start].scalar == needle[0] {
      var matched = true
      for index in 1..<needle.count where text[start + index].scalar != needle[index] {
        matched = false
        break
      }
      if matched { return start }
    }
    return nil
  }
}

/// The `suggestions` key of the JSON export (FORMAT.md): each suggested sentence with its
/// article's number and its score rounded to two places.
enum SuggestionExport {
  static func json(_ suggestions: [Suggestion], in document: Document) -> JSONValue {
    .array(
      suggestions.map { suggestion in
        .object([
          ("article", .int(document.articles[suggestion.article].number)),
          ("text", .string(suggestion.text)),
          ("score", .number((suggestion.score * 100).rounded() / 100)),
        ])
      })
  }
}

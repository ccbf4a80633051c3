/// Writes a document as the `reader-document/2` JSON of FORMAT.md: every key always present,
/// in a fixed order, absent values as `null` or `[]`.
public enum JSONExporter {
  /// The schema's name, written as the first key.
  public static let formatName = "reader-document/2"

  /// The document as pretty-printed JSON, ending in a newline.
  /// `annotations`: your highlights and notes for the document (FORMAT.md's version 2 key).
  /// `suggestions`: the suggested key sentences (`--suggest`), else none.
  public static func export(
    _ document: Document, annotations: [AnnotationRecord] = [], suggestions: [Suggestion] = []
  ) -> String {
    value(of: document, annotations: annotations, suggestions: suggestions).printed + "\n"
  }

  static func value(
    of document: Document, annotations: [AnnotationRecord] = [], suggestions: [Suggestion] = []
  ) -> JSONValue {
    .object([
      ("format", .string(formatName)),
      ("source", .string(document.source)),
      ("input", .string(document.input.rawValue)),
      ("encoding", .string(document.encoding.rawValue)),
      ("title", .optional(document.title)),
      (
        "editor",
        document.editor.map { .object([("name", .string($0.name)), ("note", .optional($0.note))]) }
          ?? .null
      ),
      (
        "authors",
        .array(
          document.authors.entries.map { entry in
            .object([
              ("name", .string(entry.name)),
              ("articles", .array(entry.articles.map { .int($0 + 1) })),
            ])
          })
      ),
      ("highlightCount", .int(document.highlights.count)),
      ("frontMatter", document.frontMatter.map(value(of:)) ?? .null),
      ("backMatter", document.backMatter.map(value(of:)) ?? .null),
      ("articles", .array(document.articles.map { value(of: $0, in: document) })),
      ("related", .array(document.related.map(value(of:)))),
      ("annotations", .array(annotations.map(AnnotationExport.json))),
      ("suggestions", SuggestionExport.json(suggestions, in: document)),
    ])
  }

  private static func value(of article: Article, in document: Document) -> JSONValue {
    .object([
      ("number", .int(article.number)),
      ("title", .string(article.title)),
      ("authors", .array(article.authors.map { .string($0) })),
      ("authorDescription", .optional(article.authorDescription)),
      ("date", .optional(article.date?.iso)),
      ("dateText", .optional(article.dateText)),
      ("dek", .optional(article.dek.map { document.foldedText(of: document.blocks[$0]) })),
      ("bio", .optional(article.bio.map { document.foldedText(of: document.blocks[$0]) })),
      ("paragraphs", .int(article.paragraphCount)),
      ("lines", .object([("first", .int(article.firstLine)), ("last", .int(article.lastLine))])),
      ("blocks", BlockExport.value(of: article, in: document)),
      (
        "highlights",
        .array(
          document.highlights[article.highlights].map { highlight in
            .object([
              ("number", .int(highlight.number)),
              ("text", .string(document.foldedText(of: highlight))),
            ])
          })
      ),
      (
        "quotes",
        .array(
          document.quotes[article.quotes].map { quote in
            .object([
              ("kind", .string(quote.kind.rawValue)),
              ("speaker", .optional(quote.speaker)),
              ("role", .optional(quote.role)),
              ("text", .string(document.foldedText(of: quote))),
            ])
          })
      ),
      ("related", .array(article.related.map(value(of:)))),
    ])
  }

  private static func value(of matter: Matter) -> JSONValue {
    .object([
      ("title", .string(matter.title)),
      ("lines", .object([("first", .int(matter.firstLine)), ("last", .int(matter.lastLine))])),
    ])
  }

  private static func value(of link: RelatedLink) -> JSONValue {
    .object([
      ("title", .string(link.title)),
      ("date", .optional(link.date?.iso)),
      ("note", .optional(link.note)),
      ("url", .optional(link.url)),
    ])
  }
}

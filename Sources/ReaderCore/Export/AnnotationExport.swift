/// Your highlights and notes on their own: `reader highlights` and `export --format csv`.
public enum AnnotationExport {
  /// Readwise's import columns, in its order.
  public static let csvColumns = [
    "Highlight", "Title", "Author", "URL", "Note", "Location", "Date",
  ]

  /// A CSV file Readwise imports: a header, then one row per highlight (the article's title
  /// as Title, its number as Location, the date as `YYYY-MM-DD HH:MM:SS` in UTC). Fields are
  /// quoted when they hold a comma, a quote or a line break, quotes doubled (RFC 4180); lines
  /// end in CRLF.
  public static func csv(_ records: [AnnotationRecord]) -> String {
    var rows = [csvColumns]
    for record in records {
      rows.append([
        record.exact, record.articleTitle, record.author ?? "", "", record.note ?? "",
        String(record.article), readwiseDate(record.created),
      ])
    }
    return rows.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
  }

  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    var quoted = "\""
    for character in text {
      if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
    }
    return quoted + "\""
  }

  /// `2026-12-01T22:47:26Z` as `2026-12-01 22:47:26`.
  static func readwiseDate(_ iso: String) -> String {
    var text = iso
    if text.hasSuffix("Z") { text.removeLast() }
    return String(text.map { $0 == "T" ? " " : $0 })
  }

  /// The `annotations` entries of FORMAT.md (version 2).
  static func json(_ record: AnnotationRecord) -> JSONValue {
    .object([
      ("id", .string(record.id)),
      ("article", .int(record.article)),
      ("exact", .string(record.exact)),
      ("prefix", .string(record.prefix)),
      ("suffix", .string(record.suffix)),
      ("note", .optional(record.note)),
      ("created", .string(record.created)),
      ("orphaned", record.orphaned.map { .bool($0) } ?? .null),
    ])
  }

  /// `reader highlights --format json`: an array of entries as in `annotations`, each with
  /// the document and the article's title and author.
  public static func listJSON(_ records: [AnnotationRecord]) -> String {
    JSONValue.array(
      records.map { record in
        guard case .object(var members) = json(record) else { return .null }
        members.insert(("source", .string(record.source)), at: 1)
        members.insert(("articleTitle", .string(record.articleTitle)), at: 3)
        members.insert(("author", .optional(record.author)), at: 4)
        return .object(members)
      }
    ).printed + "\n"
  }

  /// `reader highlights --format markdown`: each highlight under its article's title and the
  /// document's name, as in the Markdown export.
  public static func listMarkdown(_ records: [AnnotationRecord]) -> String {
    var parts: [String] = []
    for record in records {
      var heading = "## " + MarkdownExporter.escaped(record.articleTitle)
      // Named as the status line names it: `-` is how the command line spells it.
      let source = record.source == "-" ? "(standard input)" : record.source
      heading += "\n\n*" + MarkdownExporter.escaped(source) + " · " + record.created
      if record.orphaned == true { heading += " · its text is gone from the document" }
      parts.append(heading + "*")
      parts.append(markdown(record))
    }
    return parts.isEmpty ? "" : parts.joined(separator: "\n\n") + "\n"
  }

  /// A highlight as a block quote, then its note as a paragraph.
  static func markdown(_ record: AnnotationRecord) -> String {
    let quote = MarkdownExporter.escaped(record.exact, atLineStart: true)
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { "> " + $0 }.joined(separator: "\n")
    guard let note = record.note, !note.isEmpty else { return quote }
    return quote + "\n\n" + MarkdownExporter.escaped(note, atLineStart: true)
  }

  /// Your highlights under their article in the Markdown export: a `###` section after the
  /// article's text; the orphaned ones in a section of their own at the end.
  static func markdownSection(_ records: [AnnotationRecord]) -> String {
    (["### Your highlights"] + records.map(markdown)).joined(separator: "\n\n")
  }
}

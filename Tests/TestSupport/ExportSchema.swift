/// FORMAT.md's `reader-document/2` as rules a test can check: every object's keys in order,
/// each value's type and whether it may be `null`, and the values the format enumerates.
public indirect enum ExportSchema: Sendable {
  case string
  case int
  case number
  case bool
  case nullable(ExportSchema)
  case array(ExportSchema)
  case object([(String, ExportSchema)])

  public static let lines = ExportSchema.object([("first", .int), ("last", .int)])
  public static let matter = ExportSchema.object([("title", .string), ("lines", lines)])
  public static let related = ExportSchema.object([
    ("title", .string), ("date", .nullable(.string)), ("note", .nullable(.string)),
    ("url", .nullable(.string)),
  ])
  public static let span = ExportSchema.object([
    ("start", .int), ("end", .int), ("highlight", .nullable(.int)), ("link", .bool),
    ("url", .nullable(.string)),
  ])
  public static let block = ExportSchema.object([
    ("kind", .string), ("text", .string), ("spans", .array(span)),
  ])
  public static let article = ExportSchema.object([
    ("number", .int), ("title", .string), ("authors", .array(.string)),
    ("authorDescription", .nullable(.string)), ("date", .nullable(.string)),
    ("dateText", .nullable(.string)), ("dek", .nullable(.string)), ("bio", .nullable(.string)),
    ("paragraphs", .int), ("lines", lines), ("blocks", .array(block)),
    ("highlights", .array(.object([("number", .int), ("text", .string)]))),
    (
      "quotes",
      .array(
        .object([
          ("kind", .string), ("speaker", .nullable(.string)), ("role", .nullable(.string)),
          ("text", .string),
        ]))
    ),
    ("related", .array(related)),
  ])
  public static let annotation = ExportSchema.object([
    ("id", .string), ("article", .int), ("exact", .string), ("prefix", .string),
    ("suffix", .string), ("note", .nullable(.string)), ("created", .string),
    ("orphaned", .nullable(.bool)),
  ])
  public static let document = ExportSchema.object([
    ("format", .string), ("source", .string), ("input", .string), ("encoding", .string),
    ("title", .nullable(.string)),
    ("editor", .nullable(.object([("name", .string), ("note", .string)]))),
    ("authors", .array(.object([("name", .string), ("articles", .array(.int))]))),
    ("highlightCount", .int), ("frontMatter", .nullable(matter)),
    ("backMatter", .nullable(matter)), ("articles", .array(article)),
    ("related", .array(related)), ("annotations", .array(annotation)),
    ("suggestions", .array(.object([("article", .int), ("text", .string), ("score", .number)]))),
  ])

  public static let blockKinds: Set<String> = [
    "title", "byline", "note", "dek", "bio", "paragraph", "list-item", "verse", "speaker",
    "quote", "source", "related",
  ]

  /// Where `value` breaks the schema, one line each (`articles[0].blocks[2].kind: …`).
  public func problems(in value: ParsedJSON, at path: String = "") -> [String] {
    switch (self, value) {
    case (.string, .string), (.int, .int), (.bool, .bool), (.number, .int), (.number, .double):
      return []
    case (.nullable, .null): return []
    case (.nullable(let inner), _): return inner.problems(in: value, at: path)
    case (.array(let element), .array(let elements)):
      return elements.enumerated().flatMap { element.problems(in: $1, at: "\(path)[\($0)]") }
    case (.object(let members), .object(let given)):
      guard given.map(\.key) == members.map(\.0) else {
        return ["\(path): keys \(given.map(\.key)), expected \(members.map(\.0))"]
      }
      return zip(members, given).flatMap { $0.1.problems(in: $1.value, at: path + "." + $0.0) }
    default:
      return ["\(path): \(value) is not \(self)"]
    }
  }

  /// Where the keys of `example` (FORMAT.md's sample) are missing from the schema or out of
  /// its order; the sample may leave keys out, never add or reorder them.
  public func missingKeys(of example: ParsedJSON, at path: String = "") -> [String] {
    switch (self, example) {
    case (.nullable(let inner), _): return inner.missingKeys(of: example, at: path)
    case (.array(let element), .array(let elements)):
      return elements.flatMap { element.missingKeys(of: $0, at: path + "[]") }
    case (.object(let members), .object(let given)):
      let names = members.map(\.0)
      let known = given.filter { names.contains($0.key) }.map(\.key)
      var problems = given.map(\.key).filter { !names.contains($0) }.map {
        "\(path).\($0): not in the schema"
      }
      if known != names.filter({ known.contains($0) }) {
        problems.append("\(path): order \(known)")
      }
      for (name, schema) in members {
        if let value = given.first(where: { $0.key == name })?.value {
          problems += schema.missingKeys(of: value, at: path + "." + name)
        }
      }
      return problems
    default: return []
    }
  }
}

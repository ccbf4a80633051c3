/// Which kind of file a document was read from: the `input` of the JSON export.
public enum InputFormat: String, Sendable, Hashable {
  /// Plain text, read by `PlainTextReader`.
  case text
  /// Markdown, rendered by a `MarkupReader`.
  case markdown
  /// A web page, rendered by a `MarkupReader`.
  case html
}

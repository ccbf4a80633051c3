/// Why a theme could not be loaded: a broken theme file (with the line at fault), an unknown
/// theme name, or a file that could not be read.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, without the theme's name or the line. An `Error` itself so the parser
  /// can throw it typed and `ThemeFile.parse` add the line once.
  public enum Reason: Error, Sendable, Hashable {
    /// `[name]` is not a role (nor anything else a theme file knows).
    case unknownTable(String)
    /// `key` is not known in `table` (nil: at the top of the file).
    case unknownKey(String, table: String?)
    /// `value` is not what `key` takes; `expected` says what it does take.
    case badValue(key: String, value: String, expected: String)
    /// A string that has no closing quote on its line.
    case unterminatedString
    /// A backslash escape the theme format does not know (it knows `\"`, `\\`, `\t`, `\n`).
    case badEscape(String)
    /// The same `[table]` twice in one file.
    case duplicateTable(String)
    /// The same key twice in one table.
    case duplicateKey(String, table: String?)
    /// A line that is neither a comment, a `[table]` nor `key = value`.
    case missingEquals(String)
    /// A line that starts with something other than a key, a `[table]` or a comment.
    case missingKey(String)
    /// Something after a value on its line that is not a comment.
    case trailingText(String)
    /// A `[table` without its `]`, or an empty `[]`.
    case malformedTable(String)
    /// No built-in theme and no user file has this name.
    case unknownTheme(available: [String])
    /// The theme file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The theme file is not UTF-8 text.
    case notUTF8(path: String)
    /// The file is not valid TOML; the parser's own words.
    case invalidTOML(String)
  }

  /// The theme's name, as the user would type it.
  public var theme: String
  /// The 1-based line of the theme file at fault, when the fault is in a line.
  public var line: Int?
  public var reason: Reason
  /// The user's theme file at fault, when there is one.
  public var path: String?

  public init(theme: String, line: Int? = nil, reason: Reason, path: String? = nil) {
    self.theme = theme
    self.line = line
    self.reason = reason
    self.path = path
  }

  public var description: String {
    if let path, let line { return "\(path):\(line): theme '\(theme)': \(reason.message)" }
    let place = line.map { "theme '\(theme)' line \($0)" } ?? "theme '\(theme)'"
    return "\(place): \(reason.message)"
  }
}

extension ThemeError.Reason {
  var message: String {
    switch self {
    case .unknownTable(let name):
      return "unknown table [\(name)]; a table names a role: "
        + RoleNames.all.map(\.name).joined(separator: ", ")
    case .unknownKey(let key, let table):
      if let table {
        return "unknown key '\(key)' in [\(table)]; keys are: "
          + ThemeKeys.roleKeys.joined(separator: ", ")
      }
      return "unknown key '\(key)' at the top; keys there are: "
        + ThemeKeys.topKeys.joined(separator: ", ")
    case .badValue(let key, let value, let expected):
      return "bad value \(value) for '\(key)': expected \(expected)"
    case .unterminatedString:
      return "unterminated string"
    case .badEscape(let escape):
      return "unknown escape '\(escape)' in a string; known: \\\" \\\\ \\t \\n"
    case .duplicateTable(let name):
      return "duplicate table [\(name)]"
    case .duplicateKey(let key, let table):
      return "duplicate key '\(key)'" + (table.map { " in [\($0)]" } ?? " at the top")
    case .missingEquals(let text):
      return "missing '=' in '\(text)'"
    case .missingKey(let text):
      return "expected a key, a [table] or a # comment, found '\(text)'"
    case .trailingText(let text):
      return "unexpected '\(text)' after the value"
    case .malformedTable(let text):
      return "malformed table header '\(text)'"
    case .unknownTheme(let available):
      return "no such theme; available: " + available.joined(separator: ", ")
    case .unreadable(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .notUTF8(let path):
      return "\(path) is not UTF-8 text"
    case .invalidTOML(let text):
      return "invalid TOML: \(text)"
    }
  }
}

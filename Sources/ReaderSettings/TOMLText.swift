import TOMLKit

/// Parses TOML with TOMLKit (toml++), so anything valid works: a BOM, quoted keys, inline
/// tables, comments anywhere. Invalid TOML is a `SettingsError` with its line.
enum TOMLText {
  static func parse(_ text: String, file: String) throws(SettingsError) -> TOMLTable {
    do {
      return try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw SettingsError(
        file: file, line: error.source.begin.line, key: nil,
        message: "invalid TOML: \(escapingLineEnds(error.description))")
    } catch {
      throw SettingsError(file: file, line: nil, key: nil, message: "invalid TOML: \(error)")
    }
  }

  /// toml++ quotes what it saw as it was, line end and all (`saw 'tru` + a line feed): a
  /// one-line message says it as `\n`.
  static func escapingLineEnds(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// How a value is named in messages: `"x"`, `3`, `true`, `a table`.
  static func written(_ value: any TOMLValueConvertible) -> String {
    switch value.type {
    case .string: return "\"\(value.string ?? "")\""
    case .table: return "a table"
    case .array: return "an array"
    default: return value.debugDescription
    }
  }
}

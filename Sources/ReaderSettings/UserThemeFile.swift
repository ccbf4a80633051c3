import ReaderScreen
import ReaderUI
import TOMLKit

/// Reads a user's theme file as real TOML (a BOM, quoted keys, inline tables and comments
/// anywhere are fine): `name` and `color` at the top, one table per role with `fg`, `bg` and
/// the flags. A role that sets only some keys takes the rest from `[text]`.
public enum UserThemeFile {
  public static func parse(_ text: String, name: String) throws(ThemeError) -> Theme {
    let table: TOMLTable
    do {
      table = try TOMLText.parse(text, file: name)
    } catch {
      throw ThemeError(theme: name, line: error.line, reason: .invalidTOML(tomlMessage(error)))
    }
    let lines = KeyLines(text)
    var displayName: String?
    var usesColor = true
    var roles: [(role: Role, name: String, table: TOMLTable)] = []
    for key in table.keys.sorted(by: { lines.line(of: $0, in: nil) < lines.line(of: $1, in: nil) })
    {
      let value = table[key]!
      let fail = { (reason: ThemeError.Reason) in
        ThemeError(theme: name, line: lines.line(of: key, in: nil), reason: reason)
      }
      if let role = RoleNames.role(named: key) {
        guard let roleTable = value.table else {
          throw fail(.badValue(key: key, value: TOMLText.written(value), expected: "a table"))
        }
        roles.append((role, key, roleTable))
      } else if key == "name" {
        guard let string = value.string else {
          throw fail(.badValue(key: key, value: TOMLText.written(value), expected: "a string"))
        }
        displayName = string
      } else if key == "color" {
        guard let flag = value.bool else {
          throw fail(.badValue(key: key, value: TOMLText.written(value), expected: "true or false"))
        }
        usesColor = flag
      } else {
        throw fail(value.type == .table ? .unknownTable(key) : .unknownKey(key, table: nil))
      }
    }
    let reader = RoleReader(themeName: name, lines: lines)
    let textRole = roles.first { $0.role == .text }
    let base = try textRole.map { entry throws(ThemeError) in
      try reader.attributes(entry.table, named: entry.name, over: TextAttributes())
    }
    var attributes: [Role: TextAttributes] = [:]
    if let base { attributes[.text] = base }
    for entry in roles where entry.role != .text {
      attributes[entry.role] = try reader.attributes(
        entry.table, named: entry.name, over: base ?? TextAttributes())
    }
    return Theme(name: displayName ?? name, usesColor: usesColor, attributes: attributes)
  }

  private static func tomlMessage(_ error: SettingsError) -> String {
    let prefix = "invalid TOML: "
    return error.message.hasPrefix(prefix)
      ? String(error.message.dropFirst(prefix.count)) : error.message
  }
}

/// Reads one role's table on top of the attributes it inherits.
private struct RoleReader {
  let themeName: String
  let lines: KeyLines

  func attributes(_ table: TOMLTable, named tableName: String, over base: TextAttributes)
    throws(ThemeError) -> TextAttributes
  {
    var result = base
    let keys = table.keys.sorted {
      lines.line(of: $0, in: tableName) < lines.line(of: $1, in: tableName)
    }
    for key in keys {
      let value = table[key]!
      let fail = { (reason: ThemeError.Reason) in
        ThemeError(theme: themeName, line: lines.line(of: key, in: tableName), reason: reason)
      }
      switch key {
      case "fg", "bg":
        guard let color = color(value) else {
          throw fail(
            .badValue(
              key: key, value: TOMLText.written(value),
              expected: "a colour name (default, red, bright-red …), 0–255 or \"#rrggbb\""))
        }
        if key == "fg" { result.foreground = color } else { result.background = color }
      case "bold", "italic", "underline", "reverse", "dim":
        guard let flag = value.bool else {
          throw fail(.badValue(key: key, value: TOMLText.written(value), expected: "true or false"))
        }
        switch key {
        case "bold": result.bold = flag
        case "italic": result.italic = flag
        case "underline": result.underline = flag
        case "reverse": result.reverse = flag
        default: result.dim = flag
        }
      default:
        throw fail(.unknownKey(key, table: tableName))
      }
    }
    return result
  }

  private func color(_ value: any TOMLValueConvertible) -> ThemeColor? {
    if let text = value.string { return ThemeColor(themeText: text) }
    if value.type == .int, let index = value.int, let palette = UInt8(exactly: index) {
      return .palette(palette)
    }
    return nil
  }
}

import ReaderScreen

/// Reads a theme file: a small subset of TOML.
///
/// What it takes: `#` comments, `name = "…"` and `color = true|false` before the first table,
/// then one `[role]` table per role (named as in `RoleNames`) with `fg`, `bg` (a colour as
/// `ThemeColor(themeText:)` reads it, or a bare palette index) and the flags `bold`, `italic`,
/// `underline`, `reverse`, `dim`. Strings are `"…"` (escapes `\"`, `\\`, `\t`, `\n`) or `'…'`.
///
/// Why not a TOML library: TOMLKit compiles toml++ (a C++ build of its own) and adds to
/// start-up time, which is most of a small file's first frame; a theme needs a tenth of TOML.
/// What it does not take (arrays, inline tables, dotted keys, multi-line strings) is an error
/// naming the line, never silently ignored.
public enum ThemeFile {
  /// The theme in `text`; `name` is the theme's name for errors, and its name unless the file
  /// sets `name = "…"`.
  public static func parse(_ text: String, name: String) throws(ThemeError) -> Theme {
    var parser = Parser(themeName: name)
    var lineNumber = 0
    // Lines end at "\n", and a "\r" just before it belongs to the ending. By UTF-8 bytes: a
    // theme is read on every start, and all its syntax is ASCII (by `Character`, grapheme
    // breaking was a third of a millisecond for a built-in theme; by scalars, 0.8 M
    // instructions).
    var rest = text[...].utf8
    while true {
      lineNumber += 1
      let end = rest.firstIndex(of: UInt8(ascii: "\n"))
      var line = end.map { rest[..<$0] } ?? rest
      if end != nil, line.last == UInt8(ascii: "\r") { line = line.dropLast() }
      do {
        try parser.consume(line)
      } catch let reason {
        throw ThemeError(theme: name, line: lineNumber, reason: reason)
      }
      guard let end else { break }
      rest = rest[rest.index(after: end)...]
    }
    return Theme(
      name: parser.displayName ?? name, usesColor: parser.usesColor,
      attributes: parser.attributes)
  }
}

/// One value as written on the right of `=`.
private enum Value {
  case string(String)
  case bool(Bool)
  case integer(Int)
  case other
}

private struct Parser {
  let themeName: String
  var displayName: String?
  var usesColor = true
  var attributes: [Role: TextAttributes] = [:]

  private var currentRole: Role?
  private var currentTableName: String?
  private var seenTables: Set<String> = []
  private var seenKeys: Set<String> = []

  init(themeName: String) {
    self.themeName = themeName
  }

  mutating func consume(_ line: Substring.UTF8View) throws(ThemeError.Reason) {
    var cursor = Cursor(line)
    cursor.skipBlanks()
    guard let first = cursor.peek, first != UInt8(ascii: "#") else { return }
    if first == UInt8(ascii: "[") {
      try startTable(&cursor)
      return
    }
    let key = cursor.takeBareKey()
    guard !key.isEmpty else { throw .missingKey(cursor.restText.trimmed) }
    cursor.skipBlanks()
    guard cursor.peek == UInt8(ascii: "=") else {
      throw .missingEquals(String(Substring(line)).trimmed)
    }
    cursor.advance()
    cursor.skipBlanks()
    let start = cursor.rest
    let value = try cursor.takeValue()
    let written = String(Substring(start[..<cursor.rest.startIndex])).trimmed
    try cursor.expectEnd()
    try assign(key: key, value: value, written: written)
  }

  private mutating func startTable(_ cursor: inout Cursor) throws(ThemeError.Reason) {
    let header = cursor.restText.trimmed
    cursor.advance()
    guard cursor.peek != UInt8(ascii: "["),
      let close = cursor.rest.firstIndex(of: UInt8(ascii: "]"))
    else {
      throw .malformedTable(header)
    }
    let tableName = String(Substring(cursor.rest[..<close])).trimmed
    guard !tableName.isEmpty else { throw .malformedTable(header) }
    cursor.rest = cursor.rest[cursor.rest.index(after: close)...]
    try cursor.expectEnd()
    guard let role = RoleNames.role(named: tableName) else { throw .unknownTable(tableName) }
    guard seenTables.insert(tableName).inserted else { throw .duplicateTable(tableName) }
    currentRole = role
    currentTableName = tableName
    seenKeys = []
    attributes[role] = TextAttributes()
  }

  private mutating func assign(key: String, value: Value, written: String)
    throws(ThemeError.Reason)
  {
    guard let role = currentRole else {
      try assignTop(key: key, value: value, written: written)
      return
    }
    guard ThemeKeys.roleKeys.contains(key) else {
      throw .unknownKey(key, table: currentTableName)
    }
    guard seenKeys.insert(key).inserted else { throw .duplicateKey(key, table: currentTableName) }
    var entry = attributes[role] ?? TextAttributes()
    if ThemeKeys.colorKeys.contains(key) {
      let color = try Self.color(value, key: key, written: written)
      if key == "fg" { entry.foreground = color } else { entry.background = color }
    } else {
      guard case .bool(let flag) = value else {
        throw .badValue(key: key, value: written, expected: "true or false")
      }
      switch key {
      case "bold": entry.bold = flag
      case "italic": entry.italic = flag
      case "underline": entry.underline = flag
      case "reverse": entry.reverse = flag
      default: entry.dim = flag
      }
    }
    attributes[role] = entry
  }

  private mutating func assignTop(key: String, value: Value, written: String)
    throws(ThemeError.Reason)
  {
    guard ThemeKeys.topKeys.contains(key) else { throw .unknownKey(key, table: nil) }
    guard seenKeys.insert(key).inserted else { throw .duplicateKey(key, table: nil) }
    switch (key, value) {
    case ("name", .string(let text)):
      displayName = text
    case ("name", _):
      throw .badValue(key: key, value: written, expected: "a string")
    case ("color", .bool(let flag)):
      usesColor = flag
    default:
      throw .badValue(key: key, value: written, expected: "true or false")
    }
  }

  private static func color(_ value: Value, key: String, written: String)
    throws(ThemeError.Reason) -> ThemeColor
  {
    switch value {
    case .string(let text):
      if let color = ThemeColor(themeText: text) { return color }
    case .integer(let index):
      if let index = UInt8(exactly: index) { return .palette(index) }
    default:
      break
    }
    throw .badValue(
      key: key, value: written,
      expected: "a colour name (default, red, bright-red …), 0–255 or \"#rrggbb\"")
  }
}

/// A position in one line of a theme file, by UTF-8 bytes: everything the syntax looks for is
/// ASCII, and text between is taken whole.
private struct Cursor {
  var rest: Substring.UTF8View

  init(_ line: Substring.UTF8View) {
    rest = line
  }

  var peek: UInt8? { rest.first }

  /// What is left of the line, as text (for messages).
  var restText: String { String(Substring(rest)) }

  mutating func advance() {
    rest = rest.dropFirst()
  }

  mutating func skipBlanks() {
    rest = rest.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  mutating func takeBareKey() -> String {
    let key = rest.prefix {
      isDigit($0) || isLetter($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
    }
    rest = rest[key.endIndex...]
    return String(Substring(key))
  }

  mutating func takeValue() throws(ThemeError.Reason) -> Value {
    switch peek {
    case UInt8(ascii: "\""): return .string(try takeBasicString())
    case UInt8(ascii: "'"): return .string(try takeLiteralString())
    default:
      let bytes = rest.prefix {
        $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "#")
      }
      rest = rest[bytes.endIndex...]
      let token = String(Substring(bytes))
      switch token {
      case "true": return .bool(true)
      case "false": return .bool(false)
      default:
        if let first = bytes.first, isDigit(first) || first == UInt8(ascii: "-"),
          let number = Int(token)
        {
          return .integer(number)
        }
        return .other
      }
    }
  }

  private mutating func takeBasicString() throws(ThemeError.Reason) -> String {
    advance()
    // Most strings have no escape: taken whole, not built a byte at a time.
    let quote = UInt8(ascii: "\"")
    let backslash = UInt8(ascii: "\\")
    if let end = rest.firstIndex(where: { $0 == quote || $0 == backslash }), rest[end] == quote {
      let text = String(Substring(rest[..<end]))
      rest = rest[rest.index(after: end)...]
      return text
    }
    var text: [UInt8] = []
    while let byte = peek {
      switch byte {
      case quote:
        advance()
        return String(decoding: text, as: UTF8.self)
      case backslash:
        advance()
        // The whole character after the backslash, for the message.
        guard let escaped = Substring(rest).unicodeScalars.first else {
          throw .unterminatedString
        }
        advance()
        switch escaped {
        case "\"": text.append(quote)
        case "\\": text.append(backslash)
        case "t": text.append(UInt8(ascii: "\t"))
        case "n": text.append(UInt8(ascii: "\n"))
        default: throw .badEscape("\\\(escaped)")
        }
      default:
        advance()
        text.append(byte)
      }
    }
    throw .unterminatedString
  }

  private mutating func takeLiteralString() throws(ThemeError.Reason) -> String {
    advance()
    guard let close = rest.firstIndex(of: UInt8(ascii: "'")) else { throw .unterminatedString }
    let text = String(Substring(rest[..<close]))
    rest = rest[rest.index(after: close)...]
    return text
  }

  /// Only blanks and a comment may follow a value or a table header.
  mutating func expectEnd() throws(ThemeError.Reason) {
    skipBlanks()
    if let first = peek, first != UInt8(ascii: "#") { throw .trailingText(restText.trimmed) }
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }
}

extension String {
  /// Without leading and trailing spaces and tabs. Indices, not `reversed()`: the reversed
  /// views' generic types are instantiated at run time, which cost more than the theme's
  /// whole parse on every start.
  fileprivate var trimmed: String {
    let isText: (Unicode.Scalar) -> Bool = { $0 != " " && $0 != "\t" }
    guard let first = unicodeScalars.firstIndex(where: isText),
      let last = unicodeScalars.lastIndex(where: isText)
    else {
      return ""
    }
    return String(unicodeScalars[first...last])
  }
}

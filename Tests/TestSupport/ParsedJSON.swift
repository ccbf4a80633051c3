/// JSON read back for checking the export: objects keep their keys' order, numbers keep
/// whether they were integers, and `true` is never `1`.
public enum ParsedJSON: Equatable, Sendable {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case null
  case array([ParsedJSON])
  case object([(key: String, value: ParsedJSON)])

  public static func == (left: ParsedJSON, right: ParsedJSON) -> Bool {
    switch (left, right) {
    case (.string(let a), .string(let b)): a == b
    case (.int(let a), .int(let b)): a == b
    case (.double(let a), .double(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
    default: false
    }
  }

  /// Parses one JSON text (RFC 8259); nil when it is not well formed or has text after it.
  public static func parse(_ text: String) -> ParsedJSON? {
    var reader = Reader(scalars: Array(text.unicodeScalars))
    guard let value = reader.value() else { return nil }
    reader.skipSpace()
    return reader.position == reader.scalars.count ? value : nil
  }

  public subscript(key: String) -> ParsedJSON? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  public var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  public var int: Int? {
    if case .int(let value) = self { return value }
    return nil
  }

  public var array: [ParsedJSON]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  public var keys: [String]? {
    if case .object(let members) = self { return members.map(\.key) }
    return nil
  }

  private struct Reader {
    let scalars: [Unicode.Scalar]
    var position = 0

    mutating func skipSpace() {
      while position < scalars.count, " \t\r\n".unicodeScalars.contains(scalars[position]) {
        position += 1
      }
    }

    mutating func take(_ word: String) -> Bool {
      let expected = Array(word.unicodeScalars)
      guard position + expected.count <= scalars.count,
        Array(scalars[position..<position + expected.count]) == expected
      else { return false }
      position += expected.count
      return true
    }

    mutating func value() -> ParsedJSON? {
      skipSpace()
      guard position < scalars.count else { return nil }
      switch scalars[position] {
      case "{": return object()
      case "[": return array()
      case "\"": return string().map { .string($0) }
      case "t": return take("true") ? .bool(true) : nil
      case "f": return take("false") ? .bool(false) : nil
      case "n": return take("null") ? .null : nil
      default: return number()
      }
    }

    mutating func object() -> ParsedJSON? {
      position += 1
      var members: [(key: String, value: ParsedJSON)] = []
      skipSpace()
      if take("}") { return .object(members) }
      while true {
        skipSpace()
        guard let key = string() else { return nil }
        skipSpace()
        guard take(":"), let value = value() else { return nil }
        members.append((key, value))
        skipSpace()
        if take("}") { return .object(members) }
        guard take(",") else { return nil }
      }
    }

    mutating func array() -> ParsedJSON? {
      position += 1
      var elements: [ParsedJSON] = []
      skipSpace()
      if take("]") { return .array(elements) }
      while true {
        guard let element = value() else { return nil }
        elements.append(element)
        skipSpace()
        if take("]") { return .array(elements) }
        guard take(",") else { return nil }
      }
    }

    mutating func string() -> String? {
      guard take("\"") else { return nil }
      var result = String.UnicodeScalarView()
      while position < scalars.count {
        let scalar = scalars[position]
        position += 1
        switch scalar {
        case "\"": return String(result)
        case "\\":
          guard position < scalars.count else { return nil }
          let escaped = scalars[position]
          position += 1
          switch escaped {
          case "\"", "\\", "/": result.append(escaped)
          case "n": result.append("\n")
          case "r": result.append("\r")
          case "t": result.append("\t")
          case "b": result.append("\u{8}")
          case "f": result.append("\u{C}")
          case "u":
            guard let unit = hexUnit() else { return nil }
            if (0xD800..<0xDC00).contains(unit) {
              guard take("\\u"), let low = hexUnit(), (0xDC00..<0xE000).contains(low) else {
                return nil
              }
              result.append(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!)
            } else {
              guard let decoded = Unicode.Scalar(unit) else { return nil }
              result.append(decoded)
            }
          default: return nil
          }
        default:
          guard scalar.value >= 0x20 else { return nil }
          result.append(scalar)
        }
      }
      return nil
    }

    mutating func hexUnit() -> UInt32? {
      guard position + 4 <= scalars.count else { return nil }
      let digits = String(String.UnicodeScalarView(scalars[position..<position + 4]))
      position += 4
      return UInt32(digits, radix: 16)
    }

    mutating func number() -> ParsedJSON? {
      let start = position
      while position < scalars.count, "-+.eE0123456789".unicodeScalars.contains(scalars[position]) {
        position += 1
      }
      let text = String(String.UnicodeScalarView(scalars[start..<position]))
      if let value = Int(text) { return .int(value) }
      return Double(text).map { .double($0) }
    }
  }
}

extension ParsedJSON {
  /// The value with every member named in `keys` taken out, at any depth.
  public func removing(_ keys: Set<String>) -> ParsedJSON {
    switch self {
    case .array(let elements): .array(elements.map { $0.removing(keys) })
    case .object(let members):
      .object(members.filter { !keys.contains($0.key) }.map { ($0.key, $0.value.removing(keys)) })
    default: self
    }
  }
}

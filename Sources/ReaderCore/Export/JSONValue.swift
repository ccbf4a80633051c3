/// A JSON value with ordered keys, and the writer that prints it.
///
/// Printed as `jq .` prints: two-space indent, one member or element per line, `[]` and `{}`
/// for empty containers, a space after each colon. Non-ASCII text is written as it is; only
/// `"`, `\` and control characters (C0, DEL, C1) are escaped.
enum JSONValue {
  case string(String)
  case int(Int)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

  /// The value printed, without a final newline.
  var printed: String {
    var output = ""
    write(to: &output, indent: 0)
    return output
  }

  func write(to output: inout String, indent: Int) {
    switch self {
    case .string(let text): JSONValue.writeString(text, to: &output)
    case .int(let value): output += String(value)
    case .null: output += "null"
    case .array(let elements):
      guard !elements.isEmpty else {
        output += "[]"
        return
      }
      output += "[\n"
      for (index, element) in elements.enumerated() {
        JSONValue.pad(&output, indent + 1)
        element.write(to: &output, indent: indent + 1)
        output += index == elements.count - 1 ? "\n" : ",\n"
      }
      JSONValue.pad(&output, indent)
      output += "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{\n"
      for (index, (key, value)) in members.enumerated() {
        JSONValue.pad(&output, indent + 1)
        JSONValue.writeString(key, to: &output)
        output += ": "
        value.write(to: &output, indent: indent + 1)
        output += index == members.count - 1 ? "\n" : ",\n"
      }
      JSONValue.pad(&output, indent)
      output += "}"
    }
  }

  private static func pad(_ output: inout String, _ level: Int) {
    output += String(repeating: "  ", count: level)
  }

  private static let hexDigits = Array("0123456789abcdef".unicodeScalars)

  /// Writes `text` as a JSON string literal.
  static func writeString(_ text: String, to output: inout String) {
    output.unicodeScalars.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      // DEL and the C1 controls are valid raw in JSON, but a UTF-8 terminal acts on them
      // (U+009B is CSI), and the export is often printed straight to one.
      case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}":
        let value = Int(scalar.value)
        output += "\\u00"
        output.unicodeScalars.append(hexDigits[value >> 4])
        output.unicodeScalars.append(hexDigits[value & 0xF])
      default:
        output.unicodeScalars.append(scalar)
      }
    }
    output.unicodeScalars.append("\"")
  }
}

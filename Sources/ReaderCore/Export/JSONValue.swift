/// A JSON value with ordered keys, and the writer that prints it.
///
/// Printed as `jq .` prints: two-space indent, one member or element per line, `[]` and `{}`
/// for empty containers, a space after each colon. Non-ASCII text is written as it is; only
/// `"`, `\` and control characters (C0, DEL, C1) are escaped. The writer works on UTF-8 bytes
/// and makes one `String` at the end: a large document's export is mostly copying text.
enum JSONValue {
  case string(String)
  case int(Int)
  /// A finite number, written as Swift prints it (`0.83`, `1.0`).
  case number(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

  /// The value printed, without a final newline.
  var printed: String {
    var output: [UInt8] = []
    write(to: &output, indent: 0)
    return String(decoding: output, as: UTF8.self)
  }

  func write(to output: inout [UInt8], indent: Int) {
    switch self {
    case .string(let text): JSONValue.writeString(text, to: &output)
    case .int(let value): output += String(value).utf8
    case .number(let value): output += (value.isFinite ? String(value) : "null").utf8
    case .bool(let value): output += (value ? "true" : "false").utf8
    case .null: output += "null".utf8
    case .array(let elements):
      guard !elements.isEmpty else {
        output += "[]".utf8
        return
      }
      output += "[\n".utf8
      for (index, element) in elements.enumerated() {
        JSONValue.pad(&output, indent + 1)
        element.write(to: &output, indent: indent + 1)
        if index < elements.count - 1 { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
      }
      JSONValue.pad(&output, indent)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}".utf8
        return
      }
      output += "{\n".utf8
      for (index, (key, value)) in members.enumerated() {
        JSONValue.pad(&output, indent + 1)
        JSONValue.writeString(key, to: &output)
        output += ": ".utf8
        value.write(to: &output, indent: indent + 1)
        if index < members.count - 1 { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
      }
      JSONValue.pad(&output, indent)
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func pad(_ output: inout [UInt8], _ level: Int) {
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Writes `text` as a JSON string literal.
  static func writeString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    // DEL and the C1 controls (U+0080–U+009F, `C2 80`…`C2 9F` in UTF-8) are valid raw in
    // JSON, but a UTF-8 terminal acts on them (U+009B is CSI), and the export is often printed
    // straight to one: they are escaped too.
    var afterC2 = false
    for byte in text.utf8 {
      if afterC2 {
        afterC2 = false
        if byte <= 0x9F {
          writeUnicodeEscape(byte, to: &output)
        } else {
          output.append(0xC2)
          output.append(byte)
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): output += #"\""#.utf8
      case UInt8(ascii: "\\"): output += #"\\"#.utf8
      case 0x0A: output += #"\n"#.utf8
      case 0x0D: output += #"\r"#.utf8
      case 0x09: output += #"\t"#.utf8
      case 0x08: output += #"\b"#.utf8
      case 0x0C: output += #"\f"#.utf8
      case 0x00..<0x20, 0x7F:
        writeUnicodeEscape(byte, to: &output)
      case 0xC2:
        afterC2 = true
      default:
        output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// `\u00XX` for a code point below U+0100.
  private static func writeUnicodeEscape(_ value: UInt8, to output: inout [UInt8]) {
    output += #"\u00"#.utf8
    output.append(hexDigits[Int(value >> 4)])
    output.append(hexDigits[Int(value & 0xF)])
  }
}

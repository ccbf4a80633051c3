/// One tag of raw inline HTML inside Markdown, as cmark-gfm hands it over (`<b>`,
/// `</strong>`, `<a href="…" title="…">`, `<br />`): its name, whether it closes, and the
/// `href` of a link. cmark has already checked that the literal is one well-formed tag, so
/// this reads it without a second HTML parser; gumbo would build a whole document for it.
struct InlineTag: Equatable {
  /// The element's name in lower case (`b`, `a`, `br`).
  var name: String
  var closes: Bool
  /// The `href` attribute's value with `&amp;`-style entities decoded, or nil.
  var href: String?
  /// The `style` attribute's value, or nil: bold may be written as a style
  /// (`<span style="font-weight:bold">`), and a `<b>` may be styled to a regular weight.
  var style: String?

  init(name: String, closes: Bool, href: String? = nil, style: String? = nil) {
    self.name = name
    self.closes = closes
    self.href = href
    self.style = style
  }

  /// Nil for what is not a start or end tag: comments, processing instructions, CDATA.
  init?(_ literal: String) {
    var bytes = Substring(literal).utf8[...]
    guard bytes.popFirst() == UInt8(ascii: "<") else { return nil }
    closes = bytes.first == UInt8(ascii: "/")
    if closes { bytes = bytes.dropFirst() }
    let nameBytes = bytes.prefix { Self.isNameByte($0) }
    guard let first = nameBytes.first, Self.isLetter(first) else { return nil }
    name = String(decoding: nameBytes.map { $0 | 0x20 }, as: UTF8.self)
    bytes = bytes.dropFirst(nameBytes.count)
    href = closes ? nil : Self.attribute("href", in: bytes)
    style = closes ? nil : Self.attribute("style", in: bytes)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 97 && (byte | 0x20) <= 122
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-")
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  /// The value of attribute `wanted` (a lower-case name), read as HTML reads attributes:
  /// a name, optionally `=` and a value that is double-quoted, single-quoted or bare.
  private static func attribute(_ wanted: String, in tag: Substring.UTF8View) -> String? {
    var rest = tag
    while true {
      rest = rest.drop { isSpace($0) || $0 == UInt8(ascii: "/") }
      guard let first = rest.first, first != UInt8(ascii: ">") else { return nil }
      let name = rest.prefix { !isSpace($0) && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: ">") }
      rest = rest.dropFirst(max(1, name.count)).drop(while: isSpace)
      var value: Substring.UTF8View?
      if rest.first == UInt8(ascii: "=") {
        rest = rest.dropFirst().drop(while: isSpace)
        if let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
          let inside = rest.dropFirst().prefix { $0 != quote }
          value = inside
          rest = rest.dropFirst(inside.count + 2)
        } else {
          let bare = rest.prefix { !isSpace($0) && $0 != UInt8(ascii: ">") }
          value = bare
          rest = rest.dropFirst(bare.count)
        }
      }
      if String(decoding: name.map { $0 | 0x20 }, as: UTF8.self) == wanted {
        return value.map { decodingEntities(String(Substring($0))) } ?? ""
      }
    }
  }

  /// Addresses in HTML carry `&amp;` for `&`; the few named entities an address can hold
  /// and numeric ones are decoded, anything else is kept as written.
  static func decodingEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      guard let semi = after.prefix(12).firstIndex(of: ";") else {
        out += "&"
        rest = after
        continue
      }
      let name = after[..<semi]
      if let decoded = decode(entity: name) {
        out.unicodeScalars.append(decoded)
        rest = after[after.index(after: semi)...]
      } else {
        out += "&"
        rest = after
      }
    }
    return out + rest
  }

  private static func decode(entity name: Substring) -> Unicode.Scalar? {
    switch name {
    case "amp": return "&"
    case "quot": return "\""
    case "apos": return "'"
    case "lt": return "<"
    case "gt": return ">"
    default:
      guard name.first == "#" else { return nil }
      let digits = name.dropFirst()
      let value =
        digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      return value.flatMap(Unicode.Scalar.init)
    }
  }
}

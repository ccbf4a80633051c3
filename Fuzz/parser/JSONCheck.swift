/// Checks that `text` is one well-formed JSON value followed by a newline, and that nothing
/// in it could drive a terminal it is printed to: no C0 control but the layout's newlines, no
/// DEL, no C1 control (a UTF-8 terminal takes U+009B as CSI).
func checkJSON(_ text: String) {
  var reader = JSONReader(scalars: Array(text.unicodeScalars))
  reader.value()
  check(reader.position == reader.scalars.count - 1, "JSON: text after the value")
  check(reader.scalars.last == "\n", "JSON: no final newline")
  for scalar in text.unicodeScalars where scalar != "\n" {
    check(
      !isForbiddenInCell(scalar.value) || scalar.value >= 0xA0, "JSON: raw U+\(hex(scalar.value))")
  }
}

/// Just enough of a JSON reader to say whether the exporter's output is well formed.
private struct JSONReader {
  let scalars: [Unicode.Scalar]
  var position = 0

  private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

  private mutating func skipSpace() {
    while let scalar = current, scalar == " " || scalar == "\n" { position += 1 }
  }

  private mutating func expect(_ scalar: Unicode.Scalar) {
    check(current == scalar, "JSON: expected \(scalar) at \(position)")
    position += 1
  }

  mutating func value() {
    skipSpace()
    switch current {
    case "{":
      position += 1
      skipSpace()
      if current == "}" {
        position += 1
        return
      }
      while true {
        skipSpace()
        string()
        skipSpace()
        expect(":")
        value()
        skipSpace()
        if current == "," {
          position += 1
          continue
        }
        expect("}")
        return
      }
    case "[":
      position += 1
      skipSpace()
      if current == "]" {
        position += 1
        return
      }
      while true {
        value()
        skipSpace()
        if current == "," {
          position += 1
          continue
        }
        expect("]")
        return
      }
    case "\"":
      string()
    case "n":
      for letter in "null".unicodeScalars { expect(letter) }
    case "t":
      for letter in "true".unicodeScalars { expect(letter) }
    case "f":
      for letter in "false".unicodeScalars { expect(letter) }
    default:
      number()
    }
  }

  /// An integer, or a decimal such as a suggestion's score.
  private mutating func number() {
    if current == "-" { position += 1 }
    digits()
    if current == "." {
      position += 1
      digits()
    }
    if current == "e" || current == "E" {
      position += 1
      if current == "+" || current == "-" { position += 1 }
      digits()
    }
  }

  private mutating func digits() {
    let start = position
    while let scalar = current, scalar >= "0" && scalar <= "9" { position += 1 }
    check(position > start, "JSON: unexpected character at \(position)")
  }

  private mutating func string() {
    expect("\"")
    while true {
      guard let scalar = current else { violated("JSON: unterminated string") }
      position += 1
      if scalar == "\"" { return }
      check(scalar.value >= 0x20, "JSON: raw control U+\(hex(scalar.value)) in a string")
      if scalar == "\\" {
        guard let escaped = current else { violated("JSON: escape at the end") }
        position += 1
        if escaped == "u" {
          for _ in 0..<4 {
            check(current?.properties.isASCIIHexDigit == true, "JSON: bad \\u escape")
            position += 1
          }
        } else {
          check("\"\\/bfnrt".unicodeScalars.contains(escaped), "JSON: bad escape \\\(escaped)")
        }
      }
    }
  }
}

/// What stands next to a `**` or `__` run, as CommonMark's flanking rules see it.
///
/// The rules only distinguish whitespace, punctuation and everything else, but they judge by
/// Unicode: `“`, `«`, `—` and `。` are punctuation (general categories P* and S*, as CommonMark
/// 0.31.2 says), and a no-break space is whitespace. The start and end of a paragraph count as
/// whitespace.
enum FlankingClass: Equatable {
  case whitespace
  case punctuation
  case other

  /// The class of the character that ends just before `index` (`start` is the paragraph's start).
  static func before(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, start: Int) -> FlankingClass
  {
    guard index > start else { return .whitespace }
    var lead = index - 1
    // Step back over at most three continuation bytes to the scalar's first byte.
    while lead > start && lead > index - 4 && text[lead] & 0xC0 == 0x80 { lead -= 1 }
    return classify(text, lead, end: index)
  }

  /// The class of the character that starts at `index` (`end` is the paragraph's end).
  static func after(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, end: Int) -> FlankingClass {
    guard index < end else { return .whitespace }
    return classify(text, index, end: end)
  }

  private static func classify(
    _ text: UnsafeBufferPointer<UInt8>, _ lead: Int, end: Int
  ) -> FlankingClass {
    let first = text[lead]
    if first < 0x80 { return ascii(first) }
    guard let scalar = decode(text, lead, end: end) else { return .other }
    return of(scalar)
  }

  /// The class of `scalar`.
  static func of(_ scalar: Unicode.Scalar) -> FlankingClass {
    if scalar.isASCII { return ascii(UInt8(scalar.value)) }
    switch scalar.properties.generalCategory {
    case .spaceSeparator:
      return .whitespace
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
      .modifierSymbol, .otherSymbol:
      return .punctuation
    default:
      return .other
    }
  }

  private static func ascii(_ byte: UInt8) -> FlankingClass {
    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D {
      return .whitespace
    }
    // Every printable ASCII character that is not a letter or digit is in P* or S*.
    if byte > 0x20 && byte < 0x7F && !Bytes.isASCIILetter(byte) && !Bytes.isDigit(byte) {
      return .punctuation
    }
    return .other
  }

  /// The scalar whose UTF-8 starts at `lead`, or nil when the bytes there are not one.
  private static func decode(
    _ text: UnsafeBufferPointer<UInt8>, _ lead: Int, end: Int
  ) -> Unicode.Scalar? {
    let first = text[lead]
    let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
    guard length > 0, lead + length <= end else { return nil }
    var value = UInt32(first) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
    for offset in 1..<length {
      let byte = text[lead + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return Unicode.Scalar(value)
  }
}

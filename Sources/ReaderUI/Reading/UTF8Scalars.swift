/// Reading single scalars out of UTF-8 bytes, for the few places that look at the bytes
/// around a position (where a long block may be cut, whether a space joins a mark).
extension UnsafeBufferPointer<UInt8> {
  /// The scalar starting at `index`, or nil where the bytes are not valid UTF-8.
  func scalar(at index: Int) -> Unicode.Scalar? {
    var iterator = self[index...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
  }

  /// The scalar ending just before `index` (at most four bytes back).
  func scalar(endingBefore index: Int) -> Unicode.Scalar? {
    var start = index - 1
    while start > 0 && self[start] & 0xC0 == 0x80 && index - start < 4 { start -= 1 }
    return scalar(at: start)
  }
}

extension Unicode.Scalar {
  /// Whether it always joins the character before it: grapheme extenders (combining marks),
  /// spacing marks, emoji modifiers and the zero-width joiner.
  var joinsPrevious: Bool {
    // Looking up properties is slow; the letters most text is made of have none of these.
    switch value {
    case 0..<0x300, 0x370...0x482, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
      return false
    default:
      break
    }
    let properties = properties
    return properties.isGraphemeExtend || properties.isEmojiModifier
      || properties.generalCategory == .spacingMark || value == 0x200D
  }

  /// Unicode's Grapheme_Cluster_Break=Prepend characters, which join what follows them.
  var joinsNext: Bool {
    switch value {
    case 0x600...0x605, 0x6DD, 0x70F, 0x890...0x891, 0x8E2, 0xD4E, 0x110BD, 0x110CD,
      0x111C2...0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02:
      return true
    default:
      return false
    }
  }
}

import CGumbo

/// A link that stands alone on its line and only leads to the rest of a story (`Read more →`,
/// `Continue reading…`): a newsletter's or a blog's button, not the editor's words. The same
/// words inside a sentence stay.
enum ReadMoreLink {
  /// Whether `link` (an `<a>`) is such a link and all of its element's text.
  static func isAlone(_ link: GumboNodePointer) -> Bool {
    guard link.tag == GUMBO_TAG_A, let words = words(of: link), phrases.contains(words),
      let parent = link.pointee.parent
    else { return false }
    return Self.words(of: parent) == words
  }

  private static let phrases: Set<String> = [
    "read more", "continue reading", "keep reading", "read the rest", "read the full story",
    "read the full article", "read full story", "read full article",
  ]

  /// Longer text is no button's.
  private static let maximumBytes = 40

  /// The ASCII letters and digits of the text under `node`, lower-cased, words apart by one
  /// space: arrows, ellipses and other marks left out. Nil when longer than `maximumBytes`.
  private static func words(of node: GumboNodePointer) -> String? {
    var bytes: [UInt8] = []
    var tooLong = false
    node.forEachNode(descend: { !tooLong && !WebPageFurniture.isNeverText($0) }) { inner in
      guard inner.isText, !tooLong else { return }
      for byte in inner.textBytes {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
          bytes.append(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
          bytes.append(byte | 0x20)
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
          if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
        default:
          break
        }
      }
      tooLong = bytes.count > maximumBytes
    }
    guard !tooLong else { return nil }
    if bytes.last == 0x20 { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
  }
}

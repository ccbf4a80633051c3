import ReaderCore

/// The encoding a web page declares in its first 1024 bytes (`<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`), as HTML's prescan looks for
/// it. ISO-8859-1, US-ASCII and their aliases mean Windows-1252, as browsers read them.
enum CharsetDeclaration {
  private static let windows1252Names: Set<String> = [
    "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1",
    "us-ascii", "ascii", "iso_8859-1", "iso-ir-100",
  ]
  private static let utf8Names: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8"]

  static func encoding(in source: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
    let window = Array(source.prefix(1024)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    let key = Array("charset".utf8)
    var index = 0
    while index + key.count < window.count {
      guard window[index..<index + key.count].elementsEqual(key) else {
        index += 1
        continue
      }
      var cursor = index + key.count
      while cursor < window.count, [0x20, 0x09, 0x0A, 0x0D].contains(window[cursor]) { cursor += 1 }
      guard cursor < window.count, window[cursor] == UInt8(ascii: "=") else {
        index += 1
        continue
      }
      cursor += 1
      while cursor < window.count, [0x20, 0x22, 0x27].contains(window[cursor]) { cursor += 1 }
      var name: [UInt8] = []
      while cursor < window.count,
        ![0x20, 0x22, 0x27, 0x3B, 0x3E, 0x2F, 0x09, 0x0A, 0x0D].contains(window[cursor])
      {
        name.append(window[cursor])
        cursor += 1
      }
      let label = String(decoding: name, as: UTF8.self)
      if windows1252Names.contains(label) { return .windows1252 }
      if utf8Names.contains(label) { return .utf8 }
      return nil
    }
    return nil
  }
}

/// What the markup readers need to know of a file before parsing it.
enum FileName {
  /// Whether `path` ends in `.EXT` for one of `extensions` (lowercase), in any case.
  static func hasExtension(_ path: String, _ extensions: [String]) -> Bool {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
    return extensions.contains(path[path.index(after: dot)...].lowercased())
  }

  /// Whether `path` names no kind at all: standard input (`-`), or a file whose name has no
  /// extension. Only such input is judged by its content.
  static func hasNoExtension(_ path: String) -> Bool {
    if path == "-" { return true }
    let name = path.split(separator: "/").last ?? Substring(path)
    return !name.dropFirst().contains(".")
  }

  /// Lines in the source: line feeds, plus one for a last line without one.
  static func lineCount(_ source: UnsafeBufferPointer<UInt8>) -> Int {
    var lines = 0
    for byte in source where byte == 0x0A { lines += 1 }
    if let last = source.last, last != 0x0A { lines += 1 }
    return lines
  }
}

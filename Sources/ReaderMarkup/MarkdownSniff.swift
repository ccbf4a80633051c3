/// Whether input with no file name to go by (a pipe, a name without an extension) is
/// Markdown: its first line is a heading (`# ` to `###### `; `reader export --format markdown`
/// of a compilation without a title starts with its first article's `## `), or `---` opening
/// front matter, and a second heading (`## ` to `###### `) starts a line in the first few
/// kilobytes. A plain-text compilation starts with its first title, never with `#`, so one
/// heading alone is not enough to take text away from the plain-text reader.
enum MarkdownSniff {
  static func looksLikeMarkdown(_ start: UnsafeBufferPointer<UInt8>) -> Bool {
    var lines = start.split(separator: 0x0A, omittingEmptySubsequences: false).map {
      $0.last == 0x0D ? $0.dropLast() : $0
    }[...]
    if let first = lines.first, first.starts(with: [0xEF, 0xBB, 0xBF]) {
      lines[lines.startIndex] = first.dropFirst(3)
    }
    while let first = lines.first, first.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      lines = lines.dropFirst()
    }
    guard let first = lines.first else { return false }
    let opensWell = isHeading(first, level: 1...6) || first.elementsEqual([0x2D, 0x2D, 0x2D])
    return opensWell && lines.dropFirst().contains { isHeading($0, level: 2...6) }
  }

  /// `#` × level, then a space.
  private static func isHeading(_ line: Slice<UnsafeBufferPointer<UInt8>>, level: ClosedRange<Int>)
    -> Bool
  {
    let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
    guard level.contains(hashes) else { return false }
    let rest = line.dropFirst(hashes)
    return rest.first == 0x20 || rest.first == 0x09
  }
}

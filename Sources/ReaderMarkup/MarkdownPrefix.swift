/// Where a Markdown source may be cut so that its start renders as the start of the whole: a
/// blank line outside fenced code and HTML comments, not followed by an indented line (which
/// could continue a list item or be code).
enum MarkdownPrefix {
  /// The start of the line after the first such blank line at or past `minimum`, or nil.
  static func end(_ source: UnsafeBufferPointer<UInt8>, atLeast minimum: Int) -> Int? {
    var fence: (byte: UInt8, length: Int)?
    var inComment = false
    var lineStart = 0
    while lineStart < source.count {
      var lineEnd = lineStart
      while lineEnd < source.count && source[lineEnd] != 0x0A { lineEnd += 1 }
      let next = min(lineEnd + 1, source.count)
      let line = UnsafeBufferPointer(rebasing: source[lineStart..<lineEnd])
      if inComment {
        if contains(line, "-->") { inComment = false }
      } else if let open = fence {
        if let run = fenceRun(line), run.byte == open.byte, run.length >= open.length,
          run.closes
        {
          fence = nil
        }
      } else if let run = fenceRun(line) {
        fence = (run.byte, run.length)
      } else if contains(line, "<!--") && !contains(line, "-->") {
        inComment = true
      } else if lineStart >= minimum && isBlank(line) && next < source.count
        && source[next] != 0x20 && source[next] != 0x09
      {
        return next
      }
      lineStart = next
    }
    return nil
  }

  /// A line of three or more backticks or tildes, after at most three spaces; `closes` when
  /// nothing but spaces follows the run.
  private static func fenceRun(_ line: UnsafeBufferPointer<UInt8>) -> (
    byte: UInt8, length: Int, closes: Bool
  )? {
    var index = 0
    while index < line.count && index < 3 && line[index] == 0x20 { index += 1 }
    guard index < line.count, line[index] == 0x60 || line[index] == 0x7E else { return nil }
    let byte = line[index]
    var end = index
    while end < line.count && line[end] == byte { end += 1 }
    guard end - index >= 3 else { return nil }
    let closes = line[end...].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    return (byte, end - index, closes)
  }

  private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  private static func contains(_ line: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
    let needle = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    guard line.count >= needle.count else { return false }
    for start in 0...(line.count - needle.count)
    where line[start] == needle[0] && line[start..<start + needle.count].elementsEqual(needle) {
      return true
    }
    return false
  }
}

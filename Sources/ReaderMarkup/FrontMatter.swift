/// A Markdown file's front matter: YAML between `---` lines or TOML between `+++` lines at the
/// very top, which static site generators read and a reader must not show as an article.
/// Only its `title`, `author` and `date` are taken: the title as the compilation's when the
/// text has no `#` heading, and all three as the head of a post whose text starts with no
/// heading.
struct FrontMatter: Equatable {
  /// How many bytes of the source the block takes, its closing line's end included.
  var length: Int
  /// How many line ends it holds, so that the text after it keeps its line numbers.
  var lineEnds: Int
  var title: String?
  /// The source line of `title`, 1-based.
  var titleLine = 1
  /// A top-level `author` (one name, as written), and its line.
  var author: String?
  var authorLine = 1
  /// A top-level `date`'s day (`2024-02-02` of `2024-02-02T10:00:00Z` or Jekyll's
  /// `2024-02-02 10:00:00 +0000`), or nil when it does not start with one.
  var date: String?

  /// The front matter at the start of `source` (after a byte order mark), or nil when the
  /// first line is not a fence or no closing fence follows.
  init?(_ source: UnsafeBufferPointer<UInt8>) {
    var lines: [Range<Int>] = []
    var start = 0
    if source.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    var closing: [UInt8]?
    var index = start
    var lineStart = start
    while index <= source.count {
      guard index == source.count || source[index] == 0x0A else {
        index += 1
        continue
      }
      var line = lineStart..<index
      if line.upperBound > line.lowerBound && source[line.upperBound - 1] == 0x0D {
        line = line.lowerBound..<line.upperBound - 1
      }
      let trimmed = Self.trimmingTrailingSpaces(source, line)
      if let fence = closing {
        // YAML may also close with `...`, the end of a document.
        if trimmed.elementsEqual(fence)
          || (fence.first == 0x2D && trimmed.elementsEqual([0x2E, 0x2E, 0x2E]))
        {
          length = min(index + 1, source.count)
          lineEnds = lines.count + (index < source.count ? 2 : 1)
          // The opening fence is line 1, so the first line inside is line 2.
          for (index, line) in lines.enumerated() {
            if title == nil, let value = Self.value(of: "title", in: source[line]) {
              title = value
              titleLine = index + 2
            }
            if author == nil, let value = Self.value(of: "author", in: source[line]) {
              author = value
              authorLine = index + 2
            }
            if date == nil, let value = Self.value(of: "date", in: source[line]) {
              date = Self.day(of: value)
            }
          }
          return
        }
        lines.append(line)
      } else {
        let fence = Array(trimmed)
        guard fence == Array("---".utf8) || fence == Array("+++".utf8) else { return nil }
        closing = fence
      }
      if index == source.count { break }
      index += 1
      lineStart = index
    }
    return nil
  }

  private static func trimmingTrailingSpaces(
    _ source: UnsafeBufferPointer<UInt8>, _ line: Range<Int>
  ) -> Slice<UnsafeBufferPointer<UInt8>> {
    var upper = line.upperBound
    while upper > line.lowerBound && (source[upper - 1] == 0x20 || source[upper - 1] == 0x09) {
      upper -= 1
    }
    return source[line.lowerBound..<upper]
  }

  /// `YYYY-MM-DD` when `value` starts with it, followed by nothing or a time.
  private static func day(of value: String) -> String? {
    let scalars = Array(value.unicodeScalars)
    guard scalars.count >= 10 else { return nil }
    for (index, scalar) in scalars.prefix(10).enumerated() {
      let isDash = index == 4 || index == 7
      guard isDash ? scalar == "-" : ("0"..."9").contains(scalar) else { return nil }
    }
    guard scalars.count == 10 || scalars[10] == "T" || scalars[10] == " " else { return nil }
    return String(String.UnicodeScalarView(scalars.prefix(10)))
  }

  /// The value of a top-level `KEY: …` (YAML) or `KEY = …` (TOML) line, unquoted; nil for a
  /// list (`[a, b]`) or a value on the lines below, which are not one name.
  private static func value(of key: String, in line: Slice<UnsafeBufferPointer<UInt8>>)
    -> String?
  {
    let text = String(decoding: line, as: UTF8.self)
    guard text.hasPrefix(key) else { return nil }
    var rest = text.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
    guard let separator = rest.first, separator == ":" || separator == "=" else { return nil }
    rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
    var value = String(rest).trimmingSpaces
    if value.count >= 2, let first = value.first, first == "\"" || first == "'",
      value.last == first
    {
      value = String(value.dropFirst().dropLast())
    }
    return value.isEmpty || value.hasPrefix("[") ? nil : value
  }
}

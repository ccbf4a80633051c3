/// Finds the line a key was written on.
///
/// TOMLKit gives the line of a syntax error but not of a value, and a message about a value
/// must name its line. This reads the lines the way TOML lays them out: `[table]` headers and
/// `key = value` lines, keys bare or quoted. A key written inside an inline table or as a
/// dotted key is not found on its own line; the line of what holds it is used instead.
struct KeyLines {
  /// (table, key, line) for every `key = …` line, in order; table is nil at the top.
  private var entries: [(table: String?, key: String, line: Int)] = []
  private var headers: [String: Int] = [:]

  init(_ text: String) {
    var table: String?
    var number = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      number += 1
      let line = rawLine.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
      if line.hasPrefix("[") {
        // `[table]`, or `[[table]]` (an array of tables, which the settings never use: its
        // line is still where a message about it points).
        let open = line.hasPrefix("[[") ? 2 : 1
        guard let close = line.firstIndex(of: "]") else { continue }
        let name = KeyLines.unquoted(line[line.index(line.startIndex, offsetBy: open)..<close])
        table = name
        headers[name] = headers[name] ?? number
      } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
        entries.append((table, KeyLines.unquoted(line[..<equals]), number))
      }
    }
  }

  /// The line of `key` in `table` (nil: the top), else of the table's own key or header,
  /// else 1.
  func line(of key: String, in table: String?) -> Int {
    if let entry = entries.first(where: { $0.table == table && $0.key == key }) {
      return entry.line
    }
    // The key may be a table of its own, written as a header (`[highlite]`, `[keys.sub]`).
    if let header = headers[table.map { $0 + "." + key } ?? key] { return header }
    guard let table else { return 1 }
    if let header = headers[table] { return header }
    return entries.first { $0.table == nil && $0.key == table }?.line ?? 1
  }

  /// `"a b"` → `a b`, ` key ` → `key`.
  private static func unquoted(_ text: Substring) -> String {
    let trimmed = text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }
    var key = String(trimmed.reversed())
    if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
      key = String(key.dropFirst().dropLast())
    }
    return key
  }
}

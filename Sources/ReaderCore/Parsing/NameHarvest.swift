import TerminalText

/// Finds the people a title page or header names (`Edited by Emily Dorothy Scarborough`,
/// `Author: Alexander Hamilton, John Jay, and James Madison`, `Selected by` with the name on
/// the next line) so that a later signature by surname or initials can be resolved.
enum NameHarvest {
  private static let introducers = ["by ", "author: ", "authors: ", "editor: "]

  /// The names in `paragraph`'s text after `by` or an `Author:` field; `pendingBy` is true
  /// when the paragraph before ended in `by`, so this one starts with names.
  static func names(in line: String, pendingBy: Bool) -> [String] {
    let plain = line.filter { $0 != "_" && $0 != "*" }
    var found: [String] = []
    if pendingBy { found += leadingNames(plain) }
    let lower = Array(plain.lowercased())
    let characters = Array(plain)
    guard lower.count == characters.count else { return found }
    for introducer in introducers.map(Array.init) {
      var index = 0
      while index + introducer.count <= lower.count {
        defer { index += 1 }
        guard lower[index..<index + introducer.count].elementsEqual(introducer),
          index == 0 || !lower[index - 1].isLetter
        else { continue }
        found += leadingNames(String(characters[(index + introducer.count)...]))
      }
    }
    return found
  }

  /// Whether the text ends with the word `by` (a byline broken before its names).
  static func endsWithBy(_ line: String) -> Bool {
    let plain = line.filter { $0 != "_" && $0 != "*" }.lowercased()
    return plain == "by" || plain.hasSuffix(" by")
  }

  /// The names at the start of `text`, up to the first `;`, `(`, `[` or quote mark, or the first
  /// comma-separated part that is no name.
  private static func leadingNames(_ text: String) -> [String] {
    var cut = Substring(text)
    if let stop = cut.firstIndex(where: { $0 == ";" || $0 == "(" || $0 == "[" || $0 == "\"" }) {
      cut = cut[..<stop]
    }
    var parts: [String] = []
    for part in cut.split(separator: ",") {
      let trimmed = PersonName.trimmed(String(part))
      guard AuthorList.looksLikeName(trimmed) || trimmed.lowercased().hasPrefix("and ") else {
        break
      }
      parts.append(trimmed)
    }
    guard !parts.isEmpty, let list = AuthorList.parse(parts.joinedText(separator: ", ")) else {
      return []
    }
    return list.authors
  }
}

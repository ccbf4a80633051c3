/// A compilation's credit line, standing under its title above the first article: `Compiled by
/// Mara Quell`, `Edited by Ann Lee and Bo Chen`, `Selected and introduced by Ivo Brandt.`
///
/// One line of at most `maximumLength` bytes: one verb of `verbs`, or two joined by `and` (any
/// case), then `by` and names as a byline reads them (`AuthorList`: each must start like a
/// name, so `Edited by hand in 1990` is no credit), a final period optional, markers of
/// emphasis read away. The names are the compilation's editors, as an editor's note's
/// signature names its editor.
enum CreditLine {
  static let maximumLength = 200
  /// How an editor says what they did; a byline's `Written by` is no credit.
  static let verbs: Set<String> = [
    "arranged", "assembled", "chosen", "collected", "compiled", "curated", "edited", "gathered",
    "introduced", "selected", "annotated",
  ]

  /// The names the credit line in `paragraph` gives, or nil when it is none.
  static func names(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> [String]? {
    guard paragraph.isSingleLine, paragraph.kind == .text, !paragraph.isBlockQuote,
      paragraph.range.count <= maximumLength
    else { return nil }
    let line: String
    if let clean = MarkerFreeText.bytes(text, paragraph.range, marks: paragraph.marks) {
      line = clean.withUnsafeBufferPointer { Bytes.foldedString($0, 0..<$0.count) }
    } else {
      line = Bytes.foldedString(text, paragraph.range)
    }
    return names(in: line)
  }

  /// The names `line` (single spaces, no markers) credits, or nil.
  static func names(in line: String) -> [String]? {
    var words = line.split(separator: " ").map(String.init)
    guard let by = words.firstIndex(where: { $0.lowercased() == "by" }), by == 1 || by == 3
    else { return nil }
    let lead = words[..<by].map { $0.lowercased() }
    guard verbs.contains(lead[0]), by == 1 || (lead[1] == "and" && verbs.contains(lead[2]))
    else { return nil }
    words.removeFirst(by + 1)
    var rest = words.joined(separator: " ")
    if rest.hasSuffix(".") { rest.removeLast() }
    guard !rest.isEmpty, let list = AuthorList.parse(rest), !list.authors.isEmpty else {
      return nil
    }
    return list.authors
  }

  /// `names` as one editor's name: `Ann Lee`, `Ann Lee and Bo Chen`, `A, B and C`.
  static func editorName(_ names: [String]) -> String {
    guard names.count > 2 else { return names.joined(separator: " and ") }
    return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
  }
}

/// FORMAT.md's rules for `reader-document/2` beyond the key set: the values it enumerates, and
/// spans that rebuild each highlight's text from its block's text, counted in Unicode scalars.
public enum ExportChecks {
  /// Every way `document` (an exported JSON object) breaks the schema or the rules.
  public static func problems(in document: ParsedJSON) -> [String] {
    var problems = ExportSchema.document.problems(in: document)
    guard problems.isEmpty else { return problems }
    if document["format"]?.string != "reader-document/2" { problems.append("format") }
    if !["text", "markdown", "html"].contains(document["input"]?.string ?? "") {
      problems.append("input \(String(describing: document["input"]))")
    }
    if !["utf-8", "windows-1252"].contains(document["encoding"]?.string ?? "") {
      problems.append("encoding")
    }
    var highlightCount = 0
    for (index, article) in (document["articles"]?.array ?? []).enumerated() {
      problems += self.problems(inArticle: article, at: "articles[\(index)]")
      highlightCount += article["highlights"]?.array?.count ?? 0
    }
    if document["highlightCount"]?.int != highlightCount { problems.append("highlightCount") }
    return problems
  }

  private static func problems(inArticle article: ParsedJSON, at path: String) -> [String] {
    var problems: [String] = []
    var listed: [Int: String] = [:]
    for highlight in article["highlights"]?.array ?? [] {
      listed[highlight["number"]?.int ?? -1] = highlight["text"]?.string
    }
    var found: [Int] = []
    for (blockIndex, block) in (article["blocks"]?.array ?? []).enumerated() {
      let where_ = "\(path).blocks[\(blockIndex)]"
      if !ExportSchema.blockKinds.contains(block["kind"]?.string ?? "") {
        problems.append("\(where_).kind")
      }
      let scalars = Array((block["text"]?.string ?? "").unicodeScalars)
      for span in block["spans"]?.array ?? [] {
        guard let start = span["start"]?.int, let end = span["end"]?.int,
          0 <= start, start <= end, end <= scalars.count
        else {
          problems.append("\(where_): span \(span) outside \(scalars.count) scalars")
          continue
        }
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        let isLink = span["link"] == .bool(true)
        if isLink != (span["url"] != .null) { problems.append("\(where_): link without url") }
        if let number = span["highlight"]?.int {
          found.append(number)
          if listed[number] != text {
            problems.append(
              "\(where_): highlight \(number) is \(text), listed \(listed[number] ?? "nothing")")
          }
        } else if !isLink {
          problems.append("\(where_): a span neither link nor highlight")
        }
      }
    }
    if found != listed.keys.sorted() {
      problems.append("\(path): highlights in blocks \(found), listed \(listed.keys.sorted())")
    }
    for quote in article["quotes"]?.array ?? []
    where !["block", "inline"].contains(quote["kind"]?.string ?? "") {
      problems.append("\(path): quote kind")
    }
    return problems
  }
}

import CCmarkGFM

/// A block quote that is a callout, not a quotation: GitHub's alerts (`> [!NOTE]`, `> [!WARNING]`)
/// and Obsidian's callouts (`> [!tip] A title of its own`, `> [!faq]-` folded).
///
/// GitHub and Obsidian draw one as a labelled box, with no quotation in it: read as a block
/// quote it would show `[!NOTE]` as text and go to the quotes sidebar as a quotation nobody
/// said. Its label is the title written after the marker, else the type capitalised (`Note`).
enum Callout {
  /// The label of the callout that `quote` (a block quote node) opens with, or nil when its
  /// first paragraph's first line is not a callout marker.
  static func label(of quote: OpaquePointer) -> String? {
    guard let paragraph = cmark_node_first_child(quote),
      cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH
    else { return nil }
    // cmark may cut `[!NOTE]` into several text nodes (a `[` that opened no link): the line is
    // read up to its first break, of text nodes only.
    var line = ""
    var node = cmark_node_first_child(paragraph)
    while let current = node {
      let type = cmark_node_get_type(current)
      if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { break }
      guard type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(current) else {
        return nil
      }
      line += String(cString: literal)
      node = cmark_node_next(current)
    }
    return label(line: line)
  }

  /// The label a callout's marker line gives (`[!NOTE]` → `Note`, `[!tip]+ Read this` → `Read
  /// this`), or nil when `line` is no marker.
  static func label(line: String) -> String? {
    guard line.hasPrefix("[!"), let close = line.firstIndex(of: "]") else { return nil }
    let type = line[line.index(line.startIndex, offsetBy: 2)..<close]
    guard !type.isEmpty, type.count <= 20,
      type.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") })
    else { return nil }
    var rest = line[line.index(after: close)...]
    if let fold = rest.first, fold == "+" || fold == "-" { rest = rest.dropFirst() }
    // The marker is a word of its own: `[!NOTE]x` is text.
    if let next = rest.first, !next.isWhitespace { return nil }
    let title = rest.trimmingSpaces()
    if !title.isEmpty { return title }
    return type.prefix(1).uppercased() + type.dropFirst().lowercased().replacingDashes()
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}

extension String {
  /// `Read-more` → `Read more`, as Obsidian shows a type written with dashes.
  fileprivate func replacingDashes() -> String {
    String(map { $0 == "-" || $0 == "_" ? " " : $0 })
  }
}

/// An article's blocks in the JSON export (FORMAT.md version 2): each block's kind, its text
/// as the reader shows it (soft line breaks folded to one space, a verse or code line's
/// indentation as leading spaces), and the ranges of its
/// highlights and links in that text, counted in Unicode scalars, so that a script can
/// rebuild the article from the JSON alone.
enum BlockExport {
  /// The `blocks` array of `article`.
  static func value(of article: Article, in document: Document) -> JSONValue {
    .array(article.blocks.map { value(ofBlock: $0, in: document) })
  }

  /// FORMAT.md's name for a block's kind. Both a `Related` heading and its links are
  /// `related`: the format has one name for the section.
  static func kindName(_ kind: BlockKind) -> String {
    switch kind {
    case .title: "title"
    case .byline: "byline"
    case .editorNote: "note"
    case .dek: "dek"
    case .bio: "bio"
    case .paragraph, .heading: "paragraph"
    case .listItem: "list-item"
    case .verse: "verse"
    case .speaker: "speaker"
    case .speakerQuote: "quote"
    case .source: "source"
    case .relatedHeading, .relatedLink: "related"
    }
  }

  private static func value(ofBlock index: Int, in document: Document) -> JSONValue {
    let block = document.blocks[index]
    let folded = FoldedBlock(block: index, in: document)
    // A line of verse or code is shown with its indentation, which is part of the poem or
    // the program: the text starts with it (as spaces, tabs expanded), the spans after it.
    let lead = block.kind == .verse ? Int(block.indent) : 0
    return .object([
      ("kind", .string(kindName(block.kind))),
      ("text", .string(String(repeating: " ", count: lead) + folded.text)),
      ("spans", .array(folded.marks.map { value(of: $0, shiftedBy: lead, in: document) })),
    ])
  }

  private static func value(
    of mark: FoldedBlock.Mark, shiftedBy lead: Int, in document: Document
  ) -> JSONValue {
    let span = document.spans[mark.span]
    let link = mark.link.map { document.links[$0] }
    return .object([
      ("start", .int(lead + mark.start)),
      ("end", .int(lead + mark.end)),
      (
        "highlight",
        span.style == .highlight ? .int(document.highlights[Int(span.highlight)].number) : .null
      ),
      ("link", .bool(link != nil)),
      ("url", .optional(link.map(document.address(of:)))),
    ])
  }
}

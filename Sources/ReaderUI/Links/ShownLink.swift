import ReaderCore

/// A link as the reading pane shows it: where its text stands in its block's shown text, and
/// what following it may lead to.
public struct ShownLink: Sendable, Hashable {
  /// Index into `Document.articles`.
  public var article: Int
  /// Index into `Document.blocks`.
  public var block: Int
  /// UTF-8 offsets of the link's text in the block's shown text (`ShownText`).
  public var range: Range<Int>
  /// The text shown for the link, or a related entry's title.
  public var title: String
  /// The address, when the input had one (plain text has none).
  public var address: String?

  /// The links of `article` in reading order: the links of its running text (Markdown and
  /// web pages) and its related entries (each one link, with or without an address). A link
  /// whose text the pane does not show as written (a speaker line, made up from the article;
  /// the rest of a very long block) is left out.
  static func links(inArticle article: Int, of document: Document) -> [ShownLink] {
    guard article >= 0, article < document.articles.count else { return [] }
    let blocks = document.articles[article].blocks
    let related = document.articles[article].related + document.related
    var result: [ShownLink] = []
    var inline = document.links(inBlocks: blocks)[...]
    for block in blocks {
      let kind = document.blocks[block].kind
      var here: [InlineLink] = []
      while let next = inline.first, next.block == block {
        here.append(next)
        inline = inline.dropFirst()
      }
      // A byline with a link is drawn as written (`BlockText`), so its links are shown.
      guard kind != .speaker else { continue }
      if kind == .relatedLink, let entry = related.first(where: { $0.block == block }) {
        if let link = entryLink(entry, article: article, inline: here.first, in: document) {
          result.append(link)
        }
        continue
      }
      guard !here.isEmpty else { continue }
      let shown = ShownText(block: block, article: article, in: document)
      for link in here {
        guard let range = range(of: link, in: shown, document: document) else { continue }
        let address = document.address(of: link)
        // One link cut by bold inside it (`[a **b** c](url)`) is one link again: pieces of
        // the same address with only spaces between them are joined.
        if let last = result.last, last.block == block, last.address == address,
          last.range.upperBound <= range.lowerBound,
          shown.string(last.range.upperBound..<range.lowerBound).allSatisfy(\.isWhitespace)
        {
          let joined = last.range.lowerBound..<range.upperBound
          result[result.count - 1].range = joined
          result[result.count - 1].title = shown.string(joined)
          continue
        }
        result.append(
          ShownLink(
            article: article, block: block, range: range, title: shown.string(range),
            address: address))
      }
    }
    return result
  }

  /// A related entry as a link: its link's text when it has one, else its title.
  private static func entryLink(
    _ entry: RelatedLink, article: Int, inline: InlineLink?, in document: Document
  ) -> ShownLink? {
    let shown = ShownText(block: entry.block, article: article, in: document)
    let found =
      inline.flatMap { range(of: $0, in: shown, document: document) }
      ?? shown.occurrences(of: entry.title).first.map { $0..<$0 + entry.title.utf8.count }
    guard let found else { return nil }
    return ShownLink(
      article: article, block: entry.block, range: found, title: entry.title,
      address: entry.url ?? inline.map { document.address(of: $0) })
  }

  /// Where `link`'s text stands in its block's shown text: its first occurrence at or after
  /// the length of the text before it (whitespace folding only ever shortens that).
  private static func range(
    of link: InlineLink, in shown: ShownText, document: Document
  ) -> Range<Int>? {
    var before = document.blocks[link.block]
    before.spans = before.spans.lowerBound..<link.span
    let prefix = BlockText.text(of: BlockText.spans(of: before, in: document, role: .text))
    let text = trimmed(Document.foldingLineBreaks(document.text(of: document.spans[link.span])))
    guard !text.isEmpty,
      let start = shown.occurrences(of: text).first(where: { $0 >= prefix.utf8.count })
    else { return nil }
    return start..<start + text.utf8.count
  }

  private static func trimmed(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}

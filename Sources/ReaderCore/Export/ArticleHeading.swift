/// How the Markdown export opens an article so that the Markdown reader finds the same one.
///
/// The reader starts an article at a title followed by a byline, or at a title-like line set
/// off by three blank lines (`SectionHeading`, as anthologies set a piece without a byline
/// apart). The export therefore writes the article's own title as the one `##` heading, after
/// three blank lines, with the byline straight under it; any other title lines of the article
/// (`FEDERALIST No. 1` above its subtitle, an `INTRODUCTION` label) come after the byline as
/// `###` headings, which neither start an article nor become its title.
enum ArticleHeading {
  /// The `.title` block whose text is the article's title (a numbered series takes its
  /// subtitle), else the article's first `.title` block; nil when it has none.
  static func titleBlock(of article: Article, in document: Document) -> Int? {
    let titles = article.blocks.filter { document.blocks[$0].kind == .title }
    return titles.first { titleLength(of: article, in: $0, document) != nil } ?? titles.first
  }

  /// How many scalars at the start of the block's shown text are the article's title, when
  /// the block starts with it: a subtitle may run on into a source line (`… (The Union) For
  /// the New York Packet.`), which the title leaves out.
  static func titleLength(of article: Article, in block: Int, _ document: Document) -> Int? {
    let shown = FoldedBlock(block: block, in: document).text.unicodeScalars
    guard !article.title.isEmpty, shown.starts(with: article.title.unicodeScalars) else {
      return nil
    }
    return article.title.unicodeScalars.count
  }

  /// The scalars of the block's shown text after its first `titleLength`, spaces skipped;
  /// empty when the title is all of it.
  static func textAfterTitle(in block: Int, titleLength: Int, _ document: Document) -> Range<Int> {
    let shown = Array(FoldedBlock(block: block, in: document).text.unicodeScalars)
    var start = titleLength
    while start < shown.count && shown[start].properties.isWhitespace { start += 1 }
    return start..<shown.count
  }

  /// A title line that is not the article's title, as written under the byline.
  static func label(_ markdown: String) -> String { "### " + markdown }
}

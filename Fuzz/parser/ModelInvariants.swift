import ReaderCore

/// Every index in the model points at something, every byte range lies in the storage, and
/// every cross-reference points back: highlights at their spans, quotes at their blocks.
func checkModel(_ document: Document) {
  let byteCount = document.storage.count
  let spanCount = document.spans.count
  let blockCount = document.blocks.count
  func inside(_ range: Range<Int>, _ count: Int) -> Bool {
    range.lowerBound >= 0 && range.upperBound <= count
  }
  for (index, span) in document.spans.enumerated() {
    check(inside(span.range, byteCount), "span \(index) bytes \(span.range) of \(byteCount)")
    // `highlight` indexes the table the style names: highlights, or links for a link's words.
    switch span.style {
    case .plain:
      check(span.highlight == -1, "span \(index) plain with index \(span.highlight)")
    case .highlight:
      check(
        span.highlight >= 0 && Int(span.highlight) < document.highlights.count,
        "span \(index) highlight \(span.highlight)")
    case .link:
      check(
        span.highlight >= 0 && Int(span.highlight) < document.links.count
          && inside(document.links[Int(span.highlight)].address, byteCount),
        "span \(index) link \(span.highlight) of \(document.links.count)")
    }
    _ = document.text(of: span)
  }
  for (index, block) in document.blocks.enumerated() {
    check(inside(block.spans, spanCount), "block \(index) spans \(block.spans) of \(spanCount)")
    check(
      block.quote == -1 || Int(block.quote) < document.quotes.count,
      "block \(index) quote \(block.quote)")
    check(
      block.firstLine >= 1 && block.firstLine <= block.lastLine
        && Int(block.lastLine) <= document.lineCount,
      "block \(index) lines \(block.firstLine)...\(block.lastLine) of \(document.lineCount)")
    _ = document.text(of: block)
  }
  var previousBlocks = 0
  for (index, article) in document.articles.enumerated() {
    check(article.number == index + 1, "article \(index) numbered \(article.number)")
    check(inside(article.blocks, blockCount), "article \(index) blocks \(article.blocks)")
    check(article.blocks.lowerBound >= previousBlocks, "article \(index) blocks overlap")
    previousBlocks = article.blocks.upperBound
    for part in [article.dek, article.bio] {
      if let part { check(article.blocks.contains(part), "article \(index) dek/bio \(part)") }
    }
    check(
      inside(article.highlights, document.highlights.count),
      "article \(index) highlights \(article.highlights)")
    check(inside(article.quotes, document.quotes.count), "article \(index) quotes")
    check(
      article.firstLine >= 1 && article.firstLine <= article.lastLine
        && article.lastLine <= document.lineCount,
      "article \(index) lines \(article.firstLine)...\(article.lastLine)")
    check(
      article.paragraphCount >= 0 && article.paragraphCount <= article.blocks.count, "paragraphs")
    for link in article.related {
      check(article.blocks.contains(link.block), "article \(index) related block \(link.block)")
    }
    for highlight in article.highlights {
      check(document.highlights[highlight].article == index, "highlight \(highlight) article")
    }
    for quote in article.quotes {
      check(document.quotes[quote].article == index, "quote \(quote) article")
    }
  }
  for (index, highlight) in document.highlights.enumerated() {
    check(highlight.number == index + 1, "highlight \(index) numbered \(highlight.number)")
    check(highlight.article < document.articles.count, "highlight \(index) article")
    check(highlight.block < blockCount, "highlight \(index) block \(highlight.block)")
    check(inside(highlight.spans, spanCount), "highlight \(index) spans")
    check(!highlight.spans.isEmpty, "highlight \(index) has no span")
    // A highlight starts in its block; bold over a verse's or a table's line ends goes on in
    // the next lines, each a block of its own, never past its article.
    let block = document.blocks[highlight.block]
    let articleBlocks = document.articles[highlight.article].blocks
    check(articleBlocks.contains(highlight.block), "highlight \(index) block outside its article")
    check(
      block.spans.contains(highlight.spans.lowerBound),
      "highlight \(index) starts outside its block")
    let articleEnd =
      articleBlocks.isEmpty ? 0 : document.blocks[articleBlocks.upperBound - 1].spans.upperBound
    for span in highlight.spans {
      check(span < articleEnd, "highlight \(index) span \(span) outside its article")
      check(document.spans[span].highlight == Int32(index), "highlight \(index) span back-link")
    }
    _ = document.text(of: highlight)
  }
  for (index, quote) in document.quotes.enumerated() {
    check(quote.article < document.articles.count, "quote \(index) article")
    check(inside(quote.blocks, blockCount), "quote \(index) blocks \(quote.blocks)")
    check(inside(quote.range, byteCount), "quote \(index) bytes \(quote.range)")
    _ = document.text(of: quote)
  }
  if let editor = document.editor {
    // A credit line names an editor without a note; a note's editor points at its block.
    check((editor.block == nil) == (editor.note == nil), "editor note and block")
    if let block = editor.block {
      check(block < blockCount, "editor block \(block)")
      check(document.blocks[block].kind == .editorNote, "editor block \(block) kind")
    }
  }
  for link in document.related { check(link.block < blockCount, "related block \(link.block)") }
  for entry in document.authors.entries {
    for article in entry.articles {
      check(article < document.articles.count, "author \(entry.name) article \(article)")
    }
  }
}

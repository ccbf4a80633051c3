extension RenderedText {
  /// `paragraph` cut after its first line when that line is short and the rest is a byline:
  /// a page's `<b>Title</b><br>by Name` and Markdown's `**Title**` over `by Name` are a title
  /// and a byline, as the same two lines of plain text are (`ParagraphSplitter`). Nil for any
  /// other paragraph, and where bold or a link runs over the cut.
  func titleOverByline(_ paragraph: Paragraph) -> (title: Paragraph, byline: Paragraph)? {
    guard paragraph.kind == .text, !paragraph.isBlockQuote, let cut = paragraph.breaks.first,
      paragraph.breaks.count <= 1 + BylineParser.maximumBreaks,
      cut.range.lowerBound - paragraph.range.lowerBound <= ParagraphSplitter.titleLineBytes,
      !paragraph.marks.contains(where: {
        $0.outer.lowerBound < cut.range.upperBound && $0.outer.upperBound > cut.range.lowerBound
      })
    else { return nil }
    var byline = paragraph
    byline.range = cut.range.upperBound..<paragraph.range.upperBound
    byline.breaks = Array(paragraph.breaks.dropFirst())
    byline.marks = paragraph.marks.filter { $0.outer.lowerBound >= cut.range.upperBound }
    byline.firstLine = min(paragraph.lastLine, paragraph.firstLine + 1)
    byline.startsPiece = false
    // A quotation signed on its next line (`“…”<br>— Petra Koll, March 3, 2024`) stays one.
    let quotationSigned = { (text: UnsafeBufferPointer<UInt8>, parsed: Byline) in
      parsed.isDashCredit
        && QuotationLine.matches(text, paragraph.range.lowerBound..<cut.range.lowerBound)
    }
    guard
      bytes.withUnsafeBufferPointer({ text in
        BylineParser.parse(text, byline).map { !quotationSigned(text, $0) } ?? false
      })
    else { return nil }
    var title = paragraph
    title.range = paragraph.range.lowerBound..<cut.range.lowerBound
    title.breaks = []
    title.marks = paragraph.marks.filter { $0.outer.upperBound <= cut.range.lowerBound }
    title.lastLine = title.firstLine
    return (title, byline)
  }
}

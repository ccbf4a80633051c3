extension Document {
  /// `text(of:)` for export, folding soft line breaks on bytes: the same text, without the
  /// per-character work of `foldingLineBreaks`, which dominates exporting a large document.
  func foldedText(of block: Block) -> String {
    foldedText(spans: block.spans)
  }

  /// A highlight over two lines of verse gets a space where the line break between its
  /// pieces was, as `text(of:)` does.
  func foldedText(of highlight: Highlight) -> String {
    foldedText(spans: highlight.spans, spacingLineBreaks: true)
  }

  func foldedText(of quote: Quote) -> String {
    switch quote.kind {
    case .inline:
      let pieces = shownRanges(of: quote)
      if pieces.count == 1 { return Bytes.string(storage.bytes, pieces[0]) }
      let joined = pieces.flatMap { storage.bytes[$0] }
      return joined.withUnsafeBufferPointer { Bytes.string($0, 0..<$0.count) }
    case .block:
      return quote.blocks.map { foldedText(of: blocks[$0]) }.joined(separator: "\n\n")
    }
  }

  private func foldedText(spans range: Range<Int>, spacingLineBreaks: Bool = false) -> String {
    let text = storage.bytes
    if range.count == 1 { return Bytes.string(text, spans[range.lowerBound].range) }
    var joined: [UInt8] = []
    var previousEnd: Int?
    for index in range {
      let span = spans[index].range
      if spacingLineBreaks, let previousEnd,
        storage.containsLineBreak(previousEnd..<span.lowerBound)
      {
        joined.append(0x20)
      }
      joined += text[span]
      previousEnd = span.upperBound
    }
    return joined.withUnsafeBufferPointer { Bytes.string($0, 0..<$0.count) }
  }
}

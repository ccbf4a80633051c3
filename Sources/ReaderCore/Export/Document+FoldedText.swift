extension Document {
  /// `text(of:)` for export, folding soft line breaks on bytes: the same text, without the
  /// per-character work of `foldingLineBreaks`, which dominates exporting a large document.
  func foldedText(of block: Block) -> String {
    foldedText(spans: block.spans)
  }

  func foldedText(of highlight: Highlight) -> String {
    foldedText(spans: highlight.spans)
  }

  func foldedText(of quote: Quote) -> String {
    switch quote.kind {
    case .inline:
      return Bytes.string(storage.bytes, quote.range)
    case .block:
      return quote.blocks.map { foldedText(of: blocks[$0]) }.joined(separator: "\n\n")
    }
  }

  private func foldedText(spans range: Range<Int>) -> String {
    let text = storage.bytes
    if range.count == 1 { return Bytes.string(text, spans[range.lowerBound].range) }
    var joined: [UInt8] = []
    for index in range { joined += text[spans[index].range] }
    return joined.withUnsafeBufferPointer { Bytes.string($0, 0..<$0.count) }
  }
}

/// A link in running text (Markdown's `[text](address)`, a web page's `<a href>`): the span
/// that shows its text and where its address is stored. Plain text has none.
public struct InlineLink: Sendable, Hashable {
  /// Index into `Document.blocks` of the block the link is in.
  public var block: Int
  /// Index into `Document.spans` of the span holding the link's text.
  public var span: Int
  /// Bytes of `Document.storage` holding the address as decoded (after its paragraph).
  public var address: Range<Int>

  public init(block: Int, span: Int, address: Range<Int>) {
    self.block = block
    self.span = span
    self.address = address
  }
}

extension Document {
  /// The address of `link`, as the input gave it.
  public func address(of link: InlineLink) -> String { storage.string(link.address) }

  /// The index in `links` of the link whose words are span `index` of `block`: a `.link`
  /// span names it; a highlight whose words are also a link's is found among the block's.
  public func link(ofSpan index: Int, inBlock block: Int) -> Int? {
    let span = spans[index]
    if let link = span.link { return link }
    guard span.style == .highlight else { return nil }
    return links(inBlocks: block..<block + 1).firstIndex { $0.span == index }
  }

  /// The links of the blocks in `blocks`, in document order (links are stored by block, so a
  /// binary search finds the first).
  public func links(inBlocks blocks: Range<Int>) -> Table<InlineLink>.SubSequence {
    var low = 0
    var high = links.count
    while low < high {
      let middle = (low + high) / 2
      if links[middle].block < blocks.lowerBound { low = middle + 1 } else { high = middle }
    }
    var end = low
    while end < links.count && links[end].block < blocks.upperBound { end += 1 }
    return links[low..<end]
  }
}

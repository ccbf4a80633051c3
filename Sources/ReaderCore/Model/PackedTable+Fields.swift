// One field of a packed record, read without making the whole record: a pass over every
// block of a book (the first skim view of 150,000 paragraphs) spent a third of its time
// unpacking blocks and spans to read one field of each (BENCHMARKS.md, session 30).

extension PackedTable where Record == Block {
  /// The kind of block `position`.
  @inlinable public func kind(at position: Int) -> BlockKind {
    let form = packed[position]
    if let index = Block.wholeIndex(of: form) { return whole[index].kind }
    return BlockKind(rawValue: UInt8(form.word >> 27 & 15)) ?? .paragraph
  }

  /// The indexes into `Document.spans` of block `position`.
  @inlinable public func spans(at position: Int) -> Range<Int> {
    let form = packed[position]
    if let index = Block.wholeIndex(of: form) { return whole[index].spans }
    let first = Int(form.first)
    return first..<first + Int(form.word >> 20 & 127)
  }
}

extension PackedTable where Record == Span {
  /// The bytes in storage of span `position`.
  @inlinable public func range(at position: Int) -> Range<Int> {
    let form = packed[position]
    if let index = Span.wholeIndex(of: form) { return whole[index].range }
    let start = Int(form.start)
    return start..<start + Int(form.word)
  }

  /// Whether any of the spans `positions` is one of the editor's highlights. A span packed
  /// whole is plain (only plain spans are packed), so only stand-ins are looked at.
  @inlinable public func containsHighlight(_ positions: Range<Int>) -> Bool {
    for position in positions {
      let form = packed[position]
      if let index = Span.wholeIndex(of: form), whole[index].style == .highlight { return true }
    }
    return false
  }
}

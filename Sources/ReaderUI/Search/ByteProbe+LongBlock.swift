import ReaderCore

extension ByteProbe {
  /// Whether `part` of `block` can show a match, judged on the file's bytes: a part without
  /// the probe is neither set as text nor searched. The first and last parts carry what the
  /// pane adds to a block, and bold markers can cut the probe, so those are always searched.
  func mayMatch(_ part: LongBlock.Part, of block: Block, in document: Document) -> Bool {
    if patterns.isEmpty || part.isFirst || part.isLast { return true }
    if block.spans.contains(where: { document.spans[$0].style == .highlight }) { return true }
    // A match may run over the cut on either side (`PartMatches`).
    let reach = 4 * length + 64
    let range = max(0, part.bytes.lowerBound - reach)..<(part.bytes.upperBound + reach)
    return first(in: document.storage.bytes, range) != nil
  }
}

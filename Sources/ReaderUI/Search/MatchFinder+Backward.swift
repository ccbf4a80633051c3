import ReaderCore

extension MatchFinder {
  /// The first stretch a backward scan reads, in bytes; each next one is twice as long, up to
  /// `backwardWindowLimit`. The previous match of a common word is usually a paragraph or two
  /// back, so the first stretches are short; a rare word is looked for in longer ones.
  static let backwardWindow = 4 << 10
  static let backwardWindowLimit = 256 << 10

  /// Reads `article` backward from `toBlock` (excluded) down to `fromBlock`, a stretch at a
  /// time, for the last match in file order that `accepts`; at most about `budget` bytes in
  /// all, so a long scan goes on in later calls (`.paused` names the block to go on below).
  /// Each stretch is read forward (`scanForward`), keeping the last match it accepted.
  ///
  /// A long block (`LongBlock`) is read alone, part by part from the end back, and for block
  /// `toBlock - 1` from the part holding byte `toOffset`: `N` in a paragraph of megabytes
  /// costs the parts between the view and the match.
  ///
  /// `belowPart`: a paused scan goes on below that part of block `toBlock - 1`.
  func scanBackward(
    in article: Int, fromBlock: Int, toBlock: Int, toOffset: Int = .max, belowPart: Int? = nil,
    budget: Int, where accepts: (SearchMatch) -> Bool
  ) -> ForwardScan {
    guard !search.isEmpty else { return .missing }
    let blocks = document.articles[article].blocks
    let lower = max(blocks.lowerBound, fromBlock)
    var top = min(blocks.upperBound, toBlock)
    var window = MatchFinder.backwardWindow
    var spent = 0
    while top > lower {
      var bottom = top - 1
      if isLong(bottom) {
        let upTo = top == toBlock ? toOffset : .max
        switch lastMatch(
          inBlock: bottom, article: article, upTo: upTo,
          belowPart: top == toBlock ? belowPart : nil, budget: max(0, budget - spent),
          where: accepts)
        {
        case .found(let last): return .found(last)
        case .paused(let part): return .pausedInside(block: bottom, part: part)
        case .missing: break
        }
      } else {
        let floor = max(start(of: lower), start(of: top) - window)
        bottom = min(top - 1, max(lower, block(at: floor, in: lower..<top)))
        // A long block is left to a stretch of its own.
        if bottom < top - 1 && isLong(bottom) { bottom += 1 }
        var last: SearchMatch?
        _ = scanForward(in: article, fromBlock: bottom, toBlock: top, budget: .max) { match in
          if accepts(match) { last = match }
          return false
        }
        if let last { return .found(last) }
        window = min(window * 2, MatchFinder.backwardWindowLimit)
      }
      spent += start(of: top) - start(of: bottom) + 1
      top = bottom
      if spent >= budget && top > lower { return .paused(atBlock: top) }
    }
    return .missing
  }

  /// Whether `block` is cut into parts (`LongBlock`).
  func isLong(_ block: Int) -> Bool {
    let spans = document.blocks[block].spans
    guard !spans.isEmpty else { return false }
    return end(of: block) - start(of: block) > LongBlock.partBytes
  }
}

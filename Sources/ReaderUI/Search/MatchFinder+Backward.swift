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
  func scanBackward(
    in article: Int, fromBlock: Int, toBlock: Int, budget: Int,
    where accepts: (SearchMatch) -> Bool
  ) -> ForwardScan {
    guard !search.isEmpty else { return .missing }
    let blocks = document.articles[article].blocks
    let lower = max(blocks.lowerBound, fromBlock)
    var top = min(blocks.upperBound, toBlock)
    var window = MatchFinder.backwardWindow
    var spent = 0
    while top > lower {
      let floor = max(start(of: lower), start(of: top) - window)
      let bottom = min(top - 1, max(lower, block(at: floor, in: lower..<top)))
      var last: SearchMatch?
      _ = scanForward(in: article, fromBlock: bottom, toBlock: top, budget: .max) { match in
        if accepts(match) { last = match }
        return false
      }
      if let last { return .found(last) }
      spent += start(of: top) - start(of: bottom) + 1
      top = bottom
      window = min(window * 2, MatchFinder.backwardWindowLimit)
      if spent >= budget && top > lower { return .paused(atBlock: top) }
    }
    return .missing
  }
}

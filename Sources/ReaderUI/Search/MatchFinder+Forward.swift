import ReaderCore

extension MatchFinder {
  /// Articles longer than this are searched forward from the view rather than whole: a
  /// typed key then costs the distance to the next match, not a pass over a book.
  static let hugeArticle = 4 << 20

  /// How a forward scan of an article ended.
  enum ForwardScan: Equatable {
    /// The first match the scan accepted.
    case found(SearchMatch)
    /// No accepted match from the scan's first block to the article's end.
    case missing
    /// The byte budget ran out: go on from this block (nothing before it matched).
    case paused(atBlock: Int)
    /// The budget ran out inside a long block: go on from this part of it.
    case pausedInside(block: Int, part: Int)
  }

  /// The first match of `article` in a block at or after `position`'s block that `accepts`,
  /// reading the blocks one by one from there in file order and stopping at it.
  func firstMatch(
    in article: Int, from position: SearchMatch, where accepts: (SearchMatch) -> Bool
  ) -> SearchMatch? {
    let scan = scanForward(in: article, fromBlock: position.block, budget: .max, where: accepts)
    guard case .found(let match) = scan else { return nil }
    return match
  }

  /// Reads `article` forward from `fromBlock` (up to `toBlock`, excluded, if given) for a
  /// match that `accepts`, at most about `budget` bytes of it: a long scan goes on in later
  /// calls from the block it paused at, so no call costs much more than its budget (the byte
  /// probe's `memchr` runs over the budget, and only blocks it or the document's made-up text
  /// point at are set as text).
  ///
  /// `fromOffset` says that matches of the first block before that byte are not wanted: a
  /// long block's parts before it are passed over unread; `fromPart` is the part of the first
  /// block a paused scan goes on from.
  func scanForward(
    in article: Int, fromBlock: Int, fromOffset: Int = 0, fromPart: Int = 0,
    toBlock: Int? = nil, budget: Int, where accepts: (SearchMatch) -> Bool
  ) -> ForwardScan {
    guard !search.isEmpty else { return .missing }
    let whole = document.articles[article].blocks
    let blocks =
      whole.lowerBound..<min(whole.upperBound, max(whole.lowerBound, toBlock ?? whole.upperBound))
    var first = max(blocks.lowerBound, min(fromBlock, blocks.upperBound))
    guard first < blocks.upperBound else { return .missing }
    var budget = budget
    if isLong(first) {
      // Read by its parts within the budget: the byte scan below would run through the whole
      // block first (one `memchr` a pattern to its end, 10 ms a key in 24 MB).
      switch firstMatch(
        inBlock: first, article: article, from: fromOffset, fromPart: fromPart, budget: budget,
        where: accepts)
      {
      case .found(let found): return .found(found)
      case .paused(let part): return .pausedInside(block: first, part: part)
      case .missing: break
      }
      if budget != .max { budget = max(1, budget - (end(of: first) - start(of: first))) }
      first += 1
      guard first < blocks.upperBound else { return .missing }
    }
    let end =
      blocks.upperBound < whole.upperBound
      ? start(of: blocks.upperBound) : byteRange(of: article).upperBound
    var from = start(of: first)
    // Bytes from `limit` on are left for the next call (a pattern starting before it may
    // end after it); the first block is always read, so every call moves on.
    let limit = budget >= end - from ? end : min(end, max(from + budget, start(of: first + 1)))
    var scanner = ByteProbe.Scanner(
      probe, text: document.storage.bytes, end: min(end, limit + max(0, probe.length - 1)))
    // One block searched: how the scan ends there, or nil to go on. A long block takes what
    // is left of the budget, and may pause between its parts.
    func read(_ candidate: Int) -> ForwardScan? {
      let left =
        budget == .max ? .max : max(0, budget - (start(of: candidate) - start(of: first)))
      switch firstMatch(
        inBlock: candidate, article: article, from: candidate == fromBlock ? fromOffset : 0,
        fromPart: candidate == fromBlock ? fromPart : 0, budget: left, where: accepts)
      {
      case .found(let found): return .found(found)
      case .paused(let part): return .pausedInside(block: candidate, part: part)
      case .missing: return nil
      }
    }
    var block = first
    while block < blocks.upperBound {
      var next = blocks.upperBound
      var pauses = false
      if probe.patterns.isEmpty {
        next = block
        pauses = from >= limit && limit < end
      } else if from < limit, let hit = scanner.first(from: from) {
        next = max(block, self.block(at: hit, in: blocks))
      } else if limit < end {
        next = max(block, self.block(at: limit, in: blocks))
        pauses = true
      }
      // Blocks the bytes cannot vouch for, looked up only as far as the scan got.
      for extra in candidatesBeyondBytes(in: article, blocks: block..<next) {
        if let ended = read(extra) { return ended }
      }
      if pauses { return .paused(atBlock: next) }
      guard next < blocks.upperBound else { return .missing }
      if let ended = read(next) { return ended }
      block = next + 1
      from = max(from, start(of: block))
    }
    return .missing
  }
}

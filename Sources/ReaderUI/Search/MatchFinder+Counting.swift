import ReaderCore

extension MatchFinder {
  /// What setting one block as text and searching it costs, in bytes of a slice's budget, so
  /// a slice stays short whether the word is in every paragraph or in none, and in one-letter
  /// paragraphs as in long ones. Measured with callgrind on a common word: about 73,000
  /// instructions a block searched, about 21 a byte scanned.
  static let blockCost = 3584

  /// What setting a long block's part as text costs beyond reading its bytes, a byte: with
  /// `perf`, counting a 24 MB paragraph holding the word 313,000 times took about 33 ns a
  /// byte, reading bytes about 7.
  static let partCostPerByte = 4

  /// Counts the matches of `article` from `fromBlock` on until about `budget` is spent; the
  /// block to go on from when the budget ran out first, and what was spent (bytes read and
  /// `blockCost` a block searched). Blocks are found as a forward scan finds them and counted
  /// one by one, so no list of the article's matches is ever held. A long block
  /// (`LongBlock`) is counted a part at a time, from part `fromPart` of `fromBlock`, and the
  /// count may stop between two of its parts (`resumePart`).
  /// With `toBlock`, only the blocks before it are counted.
  func countForward(
    in article: Int, fromBlock: Int, fromPart: Int = 0, toBlock: Int? = nil, budget: Int
  ) -> (matches: Int, resume: Int?, resumePart: Int, spent: Int) {
    let whole = document.articles[article].blocks
    let blocks = whole.lowerBound..<min(whole.upperBound, toBlock ?? whole.upperBound)
    var block = max(blocks.lowerBound, fromBlock)
    guard !search.isEmpty, block < blocks.upperBound else { return (0, nil, 0, 1) }
    let end =
      blocks.upperBound < whole.upperBound
      ? start(of: blocks.upperBound) : byteRange(of: article).upperBound
    // Going on inside a long block: from the part's first byte.
    let resumed =
      fromPart > 0 ? LongBlock.parts(of: document.blocks[block], in: document) : nil
    let origin =
      resumed.flatMap { fromPart < $0.count ? $0[fromPart].bytes.lowerBound : nil }
      ?? start(of: block)
    let limit =
      budget >= end - origin ? end : min(end, max(origin + budget, start(of: block + 1)))
    var scanner = ByteProbe.Scanner(
      probe, text: document.storage.bytes, end: min(end, limit + max(0, probe.length - 1)))
    var from = origin
    var matches = 0
    var checked = 0
    // Parts set as text, charged beyond their bytes (`partCostPerByte`).
    var setAsText = 0
    while block < blocks.upperBound {
      var next = blocks.upperBound
      var pauses = false
      if probe.patterns.isEmpty {
        next = block
      } else if from < limit, let hit = scanner.first(from: from) {
        next = max(block, self.block(at: hit, in: blocks))
      } else if limit < end {
        next = max(block, self.block(at: limit, in: blocks))
        pauses = true
      }
      var due = candidatesBeyondBytes(in: article, blocks: block..<next)
      if !pauses && next < blocks.upperBound { due.append(next) }
      for candidate in due {
        let spent =
          start(of: candidate) - origin + checked * MatchFinder.blockCost + setAsText
        if checked > 0 && spent >= budget { return (matches, candidate, 0, spent) }
        guard let parts = LongBlock.parts(of: document.blocks[candidate], in: document) else {
          matches += self.matches(inBlock: candidate, article: article).count
          checked += 1
          continue
        }
        let first = candidate == fromBlock ? min(fromPart, parts.count) : 0
        for index in first..<parts.count {
          let spent =
            parts[index].bytes.lowerBound - origin + checked * MatchFinder.blockCost
            + setAsText
          if checked > 0 && spent >= budget { return (matches, candidate, index, spent) }
          matches += self.matches(ofPart: parts[index], block: candidate, article: article).count
          checked += 1
          setAsText += (MatchFinder.partCostPerByte - 1) * parts[index].bytes.count
        }
      }
      if pauses { return (matches, next, 0, budget) }
      guard next < blocks.upperBound else { break }
      block = next + 1
      from = max(from, start(of: block))
    }
    return (matches, nil, 0, end - origin + 1 + checked * MatchFinder.blockCost + setAsText)
  }
}

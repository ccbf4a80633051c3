import ReaderCore

extension MatchFinder {
  /// Articles longer than this are searched forward from the view rather than whole: a
  /// typed key then costs the distance to the next match, not a pass over a book.
  static let hugeArticle = 4 << 20

  /// The first match of `article` in a block at or after `position`'s block that `accepts`,
  /// reading the blocks one by one from there in file order and stopping at it.
  func firstMatch(
    in article: Int, from position: SearchMatch, where accepts: (SearchMatch) -> Bool
  ) -> SearchMatch? {
    guard !search.isEmpty else { return nil }
    let blocks = document.articles[article].blocks
    let first = max(blocks.lowerBound, min(position.block, blocks.upperBound))
    guard first < blocks.upperBound else { return nil }
    let tail = first..<blocks.upperBound
    // Blocks the bytes cannot vouch for, in order: checked as the scan passes them.
    let extras = candidatesBeyondBytes(in: article).filter { tail.contains($0) }
    var nextExtra = 0
    var scanner = ByteProbe.Scanner(
      probe, text: document.storage.bytes, end: byteRange(of: article).upperBound)
    var from = start(of: first)
    var block = first
    while block < blocks.upperBound {
      var next = blocks.upperBound
      if probe.patterns.isEmpty {
        next = block
      } else if from < byteRange(of: article).upperBound, let hit = scanner.first(from: from) {
        next = max(block, self.block(at: hit, in: blocks))
      }
      if nextExtra < extras.count && extras[nextExtra] < next { next = extras[nextExtra] }
      guard next < blocks.upperBound else { return nil }
      while nextExtra < extras.count && extras[nextExtra] <= next { nextExtra += 1 }
      if let found = matches(inBlock: next, article: article).first(where: accepts) {
        return found
      }
      block = next + 1
      from = max(from, start(of: block))
    }
    return nil
  }
}

/// The strong pairs of one paragraph as highlights, which do not nest: of nested pairs the
/// outer one is the highlight, cut into pieces where the inner pairs' markers stand so that
/// none of them shows (`**a **b** c**` is `a `, `b`, ` c`, each piece going on the one
/// before), and directly stacked markers (`****x****`) make one piece.
///
/// Pairs arrive in the order of their closers, so a pair comes after the pairs it encloses,
/// which, since pairs nest properly, are the last ones kept. Each pair is taken out once and
/// its markers written once into one array, so a paragraph nested thousands deep costs no
/// more than its length (and one sort of each highlight's markers).
struct StrongNesting {
  /// The outermost pairs so far, each with where its inner markers start in `inner`; they
  /// run to the next pair's start, or to the end.
  private var outermost: [(run: BoldRun, innerStart: Int)] = []
  /// The markers of enclosed pairs, hidden inside the pair that encloses them.
  private var inner: [Range<Int>] = []

  mutating func add(_ match: BoldRun) {
    var start = inner.count
    while let last = outermost.last, match.outer.lowerBound <= last.run.outer.lowerBound {
      outermost.removeLast()
      start = last.innerStart
      inner.append(last.run.outer.lowerBound..<last.run.content.lowerBound)
      inner.append(last.run.content.upperBound..<last.run.outer.upperBound)
    }
    outermost.append((match, start))
  }

  /// The highlights' pieces, in order.
  func pieces() -> [BoldRun] {
    var pieces: [BoldRun] = []
    for (index, entry) in outermost.enumerated() {
      let end = index + 1 < outermost.count ? outermost[index + 1].innerStart : inner.count
      let markers = inner[entry.innerStart..<end].sorted { $0.lowerBound < $1.lowerBound }
      let match = entry.run
      let first = pieces.count
      // Pieces tile the pair: the markers before a piece are its own (the first also takes
      // the opener), and the last takes the closer.
      var outerStart = match.outer.lowerBound
      var cursor = match.content.lowerBound
      for marker in markers + [match.content.upperBound..<match.content.upperBound] {
        if cursor < marker.lowerBound {
          pieces.append(
            BoldRun(
              content: cursor..<marker.lowerBound, outer: outerStart..<marker.lowerBound,
              continues: pieces.count > first))
          outerStart = marker.lowerBound
        }
        cursor = max(cursor, marker.upperBound)
      }
      guard pieces.count > first else { continue }
      pieces[pieces.count - 1].outer =
        pieces[pieces.count - 1].outer.lowerBound..<match.outer.upperBound
    }
    return pieces
  }
}

import ReaderCore

/// Reading a long block (`LongBlock`) part by part, within a budget: a typed key or `n` in a
/// paragraph of megabytes costs the parts between the view and the match, and a slice stops
/// between two parts when its budget runs out, so that no slice holds up a key.
extension MatchFinder {
  /// How reading a block's parts ended.
  enum PartScan: Equatable {
    case found(SearchMatch)
    case missing
    /// The budget ran out: go on from this part (forward) or below it (backward).
    case paused(part: Int)
  }

  /// What a part costs a scan's slice, whose budget counts bytes `memchr` reads (about half
  /// a nanosecond each): its bytes, probed; and, when the probe lets it through, setting it as
  /// text and searching it, about 34 ns a byte with `perf` (`scanPartCostPerByte`). A slice
  /// then sets about one part as text: eight made a typed key take 20 ms.
  private func cost(of part: LongBlock.Part, setAsText: Bool) -> Int {
    part.bytes.count * (setAsText ? MatchFinder.scanPartCostPerByte : 1)
  }

  static let scanPartCostPerByte = 32

  /// The first match of `block` that `accepts` (false then true along the matches), from
  /// part `fromPart` on and, in a long block, passing over parts that end before byte `offset`
  /// unread (a match starts at most two characters past its part's bytes: a related link's
  /// bullet). Pauses between parts once `budget` is spent.
  func firstMatch(
    inBlock block: Int, article: Int, from offset: Int, fromPart: Int = 0, budget: Int = .max,
    where accepts: (SearchMatch) -> Bool
  ) -> PartScan {
    let model = document.blocks[block]
    guard let parts = LongBlock.parts(of: model, in: document) else {
      return matches(inBlock: block, article: article).first(where: accepts).map { .found($0) }
        ?? .missing
    }
    var spent = 0
    for index in min(fromPart, parts.count)..<parts.count {
      let part = parts[index]
      guard part.isLast || part.bytes.upperBound + 2 > offset else { continue }
      if spent >= budget && index > fromPart { return .paused(part: index) }
      let probed = probe.mayMatch(part, of: model, in: document)
      spent += cost(of: part, setAsText: probed)
      guard probed else { continue }
      let found = matches(ofPart: part, block: block, article: article, probed: true)
      if let match = found.first(where: accepts) { return .found(match) }
    }
    return .missing
  }

  /// The last match of `block` that `accepts` (true then false along the matches), reading a
  /// long block's parts from the last one starting at or before byte `offset` back, below
  /// part `belowPart` when given. Pauses between parts once `budget` is spent.
  func lastMatch(
    inBlock block: Int, article: Int, upTo offset: Int, belowPart: Int? = nil,
    budget: Int = .max, where accepts: (SearchMatch) -> Bool
  ) -> PartScan {
    let model = document.blocks[block]
    guard let parts = LongBlock.parts(of: model, in: document) else {
      return matches(inBlock: block, article: article).last(where: accepts).map { .found($0) }
        ?? .missing
    }
    var spent = 0
    let top = min(belowPart ?? parts.count, parts.count)
    for index in (0..<top).reversed() {
      let part = parts[index]
      guard part.isFirst || part.bytes.lowerBound <= offset else { continue }
      if spent >= budget && index < top - 1 { return .paused(part: index + 1) }
      let probed = probe.mayMatch(part, of: model, in: document)
      spent += cost(of: part, setAsText: probed)
      guard probed else { continue }
      let found = matches(ofPart: part, block: block, article: article, probed: true)
      if let match = found.last(where: accepts) { return .found(match) }
    }
    return .missing
  }
}

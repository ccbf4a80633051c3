/// A small, fast pseudo-random generator with a fixed algorithm (SplitMix64), so that the same
/// seed gives the same compilation on every machine and every Swift version.
///
/// The standard library's generators are not specified to be stable across releases, which
/// would make generated benchmark files differ from one toolchain to the next.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0). The multiply-shift keeps the bias negligible for
  /// the small bounds used here and avoids a division.
  mutating func below(_ bound: Int) -> Int {
    Int(truncatingIfNeeded: ((next() >> 32) &* UInt64(bound)) >> 32)
  }

  /// A number in `range`.
  mutating func within(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// True with probability `percent` / 100.
  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

  /// True with probability `perMille` / 1000.
  mutating func chance(perMille: Int) -> Bool { below(1000) < perMille }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

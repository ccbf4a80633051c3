#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ByteProbe {
  /// Finds the probe in one stretch of text front to back, over calls with starts that only
  /// go forward, in one pass: each `memchr` stream remembers where its next hit is.
  ///
  /// Starting afresh at every call made a search quadratic: the stream of a byte the text
  /// lacks (an anchor's upper case) ran to the end of the text once per hit of the other.
  struct Scanner {
    let probe: ByteProbe
    let text: UnsafeBufferPointer<UInt8>
    let end: Int
    /// Per pattern, per case of its anchor byte: the next hit at or after `from`, where a
    /// stream last looked from (`stop` when there is none).
    private var streams: [[(from: Int, next: Int)]]

    init(_ probe: ByteProbe, text: UnsafeBufferPointer<UInt8>, end: Int) {
      self.probe = probe
      self.text = text
      self.end = min(end, text.count)
      streams = probe.patterns.map { _ in [(Int.max, 0), (Int.max, 0)] }
    }

    /// The first position at or after `start` where a pattern starts (and ends by `end`).
    mutating func first(from start: Int) -> Int? {
      var best: Int?
      for index in probe.patterns.indices {
        if let found = find(index, from: start), best == nil || found < best! { best = found }
      }
      return best
    }

    private mutating func find(_ index: Int, from start: Int) -> Int? {
      let pattern = probe.patterns[index]
      guard let base = text.baseAddress, start + pattern.bytes.count <= end else { return nil }
      let anchor = pattern.bytes[pattern.anchor]
      let other =
        pattern.foldsASCII && ByteProbe.isLetter(anchor) ? anchor - 32 : anchor
      let stop = end - pattern.bytes.count + pattern.anchor + 1
      var from = start + pattern.anchor
      while true {
        let lower = next(index, 0, anchor, from: from, stop: stop, base: base)
        let upper =
          other == anchor ? stop : next(index, 1, other, from: from, stop: stop, base: base)
        let hit = min(lower, upper)
        if hit >= stop { return nil }
        let candidate = hit - pattern.anchor
        if ByteProbe.matches(pattern, base, at: candidate) { return candidate }
        from = hit + 1
      }
    }

    /// The next position of `byte` at or after `from` (or `stop`), from the stream's memory
    /// when it already looked past `from`.
    private mutating func next(
      _ pattern: Int, _ stream: Int, _ byte: UInt8, from: Int, stop: Int,
      base: UnsafePointer<UInt8>
    ) -> Int {
      let known = streams[pattern][stream]
      if known.from <= from && from <= known.next { return known.next }
      let found = ByteProbe.scan(base, byte, from, stop)
      streams[pattern][stream] = (from, found)
      return found
    }
  }
}

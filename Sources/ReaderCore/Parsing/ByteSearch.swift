#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the next of up to three marker bytes in a range, using the C library's `memchr`.
///
/// Bold marks and quotation marks are rare in prose, so the scanners spend most of their time
/// skipping plain text. `memchr` skips it with vector instructions; keeping each target's next
/// position until the scan passes it means every byte is looked at about once per target, and
/// the whole search stays linear.
struct ByteSearch {
  private let text: UnsafeBufferPointer<UInt8>
  private let end: Int
  private var targets: (UInt8, UInt8, UInt8)
  private let targetCount: Int
  /// The next position of each target at or after the last search start (`end` if none);
  /// -1 until first searched.
  private var next: (Int, Int, Int) = (-1, -1, -1)

  /// Searches `text` up to `end` for `first`, `second` and `third` (nil targets are skipped).
  init(
    _ text: UnsafeBufferPointer<UInt8>, end: Int, _ first: UInt8, _ second: UInt8? = nil,
    _ third: UInt8? = nil
  ) {
    self.text = text
    self.end = end
    self.targetCount = third != nil ? 3 : second != nil ? 2 : 1
    self.targets = (first, second ?? first, third ?? first)
  }

  /// The first index in `start..<end` holding one of the targets, or `end`.
  mutating func next(from start: Int) -> Int {
    guard start < end, let base = text.baseAddress else { return end }
    func refresh(_ cached: inout Int, _ target: UInt8) {
      guard cached < start else { return }
      if let found = memchr(base + start, Int32(target), end - start) {
        cached = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      } else {
        cached = end
      }
    }
    refresh(&next.0, targets.0)
    var result = next.0
    if targetCount > 1 {
      refresh(&next.1, targets.1)
      result = min(result, next.1)
    }
    if targetCount > 2 {
      refresh(&next.2, targets.2)
      result = min(result, next.2)
    }
    return result
  }
}

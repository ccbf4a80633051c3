/// A growing run of bytes written through a pointer, for the frame encoder's inner loop.
///
/// Appending to an `Array` checks its uniqueness and capacity on every byte, which was about
/// a fifth of encoding a frame of a few kilobytes; here a byte is one compare and one store.
struct ByteSink: ~Copyable {
  private var start: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// How many bytes were appended.
  private(set) var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  @inline(__always) mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    start[count] = byte
    count += 1
  }

  /// Makes room for `extra` more bytes, for `appendReserved`.
  @inline(__always) mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(toHold: count + extra) }
  }

  /// Appends a byte that `reserve` made room for.
  @inline(__always) mutating func appendReserved(_ byte: UInt8) {
    start[count] = byte
    count &+= 1
  }

  mutating func append(contentsOf bytes: [UInt8]) {
    if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
    bytes.withUnsafeBufferPointer { source in
      guard let base = source.baseAddress else { return }
      (start + count).update(from: base, count: source.count)
    }
    count += bytes.count
  }

  /// Appends a non-negative `value` in decimal.
  mutating func appendDecimal(_ value: Int) {
    if value >= 10 { appendDecimal(value / 10) }
    append(UInt8(ascii: "0") + UInt8(value % 10))
  }

  /// Appends every byte written to `output`.
  func copy(into output: inout [UInt8]) {
    output.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
  }

  private mutating func grow(toHold needed: Int) {
    let larger = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.moveInitialize(from: start, count: count)
    start.deallocate()
    start = moved
    capacity = larger
  }
}

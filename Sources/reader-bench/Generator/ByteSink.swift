#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Collects output in one large buffer and hands it to the C library in big writes, so a
/// 100 MB file costs a few dozen `fwrite` calls instead of millions of small ones.
struct ByteSink {
  private(set) var buffer: [UInt8] = []
  private let file: UnsafeMutablePointer<FILE>
  private let flushThreshold: Int
  /// Bytes handed to `fwrite` so far plus bytes still buffered.
  private(set) var written = 0

  init(file: UnsafeMutablePointer<FILE>, flushThreshold: Int = 4 << 20) {
    self.file = file
    self.flushThreshold = flushThreshold
    buffer.reserveCapacity(flushThreshold + (1 << 16))
  }

  mutating func append(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    written += bytes.count
  }

  mutating func append(_ byte: UInt8) {
    buffer.append(byte)
    written += 1
  }

  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { buffer.append(contentsOf: $0) }
    written += text.utf8.count
  }

  /// Writes the buffer out once it is large; call between paragraphs.
  mutating func flushIfLarge() throws(SinkError) {
    if buffer.count >= flushThreshold { try flush() }
  }

  mutating func flush() throws(SinkError) {
    let count = buffer.count
    let done = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, count, file) }
    buffer.removeAll(keepingCapacity: true)
    if done != count { throw SinkError(errno: errno) }
  }
}

/// A failed write, with the C library's reason.
struct SinkError: Error, CustomStringConvertible {
  var errno: Int32
  var description: String { String(cString: strerror(errno)) }
}

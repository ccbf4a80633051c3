#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a stream (standard input, a pipe, a character device, or a file whose size says 0,
/// as `/proc` files do) to its end, within a bound.
///
/// A stream may never end (`/dev/zero`, `/dev/urandom`, `yes`), so reading stops with
/// `LoadError.tooLarge` once `limit` bytes have come, and binary data is refused from the
/// first 8 KiB, as `TextDecoding.looksBinary` judges a file, before more is read.
struct StreamReading {
  /// The most read from one stream unless a caller says otherwise: 1 GiB.
  static let defaultLimit = 1 << 30

  let descriptor: Int32
  let path: String
  let limit: Int
  /// Called once when the stream has kept the reader waiting `patience` milliseconds (a pipe
  /// whose writer is still at work): whoever started the reading says why nothing shows yet.
  var whileWaiting: (() -> Void)? = nil
  /// A FIFO opened before any writer: a read would find no writer and end at once, so the
  /// first read waits until a writer has sent something or come and gone.
  var waitsForWriter = false
  var patience: Int32 = 500

  func readToEnd() throws(LoadError) -> [UInt8] {
    var bytes: [UInt8] = []
    var checkedForBinary = false
    let chunk = 1 << 16
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 1)
    defer { buffer.deallocate() }
    var toldAboutWaiting = whileWaiting == nil
    let startedAt = Self.milliseconds()
    while true {
      if !toldAboutWaiting {
        let left = Int(patience) - (Self.milliseconds() - startedAt)
        var wait = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        if left <= 0 || poll(&wait, 1, Int32(max(0, left))) == 0 {
          toldAboutWaiting = true
          whileWaiting?()
        }
      }
      if bytes.isEmpty && waitsForWriter { try waitForWriter() }
      // One byte past the limit tells a stream of exactly `limit` bytes from a longer one.
      let wanted = min(chunk, limit + 1 - bytes.count)
      let got = read(descriptor, buffer.baseAddress, wanted)
      if got > 0 {
        // Appending grows the array geometrically, so reading stays linear in the input.
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<got]))
        if bytes.count > limit { throw .tooLarge(path: path, limit: limit) }
        if !checkedForBinary && bytes.count >= TextDecoding.binaryWindow + 3 {
          checkedForBinary = true
          if Self.looksBinary(bytes) { throw .binary(path: path) }
        }
      } else if got == 0 {
        return bytes
      } else if errno != EINTR && errno != EAGAIN {
        throw DocumentLoader.error(errno, path: path)
      }
    }
  }

  /// Waits, as long as it takes, until the FIFO has bytes or its writer has closed it.
  private func waitForWriter() throws(LoadError) {
    var wait = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    while poll(&wait, 1, -1) < 0 {
      guard errno == EINTR else { throw DocumentLoader.error(errno, path: path) }
    }
  }

  private static func milliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
  }

  /// The indexer's own check, made early: after a UTF-8 byte order mark, and not at all
  /// before a UTF-16 one (its NULs are text; the indexer checks the converted text).
  private static func looksBinary(_ bytes: [UInt8]) -> Bool {
    if bytes.count >= 2
      && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    {
      return false
    }
    let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    return bytes.withUnsafeBufferPointer { TextDecoding.looksBinary($0, from: start) }
  }
}

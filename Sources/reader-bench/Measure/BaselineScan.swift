#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The floor for any parser: read the file into memory and count its newlines.
enum BaselineScan {
  struct Result {
    var bytes: Int
    var lines: Int
    /// Seconds per run.
    var seconds: [Double]
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func run(path: String, times: Int) throws(Failure) -> Result {
    var result = Result(bytes: 0, lines: 0, seconds: [])
    let chunk = 1 << 20
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
    defer { buffer.deallocate() }
    for _ in 0..<times {
      let start = MonotonicClock.now()
      let fd = open(path, O_RDONLY)
      guard fd >= 0 else {
        throw Failure(description: "cannot open \(path): \(String(cString: strerror(errno)))")
      }
      defer { close(fd) }
      var bytes = 0
      var lines = 0
      while true {
        let got = read(fd, buffer, chunk)
        if got < 0 {
          throw Failure(description: "read failed: \(String(cString: strerror(errno)))")
        }
        if got == 0 { break }
        bytes += got
        for index in 0..<got where buffer[index] == 0x0A { lines += 1 }
      }
      result.seconds.append(MonotonicClock.seconds(since: start))
      result.bytes = bytes
      result.lines = lines
    }
    return result
  }
}

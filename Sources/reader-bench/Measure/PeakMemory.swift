#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's peak resident set size so far.
///
/// On Linux this is `VmHWM` from `/proc/self/status`, not `getrusage`: `ru_maxrss` survives
/// `exec`, so a process started by a big parent (bench.py after reading a 100 MB file to pick a
/// search word) reports the parent's size at `fork` as its own peak. That, not the parser, is
/// why the peak once read 153 MiB in one run and 218 MiB in another.
enum PeakMemory {
  /// Bytes.
  static func bytes() -> Int {
    #if os(Linux)
      if let peak = highWaterMark() { return peak }
      var usage = rusage()
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return Int(usage.ru_maxrss) * 1024
    #else
      var usage = rusage()
      getrusage(RUSAGE_SELF, &usage)
      return Int(usage.ru_maxrss)
    #endif
  }

  /// `VmHWM` in bytes, or nil when `/proc` cannot tell.
  private static func highWaterMark() -> Int? {
    guard let file = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(
        decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      guard text.hasPrefix("VmHWM:") else { continue }
      let digits = text.dropFirst(6).filter { $0.isNumber }
      return Int(digits).map { $0 * 1024 }
    }
    return nil
  }
}

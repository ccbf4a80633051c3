#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of a whole file; empty when it cannot be opened.
public func readFileBytes(_ path: String) -> [UInt8] {
  guard let file = fopen(path, "rb") else { return [] }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let got = chunk.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, file) }
    if got == 0 { return bytes }
    bytes += chunk[0..<got]
  }
}

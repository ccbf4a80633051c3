#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file from the shared test data (`../shared/testdata/` next to the package, or one level
/// further up for a git worktree); nil when it is not there.
func hostileTestDataPath(_ name: String, file: String = #filePath) -> String? {
  var root = file.split(separator: "/", omittingEmptySubsequences: false)
  root.removeLast(3)  // the test file, its target folder, Tests
  let package = root.joined(separator: "/")
  for relative in ["/../shared/testdata/", "/../../shared/testdata/"] {
    let path = package + relative + name
    if access(path, R_OK) == 0 { return path }
  }
  return nil
}

/// The bytes of a whole file.
func hostileReadFile(_ path: String) -> [UInt8] {
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

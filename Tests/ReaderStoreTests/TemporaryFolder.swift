import Foundation

/// A fresh folder under the system's temporary directory, removed by `remove()`; tests wrap
/// their bodies in `withTemporaryFolder` so it goes whether they pass or fail.
func withTemporaryFolder<Result>(_ body: (String) throws -> Result) rethrows -> Result {
  let path = NSTemporaryDirectory() + "reader-store-" + UUID().uuidString
  try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  defer {
    // Read-only folders made by a test must become writable again to be removed.
    chmodTree(path)
    try? FileManager.default.removeItem(atPath: path)
  }
  return try body(path)
}

private func chmodTree(_ path: String) {
  chmod(path, 0o700)
  for child in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
    let full = path + "/" + child
    chmod(full, 0o700)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      chmodTree(full)
    }
  }
}

/// Writes `bytes` to `path`, replacing what was there.
func write(_ bytes: [UInt8], to path: String) {
  _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

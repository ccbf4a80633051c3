#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The little file access themes need, with the C library rather than Foundation (start-up
/// time).
public enum ThemeFileSystem {
  /// What reading a file found.
  public enum ReadResult {
    case text(String)
    case missing
    case failed(reason: String)
    case notUTF8
  }

  /// A theme file is a few kilobytes; anything this large is not one.
  static let sizeLimit = 1 << 20

  public static func readText(atPath path: String) -> ReadResult {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      return code == ENOENT ? .missing : .failed(reason: message(for: code))
    }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failed(reason: message(for: errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[..<count])
      if bytes.count > sizeLimit { return .failed(reason: "larger than 1 MiB") }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else { return .notUTF8 }
    return .text(text)
  }

  /// The names (without `.toml`) of the theme files in `directory`, or none if it is missing.
  static func themeNames(inDirectory directory: String) -> [String] {
    guard let stream = opendir(directory) else { return [] }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let fileName = withUnsafePointer(to: &entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if fileName.hasSuffix(".toml"), !fileName.hasPrefix(".") {
        names.append(String(fileName.dropLast(5)))
      }
    }
    return names
  }

  private static func message(for code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}

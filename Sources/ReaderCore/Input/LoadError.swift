import TerminalText

/// Why a file could not be opened as a compilation. Its `description` is one line for stderr.
public enum LoadError: Error, CustomStringConvertible, Equatable, Sendable {
  /// Nothing exists at the path.
  case notFound(path: String)
  /// The path names a directory.
  case isDirectory(path: String)
  /// The file exists but may not be read.
  case permissionDenied(path: String)
  /// A socket or another kind of file that holds no text.
  case notAFile(path: String)
  /// NUL bytes near the start: not text.
  case binary(path: String)
  /// A stream (standard input, a pipe, a device) went on past the most the reader reads.
  case tooLarge(path: String, limit: Int)
  /// The text is more than `limit` bytes (`Document.maximumBytes`), the most a document can
  /// hold: offsets into it are stored in 32 bits.
  case tooLargeToOpen(path: String, limit: Int)
  /// Any other system error, with the C library's message.
  case system(path: String, message: String)

  /// The path as the user gave it; standard input is shown by name.
  public var path: String {
    switch self {
    case .notFound(let path), .isDirectory(let path), .permissionDenied(let path),
      .notAFile(let path), .binary(let path), .tooLarge(let path, _), .tooLargeToOpen(let path, _),
      .system(let path, _):
      return path
    }
  }

  /// One line, safe to print to a terminal: controls and bidi characters in the path (a file
  /// name may hold any byte but `/` and NUL) are written visibly, in the forms of the one
  /// table of visible controls (`TerminalText/VisibleControl.swift`).
  public var description: String {
    let shown = path == "-" ? "standard input" : VisibleControl.escaping(path)
    switch self {
    case .notFound: return "reader: \(shown): no such file"
    case .isDirectory: return "reader: \(shown): is a directory"
    case .permissionDenied: return "reader: \(shown): permission denied"
    case .notAFile: return "reader: \(shown): not a regular file"
    case .binary: return "reader: \(shown): looks like a binary file (NUL bytes), not text"
    case .tooLarge(_, let limit):
      return "reader: \(shown): more than \(LoadError.size(limit)), the most read from a stream"
    case .tooLargeToOpen(_, let limit):
      return "reader: \(shown): too large to open (\(LoadError.size(limit + 1)) or more)"
    case .system(_, let message): return "reader: \(shown): \(message)"
    }
  }

  /// `limit` in the largest binary unit that divides it (`1 GiB`), else in bytes.
  static func size(_ limit: Int) -> String {
    for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")]
    where limit >= 1 << shift && limit % (1 << shift) == 0 {
      return "\(limit >> shift) \(unit)"
    }
    return limit == 1 ? "1 byte" : "\(limit) bytes"
  }
}

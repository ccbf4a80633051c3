import CSQLite

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed SQLite call: the result code and SQLite's own message for it.
public struct SQLiteError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The primary result code (`SQLITE_BUSY`, `SQLITE_READONLY`, `SQLITE_NOTADB`, …).
  public var code: Int32
  public var message: String
  /// The disk had no room: SQLite says `SQLITE_FULL`, or an I/O error whose system error was
  /// `ENOSPC` (a write of the journal or the log fails so, and SQLite only says `disk I/O
  /// error`).
  public var isDiskFull: Bool

  public init(code: Int32, message: String, isDiskFull: Bool? = nil) {
    self.code = code
    self.message = message
    self.isDiskFull = isDiskFull ?? (code & 0xff == SQLITE_FULL)
  }

  /// The error of the last call on `handle`, or the code's generic text without one.
  init(code: Int32, handle: OpaquePointer?) {
    let text = handle.flatMap { sqlite3_errmsg($0) } ?? sqlite3_errstr(code)
    let full =
      code & 0xff == SQLITE_FULL || handle.map { sqlite3_system_errno($0) == ENOSPC } == true
    self.init(
      code: code & 0xff, message: text.map { String(cString: $0) } ?? "error \(code)",
      isDiskFull: full)
  }

  /// Another connection holds the lock longer than the busy timeout.
  public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
  /// The file or its folder cannot be written.
  public var isReadOnly: Bool { code == SQLITE_READONLY || code == SQLITE_PERM }
  /// The file is not a database, or a damaged one.
  public var isCorrupt: Bool { code == SQLITE_NOTADB || code == SQLITE_CORRUPT }

  public var description: String { message }
}

import CSQLite

/// A failed SQLite call: the result code and SQLite's own message for it.
public struct SQLiteError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The primary result code (`SQLITE_BUSY`, `SQLITE_READONLY`, `SQLITE_NOTADB`, …).
  public var code: Int32
  public var message: String

  public init(code: Int32, message: String) {
    self.code = code
    self.message = message
  }

  /// The error of the last call on `handle`, or the code's generic text without one.
  init(code: Int32, handle: OpaquePointer?) {
    let text = handle.flatMap { sqlite3_errmsg($0) } ?? sqlite3_errstr(code)
    self.init(code: code & 0xff, message: text.map { String(cString: $0) } ?? "error \(code)")
  }

  /// Another connection holds the lock longer than the busy timeout.
  public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
  /// The file or its folder cannot be written.
  public var isReadOnly: Bool { code == SQLITE_READONLY || code == SQLITE_PERM }
  /// The file is not a database, or a damaged one.
  public var isCorrupt: Bool { code == SQLITE_NOTADB || code == SQLITE_CORRUPT }

  public var description: String { message }
}

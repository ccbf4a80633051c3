import CSQLite

/// One connection to an SQLite file: statements, transactions, the schema version. Closed when
/// it goes away. Used from one thread at a time.
public final class SQLiteDatabase {
  let handle: OpaquePointer
  /// Whether the connection could only be opened for reading.
  public let isReadOnly: Bool

  /// How long a statement waits for another connection's lock before failing with
  /// `SQLITE_BUSY`: long enough for another `reader`'s short transaction, short enough that a
  /// stuck one costs the user a moment, not a hang.
  public static let busyTimeoutMilliseconds: Int32 = 250

  /// Opens (creating, unless `readOnly`) the database at `path`.
  /// `immutable`: read the file as it is, without the write-ahead log's shared memory, which a
  /// reader that may not create files beside the database cannot have (SQLite's `immutable`).
  public init(path: String, readOnly: Bool = false, immutable: Bool = false)
    throws(SQLiteError)
  {
    var connection: OpaquePointer?
    let flags =
      (readOnly || immutable ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
      | SQLITE_OPEN_NOMUTEX | (immutable ? SQLITE_OPEN_URI : 0)
    let name = immutable ? "file:" + SQLiteDatabase.uriPath(path) + "?immutable=1" : path
    let code = sqlite3_open_v2(name, &connection, flags, nil)
    guard code == SQLITE_OK, let connection else {
      let error = SQLiteError(code: code, handle: connection)
      sqlite3_close(connection)
      throw error
    }
    handle = connection
    isReadOnly = readOnly || immutable || sqlite3_db_readonly(connection, "main") == 1
    sqlite3_busy_timeout(connection, SQLiteDatabase.busyTimeoutMilliseconds)
    sqlite3_extended_result_codes(connection, 0)
  }

  deinit { sqlite3_close(handle) }

  /// `path` as a URI's path: the bytes a URI gives meaning to (`%`, `?`, `#`) escaped.
  static func uriPath(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...:
        let digits = Array("0123456789ABCDEF".utf8)
        result +=
          "%" + String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 15)]], as: UTF8.self)
      default:
        result.unicodeScalars.append(Unicode.Scalar(byte))
      }
    }
    return result
  }

  /// Whether the database can be read: a read-only connection to a database in WAL mode
  /// cannot, when the log's shared memory file is missing and cannot be made.
  public var canRead: Bool {
    (try? prepare("SELECT count(*) FROM sqlite_master").rows([], { $0.int(0) })) != nil
  }

  /// Runs `sql` (one or more statements, no parameters).
  public func execute(_ sql: String) throws(SQLiteError) {
    let code = sqlite3_exec(handle, sql, nil, nil, nil)
    guard code == SQLITE_OK else { throw SQLiteError(code: code, handle: handle) }
  }

  public func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    try SQLiteStatement(sql: sql, database: handle)
  }

  /// Runs `body` in one transaction: all its changes or none. The write lock is taken at the
  /// start (`BEGIN IMMEDIATE`), so two processes wait for each other there instead of failing
  /// halfway through.
  public func transaction<Result>(
    _ body: () throws(SQLiteError) -> Result
  ) throws(SQLiteError) -> Result {
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// `PRAGMA user_version`: the schema version this file has been migrated to.
  public func userVersion() throws(SQLiteError) -> Int {
    let statement = try prepare("PRAGMA user_version")
    return try statement.rows { $0.int(0) }.first ?? 0
  }

  public func setUserVersion(_ version: Int) throws(SQLiteError) {
    try execute("PRAGMA user_version = \(version)")
  }

  /// Rows changed by the last insert, update or delete.
  public var changes: Int { Int(sqlite3_changes(handle)) }
}

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
  public init(path: String, readOnly: Bool = false) throws(SQLiteError) {
    var connection: OpaquePointer?
    let flags =
      (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
      | SQLITE_OPEN_NOMUTEX
    let code = sqlite3_open_v2(path, &connection, flags, nil)
    guard code == SQLITE_OK, let connection else {
      let error = SQLiteError(code: code, handle: connection)
      sqlite3_close(connection)
      throw error
    }
    handle = connection
    isReadOnly = readOnly || sqlite3_db_readonly(connection, "main") == 1
    sqlite3_busy_timeout(connection, SQLiteDatabase.busyTimeoutMilliseconds)
    sqlite3_extended_result_codes(connection, 0)
  }

  deinit { sqlite3_close(handle) }

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

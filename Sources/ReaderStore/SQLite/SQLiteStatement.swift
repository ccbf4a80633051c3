import CSQLite

/// A prepared statement of one `SQLiteDatabase`: bind, step through rows, read columns.
/// Finalized when it goes away.
public final class SQLiteStatement {
  private let handle: OpaquePointer
  private let database: OpaquePointer

  init(sql: String, database: OpaquePointer) throws(SQLiteError) {
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v2(database, sql, -1, &statement, nil)
    guard code == SQLITE_OK, let statement else {
      throw SQLiteError(code: code, handle: database)
    }
    handle = statement
    self.database = database
  }

  deinit { sqlite3_finalize(handle) }

  /// Binds `values` to the parameters `?1`, `?2`, … in order, after a reset.
  public func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    // SQLite copies the text at once (SQLITE_TRANSIENT), so the Swift string may go.
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value {
      case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
      case .text(let text): code = sqlite3_bind_text(handle, index, text, -1, transient)
      case .null: code = sqlite3_bind_null(handle, index)
      }
      guard code == SQLITE_OK else { throw SQLiteError(code: code, handle: database) }
    }
  }

  /// Moves to the next row: true when there is one, false when the statement is done.
  public func step() throws(SQLiteError) -> Bool {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default:
      let error = SQLiteError(code: code, handle: database)
      sqlite3_reset(handle)
      throw error
    }
  }

  /// Runs the statement to its end with `values` bound, ignoring any rows.
  public func run(_ values: [SQLiteValue] = []) throws(SQLiteError) {
    try bind(values)
    while try step() {}
  }

  /// Every row the statement gives with `values` bound, each read by `row`.
  public func rows<Row>(
    _ values: [SQLiteValue] = [], _ row: (SQLiteStatement) -> Row
  ) throws(SQLiteError) -> [Row] {
    try bind(values)
    var result: [Row] = []
    while try step() { result.append(row(self)) }
    return result
  }

  /// Column `index` of the current row as an integer (0 for null).
  public func integer(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

  /// Column `index` as an `Int`.
  public func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }

  /// Column `index` as text, or nil for null.
  public func text(_ index: Int32) -> String? {
    guard sqlite3_column_type(handle, index) != SQLITE_NULL,
      let bytes = sqlite3_column_text(handle, index)
    else { return nil }
    let count = Int(sqlite3_column_bytes(handle, index))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
}

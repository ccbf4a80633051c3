/// The database's tables, one migration per schema version. `PRAGMA user_version` records the
/// version a file has reached; opening runs the missing steps in one transaction.
enum Schema {
  /// `migrations[n]` takes a file from version n to n + 1. Append only: a shipped step never
  /// changes.
  static let migrations: [String] = [
    """
    CREATE TABLE positions (
      fingerprint TEXT PRIMARY KEY,
      path TEXT,
      article INTEGER NOT NULL,
      article_title TEXT NOT NULL,
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      row INTEGER NOT NULL,
      rows INTEGER NOT NULL,
      saved INTEGER NOT NULL
    );
    CREATE INDEX positions_by_path ON positions (path);
    CREATE TABLE annotations (
      id TEXT PRIMARY KEY,
      fingerprint TEXT NOT NULL,
      path TEXT,
      source TEXT NOT NULL,
      article INTEGER NOT NULL,
      article_title TEXT NOT NULL,
      author TEXT,
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      note TEXT,
      created TEXT NOT NULL
    );
    CREATE INDEX annotations_by_fingerprint ON annotations (fingerprint);
    CREATE INDEX annotations_by_path ON annotations (path);
    """,
    // The part of a long paragraph the place is in: without it a place far into a file that
    // is one long line came back in its first 64 KiB.
    "ALTER TABLE positions ADD COLUMN part INTEGER NOT NULL DEFAULT 0;",
  ]

  static var version: Int { migrations.count }

  /// Brings `database` up to `version`.
  static func migrate(_ database: SQLiteDatabase) throws(StoreWarning) {
    let found: Int
    do {
      found = try database.userVersion()
    } catch {
      throw StoreWarning(error, doing: "opening")
    }
    if found > version {
      throw StoreWarning("memory off: the database was made by a newer reader (v\(found))")
    }
    guard found < version else { return }
    if database.isReadOnly { throw StoreWarning("memory off: the database is read-only and old") }
    do {
      try database.transaction { () throws(SQLiteError) in
        // Read again inside the lock: another reader may have migrated meanwhile.
        for step in try database.userVersion()..<version {
          try database.execute(migrations[step])
          try database.setUserVersion(step + 1)
        }
      }
    } catch {
      throw StoreWarning(error, doing: "preparing the database")
    }
  }
}

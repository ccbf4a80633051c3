#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reader's memory in one SQLite file: where you were in each document, and your
/// highlights and notes. WAL mode, so a second `reader` reads while one writes; every change
/// is one transaction, durable once it returns (a killed process loses nothing committed).
///
/// Every call throws a `StoreWarning` that the status line can show; nothing here ends the
/// process.
public final class ReadingStore {
  public let location: StoreLocation
  private let database: SQLiteDatabase

  /// Whether changes cannot be saved (the file or its folder is read-only).
  public var isReadOnly: Bool { database.isReadOnly }

  private init(location: StoreLocation, database: SQLiteDatabase) {
    self.location = location
    self.database = database
  }

  /// Opens the store at `location`, creating the folder, the file and the tables as needed.
  /// A file that can only be read is opened for reading (with `isReadOnly` set).
  public static func open(at location: StoreLocation) throws(StoreWarning) -> ReadingStore {
    if let problem = location.makeDirectory() { throw StoreWarning("memory off: " + problem) }
    var database: SQLiteDatabase
    do {
      database = try SQLiteDatabase(path: location.path)
    } catch {
      do {
        database = try SQLiteDatabase(path: location.path, readOnly: true)
      } catch {
        throw StoreWarning("memory off: cannot open \(location.path) (\(error.message))")
      }
    }
    if database.isReadOnly && !database.canRead,
      let immutable = try? SQLiteDatabase(path: location.path, immutable: true),
      immutable.canRead
    {
      // A read-only file in a read-only folder, closed cleanly (no `-shm` beside it): read as
      // it stands, so that the place and the highlights in it are still found.
      database = immutable
    }
    if !database.isReadOnly {
      do {
        // NORMAL is durable against a killed process in WAL mode (only a power cut can lose
        // the last commits), and spares an fsync per save.
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
      } catch {
        if !error.isBusy { throw StoreWarning(error, doing: "opening") }
      }
    }
    try Schema.migrate(database)
    return ReadingStore(location: location, database: database)
  }

  // MARK: Positions

  private static let positionColumns =
    "article, article_title, exact, prefix, suffix, row, rows, part"

  /// The last position saved for the document: by its text, else by its path.
  public func position(of document: DocumentIdentity) throws(StoreWarning) -> StoredPosition? {
    do {
      let byText = try database.prepare(
        "SELECT \(ReadingStore.positionColumns) FROM positions WHERE fingerprint = ?1")
      if let found = try byText.rows([.text(document.fingerprint.description)], position).first {
        return found
      }
      guard let path = document.path else { return nil }
      let byPath = try database.prepare(
        "SELECT \(ReadingStore.positionColumns) FROM positions WHERE path = ?1 "
          + "ORDER BY saved DESC LIMIT 1")
      return try byPath.rows([.text(path)], position).first
    } catch {
      throw StoreWarning(error, doing: "reading your place")
    }
  }

  private func position(_ row: SQLiteStatement) -> StoredPosition {
    StoredPosition(
      anchor: QuoteAnchor(
        article: row.int(0), articleTitle: row.text(1) ?? "",
        quote: TextQuote(
          exact: row.text(2) ?? "", prefix: row.text(3) ?? "", suffix: row.text(4) ?? "")),
      row: row.int(5), rows: row.int(6), part: row.int(7))
  }

  /// Saves `position` as the document's; an older entry under the same path (the text before
  /// an edit) goes, so the path finds this one.
  public func savePosition(_ position: StoredPosition, of document: DocumentIdentity)
    throws(StoreWarning)
  {
    do {
      try database.transaction { () throws(SQLiteError) in
        if let path = document.path {
          try database.prepare("DELETE FROM positions WHERE path = ?1 AND fingerprint <> ?2")
            .run([.text(path), .text(document.fingerprint.description)])
        }
        let quote = position.anchor.quote
        try database.prepare(
          "INSERT OR REPLACE INTO positions (fingerprint, path, \(ReadingStore.positionColumns), "
            + "saved) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
        ).run([
          .text(document.fingerprint.description), .optional(document.path),
          .int(position.anchor.article), .text(position.anchor.articleTitle),
          .text(quote.exact), .text(quote.prefix), .text(quote.suffix),
          .int(position.row), .int(position.rows), .int(position.part), .int(Int(time(nil))),
        ])
      }
    } catch {
      throw StoreWarning(error, doing: "saving your place")
    }
  }

  // MARK: Annotations

  private static let annotationColumns =
    "id, article, article_title, exact, prefix, suffix, author, source, note, created"

  /// The document's highlights and notes (by its text or its path), oldest first.
  public func annotations(of document: DocumentIdentity) throws(StoreWarning)
    -> [StoredAnnotation]
  {
    if let path = document.path {
      // Found by its path, the file's text has changed since: they now belong to the text
      // as it is, as the place does once saved, so that a later move or rename of the file
      // (found by its text only) still finds them. A store that cannot be written to leaves
      // them as they were and they are read all the same.
      try? database.transaction { () throws(SQLiteError) in
        try database.prepare(
          "UPDATE annotations SET fingerprint = ?1 WHERE path = ?2 AND fingerprint <> ?1"
        ).run([.text(document.fingerprint.description), .text(path)])
      }
    }
    do {
      return try database.prepare(
        "SELECT \(ReadingStore.annotationColumns) FROM annotations "
          + "WHERE fingerprint = ?1 OR (?2 IS NOT NULL AND path = ?2) ORDER BY created, rowid"
      ).rows([.text(document.fingerprint.description), .optional(document.path)], annotation)
    } catch {
      throw StoreWarning(error, doing: "reading your highlights")
    }
  }

  /// Every highlight and note of every document, newest first.
  public func allAnnotations() throws(StoreWarning) -> [StoredAnnotation] {
    do {
      return try database.prepare(
        "SELECT \(ReadingStore.annotationColumns) FROM annotations "
          + "ORDER BY created DESC, rowid DESC"
      ).rows([], annotation)
    } catch {
      throw StoreWarning(error, doing: "reading your highlights")
    }
  }

  private func annotation(_ row: SQLiteStatement) -> StoredAnnotation {
    StoredAnnotation(
      id: row.text(0) ?? "",
      anchor: QuoteAnchor(
        article: row.int(1), articleTitle: row.text(2) ?? "",
        quote: TextQuote(
          exact: row.text(3) ?? "", prefix: row.text(4) ?? "", suffix: row.text(5) ?? "")),
      author: row.text(6), source: row.text(7) ?? "", note: row.text(8),
      created: row.text(9) ?? "")
  }

  /// Adds `annotation` to the document, or replaces the one with its id (a changed note).
  public func save(_ annotation: StoredAnnotation, of document: DocumentIdentity)
    throws(StoreWarning)
  {
    let quote = annotation.anchor.quote
    do {
      try database.transaction { () throws(SQLiteError) in
        try database.prepare(
          "INSERT OR REPLACE INTO annotations (fingerprint, path, "
            + "\(ReadingStore.annotationColumns)) "
            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
        ).run([
          .text(document.fingerprint.description), .optional(document.path),
          .text(annotation.id), .int(annotation.anchor.article),
          .text(annotation.anchor.articleTitle), .text(quote.exact), .text(quote.prefix),
          .text(quote.suffix), .optional(annotation.author), .text(annotation.source),
          .optional(annotation.note), .text(annotation.created),
        ])
      }
    } catch {
      throw StoreWarning(error, doing: "saving your highlight")
    }
  }

  /// Removes the highlight with `id`.
  public func removeAnnotation(id: String) throws(StoreWarning) {
    do {
      try database.transaction { () throws(SQLiteError) in
        try database.prepare("DELETE FROM annotations WHERE id = ?1").run([.text(id)])
      }
    } catch {
      throw StoreWarning(error, doing: "removing your highlight")
    }
  }

  // MARK: Forgetting

  /// Drops everything stored about the document (by its text or its path); returns how many
  /// entries went.
  @discardableResult
  /// Forgets what is stored under `path` alone: the file is gone, so its text is not there
  /// to be recognised by.
  public func forget(path: String) throws(StoreWarning) -> Int {
    do {
      return try database.transaction { () throws(SQLiteError) -> Int in
        var removed = 0
        for table in ["positions", "annotations"] {
          try database.prepare("DELETE FROM \(table) WHERE path = ?1").run([.text(path)])
          removed += database.changes
        }
        return removed
      }
    } catch {
      throw StoreWarning(error, doing: "forgetting")
    }
  }

  /// What SQLite's quick check finds wrong with the database, or nil when it finds nothing:
  /// rows of a damaged file may still read, and whoever lists them should say it is damaged.
  public func damage() -> String? {
    guard
      let found = try? database.prepare("PRAGMA quick_check").rows([], { $0.text(0) ?? "" })
    else { return "the check itself failed" }
    guard let first = found.first, first != "ok" else { return nil }
    return first
  }

  /// The paths other than `document.path` that `forget(document)` would also forget: the same
  /// text kept under another name (a copy, a file renamed since), which the command names.
  public func otherPaths(of document: DocumentIdentity) throws(StoreWarning) -> [String] {
    do {
      var paths = Set<String>()
      for table in ["positions", "annotations"] {
        let found = try database.prepare(
          "SELECT DISTINCT path FROM \(table) WHERE fingerprint = ?1 AND path IS NOT NULL"
        ).rows([.text(document.fingerprint.description)]) { $0.text(0) }
        paths.formUnion(found.compactMap { $0 })
      }
      if let path = document.path { paths.remove(path) }
      return paths.sorted()
    } catch {
      throw StoreWarning(error, doing: "reading what is kept")
    }
  }

  public func forget(_ document: DocumentIdentity) throws(StoreWarning) -> Int {
    do {
      return try database.transaction { () throws(SQLiteError) -> Int in
        var removed = 0
        for table in ["positions", "annotations"] {
          try database.prepare(
            "DELETE FROM \(table) WHERE fingerprint = ?1 OR (?2 IS NOT NULL AND path = ?2)"
          ).run([.text(document.fingerprint.description), .optional(document.path)])
          removed += database.changes
        }
        return removed
      }
    } catch {
      throw StoreWarning(error, doing: "forgetting")
    }
  }
}

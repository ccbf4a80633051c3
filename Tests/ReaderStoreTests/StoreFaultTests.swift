import CSQLite
import Foundation
import Testing

@testable import ReaderStore

/// The store's fault paths, on real files: each gives a warning, never a crash.
@Suite struct StoreFaultTests {
  let document = DocumentIdentity(fingerprint: Fingerprint(value: 7), path: "/x.txt")
  let place = StoredPosition(
    anchor: QuoteAnchor(
      article: 1, articleTitle: "T", quote: TextQuote(exact: "e", prefix: "", suffix: "")),
    row: 0, rows: 0)

  /// A database that cannot grow (here held to its size by `max_page_count`, as a full disk
  /// holds it) says the disk is full, not only that a call failed.
  @Test func aFullDiskIsSaidSo() throws {
    try withTemporaryFolder { folder in
      let database = try SQLiteDatabase(path: folder + "/full.sqlite3")
      try database.execute("CREATE TABLE t (x BLOB); PRAGMA max_page_count = 3")
      var failure: SQLiteError?
      do {
        for _ in 0..<10 { try database.execute("INSERT INTO t VALUES (zeroblob(4000))") }
      } catch let error as SQLiteError {
        failure = error
      }
      let error = try #require(failure)
      #expect(error.isDiskFull)
      #expect(
        StoreWarning(error, doing: "saving your place").message
          == "memory off: the disk is full (saving your place failed)")
    }
    // SQLite says only `disk I/O error` when a write of its journal meets ENOSPC.
    let io = SQLiteError(code: SQLITE_IOERR, message: "disk I/O error", isDiskFull: true)
    #expect(
      StoreWarning(io, doing: "opening").message == "memory off: the disk is full (opening failed)")
    #expect(!SQLiteError(code: SQLITE_IOERR, message: "disk I/O error").isDiskFull)
  }

  @Test func aFolderThatCannotBeCreatedIsAWarning() {
    withTemporaryFolder { folder in
      write(Array("a file".utf8), to: folder + "/blocker")
      let location = StoreLocation(directory: folder + "/blocker/reader")
      #expect(
        throws: StoreWarning("memory off: cannot create \(folder)/blocker/reader: Not a directory")
      ) {
        try ReadingStore.open(at: location)
      }
    }
  }

  @Test func aFolderWhereTheDatabaseShouldBeIsAWarningThatSaysSo() {
    withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      #expect(mkdir(location.path, 0o700) == 0)
      #expect(
        throws: StoreWarning("memory off: \(location.path) is a folder, not a database")
      ) {
        try ReadingStore.open(at: location)
      }
    }
  }

  @Test func garbageIsAWarningAndIsLeftAsItWas() {
    withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      let garbage = [UInt8](repeating: 0x5a, count: 8192)
      write(garbage, to: location.path)
      #expect(throws: StoreWarning("memory off: the database is damaged (file is not a database)"))
      {
        try ReadingStore.open(at: location)
      }
      #expect(FileManager.default.contents(atPath: location.path) == Data(garbage))
    }
  }

  @Test func aTruncatedDatabaseIsAWarningOnOpenOrOnUse() throws {
    try withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      do {
        let store = try ReadingStore.open(at: location)
        for article in 1...200 {
          var moved = place
          moved.anchor.article = article
          try store.savePosition(
            moved,
            of: DocumentIdentity(
              fingerprint: Fingerprint(value: UInt64(article)), path: "/\(article)"))
        }
      }
      // Fold the WAL into the file, then cut the file in half.
      let database = try SQLiteDatabase(path: location.path)
      try database.execute("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE")
      let bytes = [UInt8](FileManager.default.contents(atPath: location.path)!)
      #expect(bytes.count > 8192)
      write(Array(bytes.prefix(bytes.count / 2)), to: location.path)
      var warned = false
      do {
        let store = try ReadingStore.open(at: location)
        // Opened: the quick check still finds the damage that reads will meet.
        #expect(store.damage() != nil)
        for article in 150...200 {
          _ = try store.position(
            of: DocumentIdentity(
              fingerprint: Fingerprint(value: UInt64(article)), path: nil))
        }
      } catch let error as StoreWarning {
        warned = error.message.hasPrefix("memory off: the database is damaged")
      }
      #expect(warned)
    }
  }

  @Test func aSoundDatabaseHasNoDamage() throws {
    try withTemporaryFolder { folder in
      let store = try ReadingStore.open(at: StoreLocation(directory: folder))
      try store.savePosition(place, of: document)
      #expect(store.damage() == nil)
    }
  }

  @Test func aReadOnlyFileIsReadButNotWritten() throws {
    try withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      try ReadingStore.open(at: location).savePosition(place, of: document)
      let database = try SQLiteDatabase(path: location.path)
      try database.execute("PRAGMA journal_mode = DELETE")
      // Root writes through permissions; an immutable file stops it as well.
      try makeReadOnly(location.path)
      defer { try? makeWritable(location.path) }
      chmod(folder, 0o500)
      let store = try ReadingStore.open(at: location)
      #expect(store.isReadOnly)
      #expect(try store.position(of: document) == place)
      #expect(throws: StoreWarning("memory read-only: saving your place failed")) {
        try store.savePosition(place, of: document)
      }
    }
  }

  /// In WAL mode (the store's own), closed cleanly: no `-shm` beside the file, and none can be
  /// made in a read-only folder. The place and the highlights are still read.
  @Test func aReadOnlyDatabaseInWALModeIsStillRead() throws {
    try withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      do {
        let store = try ReadingStore.open(at: location)
        try store.savePosition(place, of: document)
      }
      #expect(!FileManager.default.fileExists(atPath: location.path + "-shm"))
      try makeReadOnly(location.path)
      try makeReadOnly(folder)
      defer {
        try? makeWritable(folder)
        try? makeWritable(location.path)
        chmod(folder, 0o700)
      }
      let store = try ReadingStore.open(at: location)
      #expect(store.isReadOnly)
      #expect(try store.position(of: document) == place)
      #expect(!FileManager.default.fileExists(atPath: location.path + "-shm"))
    }
  }

  @Test func aURIPathEscapesWhatAURIReads() {
    #expect(SQLiteDatabase.uriPath("/a b/c?d#e%f") == "/a%20b/c%3Fd%23e%25f")
    #expect(SQLiteDatabase.uriPath("/tmp/é") == "/tmp/%C3%A9")
  }

  @Test func aLockHeldByAnotherConnectionIsAWarningThenPasses() throws {
    try withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      let store = try ReadingStore.open(at: location)
      let other = try SQLiteDatabase(path: location.path)
      try other.execute("BEGIN IMMEDIATE")
      #expect(
        throws: StoreWarning(
          "memory busy: saving your place waits for another reader (database is locked)")
      ) {
        try store.savePosition(place, of: document)
      }
      // Readers are not blocked by a writer in WAL mode.
      #expect(try store.position(of: document) == nil)
      try other.execute("COMMIT")
      try store.savePosition(place, of: document)
      #expect(try store.position(of: document) == place)
    }
  }

  @Test func aDatabaseDeletedWhileOpenKeepsWorkingOnItsOpenFile() throws {
    try withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      let store = try ReadingStore.open(at: location)
      try store.savePosition(place, of: document)
      for suffix in ["", "-wal", "-shm"] { unlink(location.path + suffix) }
      // What happens to the saves is SQLite's; the reader must only not crash and say why.
      do {
        try store.savePosition(place, of: document)
      } catch let error as StoreWarning {
        #expect(!error.message.isEmpty)
      }
      let fresh = try ReadingStore.open(at: location)
      #expect(try fresh.position(of: document) == nil)
    }
  }
}

/// Makes `path` read-only for this process, also when it runs as root (`chattr +i`).
func makeReadOnly(_ path: String) throws {
  chmod(path, 0o400)
  if geteuid() == 0 { try run("/usr/bin/chattr", ["+i", path]) }
}

func makeWritable(_ path: String) throws {
  if geteuid() == 0 { try run("/usr/bin/chattr", ["-i", path]) }
  chmod(path, 0o600)
}

private func run(_ tool: String, _ arguments: [String]) throws {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: tool)
  process.arguments = arguments
  try process.run()
  process.waitUntilExit()
  #expect(process.terminationStatus == 0)
}

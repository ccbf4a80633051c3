import CSQLite
import Foundation
import Testing

@testable import ReaderStore

@Suite struct ReadingStoreTests {
  let document = DocumentIdentity(fingerprint: Fingerprint(value: 0xabc), path: "/books/a.txt")

  func position(_ exact: String, article: Int = 2) -> StoredPosition {
    StoredPosition(
      anchor: QuoteAnchor(
        article: article, articleTitle: "Second",
        quote: TextQuote(exact: exact, prefix: "before ", suffix: " after")),
      row: 3, rows: 7)
  }

  @Test func savesAndReadsBackAPositionInANewConnection() throws {
    try withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder + "/data/reader")
      try ReadingStore.open(at: location).savePosition(position("the middle"), of: document)
      let again = try ReadingStore.open(at: location)
      #expect(try again.position(of: document) == position("the middle"))
    }
  }

  /// A place in a paragraph over 64 KiB is a row of one of its parts.
  @Test func thePartOfALongParagraphIsKept() throws {
    try withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      var far = position("far in")
      far.part = 5
      try ReadingStore.open(at: location).savePosition(far, of: document)
      #expect(try ReadingStore.open(at: location).position(of: document) == far)
    }
  }

  /// A file made before places had parts is brought up to date and keeps its places.
  @Test func aVersionOneFileKeepsItsPlaces() throws {
    try withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      let old = try SQLiteDatabase(path: location.path)
      try old.execute(Schema.migrations[0])
      try old.setUserVersion(1)
      try old.execute(
        "INSERT INTO positions VALUES ('0000000000000abc', '/books/a.txt', 2, 'Second', "
          + "'the middle', 'before ', ' after', 3, 7, 0)")
      let store = try ReadingStore.open(at: location)
      #expect(try store.position(of: document) == position("the middle"))
      #expect(try SQLiteDatabase(path: location.path).userVersion() == Schema.version)
    }
  }

  @Test func findsAPositionByPathWhenTheTextChanged() throws {
    try withTemporaryFolder { folder in
      let store = try ReadingStore.open(at: StoreLocation(directory: folder))
      try store.savePosition(position("old"), of: document)
      let edited = DocumentIdentity(fingerprint: Fingerprint(value: 0xdef), path: "/books/a.txt")
      #expect(try store.position(of: edited) == position("old"))
      try store.savePosition(position("new"), of: edited)
      // The entry of the text before the edit went: the path finds only the new one.
      #expect(try store.position(of: document) == position("new"))
    }
  }

  @Test func findsAPositionByTextUnderAnotherPath() throws {
    try withTemporaryFolder { folder in
      let store = try ReadingStore.open(at: StoreLocation(directory: folder))
      try store.savePosition(position("kept"), of: document)
      let moved = DocumentIdentity(fingerprint: document.fingerprint, path: "/elsewhere/b.txt")
      #expect(try store.position(of: moved) == position("kept"))
      let other = DocumentIdentity(fingerprint: Fingerprint(value: 1), path: "/elsewhere/c.txt")
      #expect(try store.position(of: other) == nil)
    }
  }

  @Test func usesWALAndRecordsTheSchemaVersion() throws {
    try withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      _ = try ReadingStore.open(at: location)
      let database = try SQLiteDatabase(path: location.path)
      #expect(try database.userVersion() == Schema.version)
      let mode = try database.prepare("PRAGMA journal_mode").rows { $0.text(0) }
      #expect(mode == ["wal"])
    }
  }

  @Test func refusesADatabaseFromANewerReader() throws {
    try withTemporaryFolder { folder in
      let location = StoreLocation(directory: folder)
      try SQLiteDatabase(path: location.path).setUserVersion(Schema.version + 1)
      let newer = Schema.version + 1
      #expect(
        throws: StoreWarning("memory off: the database was made by a newer reader (v\(newer))")
      ) {
        try ReadingStore.open(at: location)
      }
    }
  }

  @Test func annotationsAreSavedChangedListedAndRemoved() throws {
    try withTemporaryFolder { folder in
      let store = try ReadingStore.open(at: StoreLocation(directory: folder))
      var first = StoredAnnotation(
        id: "1", anchor: position("one").anchor, author: "A. Writer", source: "a.txt",
        note: nil, created: "2026-01-01T00:00:00Z")
      let second = StoredAnnotation(
        id: "2", anchor: position("two").anchor, author: nil, source: "b.txt",
        note: "mine \u{1b}[31m", created: "2026-01-02T00:00:00Z")
      let other = DocumentIdentity(fingerprint: Fingerprint(value: 9), path: nil)
      try store.save(first, of: document)
      try store.save(second, of: other)
      first.note = "a note"
      try store.save(first, of: document)
      #expect(try store.annotations(of: document) == [first])
      #expect(try store.allAnnotations() == [second, first])
      try store.removeAnnotation(id: "1")
      #expect(try store.annotations(of: document) == [])
      #expect(try store.annotations(of: other) == [second])
    }
  }

  /// Highlights found by the path of a file whose text changed follow the text as it is: the
  /// file renamed afterwards still finds them by its text.
  @Test func annotationsFollowAnEditedFileThroughARename() throws {
    try withTemporaryFolder { folder in
      let store = try ReadingStore.open(at: StoreLocation(directory: folder))
      let kept = StoredAnnotation(
        id: "1", anchor: position("one").anchor, author: nil, source: "a.txt", note: "n",
        created: "2026-01-01T00:00:00Z")
      try store.save(kept, of: document)
      let edited = DocumentIdentity(fingerprint: Fingerprint(value: 0xdef), path: document.path)
      #expect(try store.annotations(of: edited) == [kept])
      let renamed = DocumentIdentity(fingerprint: edited.fingerprint, path: "/books/b.txt")
      #expect(try store.annotations(of: renamed) == [kept])
      // Another file's highlights stay its own.
      let other = DocumentIdentity(fingerprint: Fingerprint(value: 0x123), path: "/books/c.txt")
      #expect(try store.annotations(of: other) == [])
    }
  }

  @Test func forgetDropsPositionAndAnnotationsByTextOrPath() throws {
    try withTemporaryFolder { folder in
      let store = try ReadingStore.open(at: StoreLocation(directory: folder))
      try store.savePosition(position("here"), of: document)
      try store.save(
        StoredAnnotation(
          id: "x", anchor: position("here").anchor, author: nil, source: "a.txt", note: nil,
          created: "2026-01-01T00:00:00Z"), of: document)
      let edited = DocumentIdentity(fingerprint: Fingerprint(value: 5), path: document.path)
      #expect(try store.forget(edited) == 2)
      #expect(try store.position(of: document) == nil)
      #expect(try store.annotations(of: document) == [])
    }
  }

  /// What `forget` would also drop under other names (the same text copied or renamed) is
  /// named before, so the command can say so.
  @Test func theSameTextUnderOtherNamesIsNamed() throws {
    try withTemporaryFolder { folder in
      let store = try ReadingStore.open(at: StoreLocation(directory: folder))
      let copy = DocumentIdentity(fingerprint: document.fingerprint, path: "/elsewhere/copy.txt")
      // The place is one per text; a highlight made in the copy keeps the copy's name.
      try store.savePosition(position("here"), of: document)
      try store.save(
        StoredAnnotation(
          id: "y", anchor: position("there").anchor, author: nil, source: "copy.txt", note: "n",
          created: "2026-01-01T00:00:00Z"), of: copy)
      #expect(try store.otherPaths(of: document) == ["/elsewhere/copy.txt"])
      #expect(try store.otherPaths(of: copy) == [document.path!])
      let unrelated = DocumentIdentity(fingerprint: Fingerprint(value: 99), path: "/x/other.txt")
      #expect(try store.otherPaths(of: unrelated) == [])
    }
  }
}

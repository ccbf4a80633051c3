import ReaderCore
import ReaderStore
import TestSupport
import Testing

@testable import ReaderUI

#if canImport(Glibc)
  import Glibc
#endif

/// A large file's fingerprint is made on a thread of its own: the store opens once it is
/// known, and keys pressed meanwhile do not wait for it.
@Suite struct LargeFileMemoryTests {
  /// A one-article document of about `bytes` bytes.
  private func document(bytes: Int) throws -> Document {
    var text = "The Salt Road\n\nby Oren Vale\n\n"
    var number = 0
    while text.utf8.count < bytes {
      number += 1
      text += "Stage \(number) of the road ran past the marsh and the **old mill**.\n\n"
    }
    let indexer = try DocumentIndexer(
      storage: TextStorage(copying: Array(text.utf8)), source: "road.txt")
    while !indexer.advance() {}
    return indexer.snapshot()
  }

  private func opening(_ runtime: Runtime, _ document: Document) -> MemoryOpening {
    while true {
      if case .memoryOpened(let opening) = runtime.idleWork(document: document).first {
        return opening
      }
      var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
      nanosleep(&pause, nil)
    }
  }

  @Test func aLargeFileIsFingerprintedAwayFromTheKeys() throws {
    let folder = try TemporaryFolder("large-memory")
    let settings = MemorySettings(
      location: StoreLocation(directory: folder.file("reader")), path: "/books/road.txt")
    let large = try document(bytes: MemoryWork.inlineFingerprintBytes + 50_000)
    let runtime = Runtime(
      indexer: try DocumentIndexer(
        storage: TextStorage(copying: Array("x\n".utf8)), source: "x.txt"), memory: settings)
    runtime.perform([.openMemory])
    // The first idle work starts the fingerprint and answers nothing yet; meanwhile the loop
    // is woken to look again, not spun.
    #expect(runtime.idleWork(document: large).isEmpty)
    #expect(runtime.wakeInterval == Runtime.fingerprintingInterval)
    let found = opening(runtime, large)
    let identity = try #require(found.identity)
    #expect(identity.fingerprint == Fingerprint(of: large.storage.bytes))
    #expect(identity.path == "/books/road.txt")
    #expect(runtime.wakeInterval != 0)
    #expect(!runtime.hasIdleWork)
  }

  @Test func aSmallFileOpensTheStoreAtOnce() throws {
    let folder = try TemporaryFolder("small-memory")
    let settings = MemorySettings(
      location: StoreLocation(directory: folder.file("reader")), path: "/books/lane.txt")
    let small = try document(bytes: 4_000)
    let runtime = Runtime(
      indexer: try DocumentIndexer(
        storage: TextStorage(copying: Array("x\n".utf8)), source: "x.txt"), memory: settings)
    runtime.perform([.openMemory])
    #expect(runtime.wakeInterval == 0)
    guard case .memoryOpened(let opening) = runtime.idleWork(document: small).first else {
      Issue.record("the store did not open in the first quiet moment")
      return
    }
    #expect(opening.identity?.fingerprint == Fingerprint(of: small.storage.bytes))
  }
}

import Foundation
import ReaderCore
import TestSupport
import Testing

/// What a loader on another thread has got to: whether it said it is waiting, and what it
/// read in the end.
private final class LoaderProgress: @unchecked Sendable {
  private let lock = NSLock()
  private var saidWaiting = false
  private var outcome: Result<Document, LoadError>?

  var hasSaidWaiting: Bool { lock.withLock { saidWaiting } }
  var result: Result<Document, LoadError>? { lock.withLock { outcome } }

  func sayWaiting() { lock.withLock { saidWaiting = true } }
  func finish(_ result: Result<Document, LoadError>) { lock.withLock { outcome = result } }
}

/// `reader FIFO` with nobody writing yet: the loader must say that it waits before it waits,
/// not sit in `open` on a blank screen until a writer comes.
@Suite struct FifoWithoutWriterTests {
  @Test func aFifoWithNoWriterSaysItWaitsThenReadsWhatTheWriterSends() throws {
    let folder = try TemporaryFolder("fifo")
    let path = folder.file("pipe")
    #expect(mkfifo(path, 0o600) == 0)
    let progress = LoaderProgress()
    Thread.detachNewThread {
      progress.finish(
        Result { () throws(LoadError) in
          try DocumentLoader.open(path: path, whileWaiting: { progress.sayWaiting() }).finish()
        })
    }
    waitUntil("the loader says it waits for a writer") { progress.hasSaidWaiting }
    let text = "A title\n\nby Ann Lee.\n\nThe one paragraph the writer sends.\n"
    let writer = open(path, O_WRONLY)
    #expect(writer >= 0)
    _ = text.utf8CString.withUnsafeBufferPointer { write(writer, $0.baseAddress, text.utf8.count) }
    close(writer)
    waitUntil("the loader has read the FIFO to its end") { progress.result != nil }
    let document = try #require(try progress.result?.get())
    #expect(document.articles.map(\.title) == ["A title"])
    #expect(document.storage.count == text.utf8.count)
  }

  @Test func aWriterThatClosesWithoutWritingIsAnEmptyDocument() throws {
    let folder = try TemporaryFolder("fifo")
    let path = folder.file("pipe")
    #expect(mkfifo(path, 0o600) == 0)
    let progress = LoaderProgress()
    Thread.detachNewThread {
      progress.finish(Result { () throws(LoadError) in try DocumentLoader.load(path: path) })
    }
    let writer = open(path, O_WRONLY)
    #expect(writer >= 0)
    close(writer)
    waitUntil("the loader has read the FIFO to its end") { progress.result != nil }
    let document = try #require(try progress.result?.get())
    #expect(document.articles.isEmpty)
  }
}

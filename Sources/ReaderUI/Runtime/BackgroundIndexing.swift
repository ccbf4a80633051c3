import ReaderCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Indexes a document on a thread of its own and publishes a snapshot after every few
/// slices, so the reader can take keys and draw while the rest of the file is read.
///
/// Started only by the `Runtime` (`Command.startIndexing`), which is the one part of the UI
/// that owns threads. A plain POSIX thread and a mutex: the library stays free of Foundation
/// and Dispatch, which would cost start-up time. The thread owns the indexer; the mutex guards only the latest
/// snapshot and the stop request, so the reader never waits for parsing.
public final class BackgroundIndexing: DocumentFeed, @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var current: IndexSnapshot
  private var stopRequested = false
  /// Documents the reader let go of, freed by this thread after its next slices.
  private var disposed: [Document] = []
  private let indexer: DocumentIndexer
  private let slicesPerSnapshot: Int

  /// Publishes what `indexer` has done so far at once, then indexes the rest in the
  /// background, publishing every `slicesPerSnapshot` slices of `DocumentIndexer.defaultSlice`.
  public init(_ indexer: DocumentIndexer, slicesPerSnapshot: Int = 8) {
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    self.indexer = indexer
    self.slicesPerSnapshot = max(1, slicesPerSnapshot)
    current = IndexSnapshot(indexer)
    guard !indexer.isComplete else { return }
    let started = startDetachedThread {
      BackgroundIndexing.yieldToTheReader()
      self.run()
    }
    // No thread: index here, so the reader still gets the whole document.
    if !started { run() }
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  public func latest() -> IndexSnapshot {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return current
  }

  public func dispose(of document: Document) {
    pthread_mutex_lock(mutex)
    disposed.append(document)
    pthread_mutex_unlock(mutex)
  }

  public func cancel() {
    pthread_mutex_lock(mutex)
    stopRequested = true
    pthread_mutex_unlock(mutex)
  }

  /// Blocks until indexing is complete (or cancelled) and returns the last snapshot.
  public func waitForCompletion() -> IndexSnapshot {
    while true {
      let snapshot = latest()
      if snapshot.isComplete || isStopped { return snapshot }
      var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
      nanosleep(&pause, nil)
    }
  }

  private var isStopped: Bool {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return stopRequested
  }

  /// Lowers this thread's priority below the reader's: when the cores are busy (another
  /// program, or one core), the first frame and every key come before the next slice, and the
  /// index still runs at full speed on an idle core. On Linux the nice value belongs to the
  /// calling thread; elsewhere it would slow the whole process, so it is left alone there.
  private static func yieldToTheReader() {
    #if os(Linux)
      _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
    #endif
  }

  private func run() {
    while !isStopped {
      var done = false
      for _ in 0..<slicesPerSnapshot where !done { done = indexer.advance() }
      let snapshot = IndexSnapshot(indexer)
      pthread_mutex_lock(mutex)
      current = snapshot
      // Taken out under the lock, freed outside it: the reader never waits for a free.
      var finished: [Document] = []
      swap(&finished, &disposed)
      pthread_mutex_unlock(mutex)
      finished.removeAll()
      if done { return }
    }
  }
}

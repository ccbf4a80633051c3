#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One piece of slow work (ranking a document's sentences, fingerprinting a large file) run on
/// a thread of its own, so that keys and frames go on meanwhile; the runtime polls `result()`
/// as it polls the indexer. Without a thread, the work is done at once, on the caller's.
final class BackgroundJob<Result: Sendable>: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var finished: Result?
  private let work: @Sendable () -> Result

  init(_ work: @escaping @Sendable () -> Result) {
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    self.work = work
    if !startDetachedThread({ self.run() }) { run() }
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// What the work gave, once it is done; nil before.
  func result() -> Result? {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return finished
  }

  private func run() {
    let value = work()
    pthread_mutex_lock(mutex)
    finished = value
    pthread_mutex_unlock(mutex)
  }
}

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
    let context = Unmanaged.passRetained(ThreadEntry { self.run() }).toOpaque()
    var thread = pthread_t()
    let started = pthread_create(
      &thread, nil,
      { context in
        Unmanaged<ThreadEntry>.fromOpaque(context!).takeRetainedValue().body()
        return nil
      }, context)
    if started == 0 {
      pthread_detach(thread)
    } else {
      Unmanaged<ThreadEntry>.fromOpaque(context).release()
      run()
    }
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

/// What a thread started for a `BackgroundJob` runs: a C function pointer cannot name a
/// generic type, so the thread is handed this instead.
private final class ThreadEntry: Sendable {
  let body: @Sendable () -> Void

  init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

import ReaderCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ranks a document's sentences (`KeySentences`) on a thread of its own, so that keys and
/// frames go on while it works; the runtime polls `result()` as it polls the indexer.
final class BackgroundSuggesting: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var finished: SuggestionResult?
  private let document: Document
  private let generation: Int

  init(document: Document, generation: Int) {
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    self.document = document
    self.generation = generation
    let context = Unmanaged.passRetained(self).toOpaque()
    var thread = pthread_t()
    let started = pthread_create(
      &thread, nil,
      { context in
        let job = Unmanaged<BackgroundSuggesting>.fromOpaque(context!).takeRetainedValue()
        job.run()
        return nil
      }, context)
    if started == 0 {
      pthread_detach(thread)
    } else {
      // No thread: rank here, so `*` still answers.
      Unmanaged<BackgroundSuggesting>.fromOpaque(context).release()
      run()
    }
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// The suggestions once ranked, else nil.
  func result() -> SuggestionResult? {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return finished
  }

  private func run() {
    let result = SuggestionResult(
      generation: generation, suggestions: KeySentences.suggest(in: document))
    pthread_mutex_lock(mutex)
    finished = result
    pthread_mutex_unlock(mutex)
  }
}

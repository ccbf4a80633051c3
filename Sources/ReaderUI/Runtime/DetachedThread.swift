#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs `body` on a new detached POSIX thread, which keeps what `body` holds until it ends.
/// Returns false when no thread could be started: the caller then does the work itself, so
/// the reader still gets its answer. (Plain POSIX threads: the library stays free of
/// Foundation and Dispatch, which would cost start-up time.)
func startDetachedThread(_ body: @escaping @Sendable () -> Void) -> Bool {
  let context = Unmanaged.passRetained(ThreadEntry(body)).toOpaque()
  var thread = pthread_t()
  let started = pthread_create(
    &thread, nil,
    { context in
      Unmanaged<ThreadEntry>.fromOpaque(context!).takeRetainedValue().body()
      return nil
    }, context)
  guard started == 0 else {
    Unmanaged<ThreadEntry>.fromOpaque(context).release()
    return false
  }
  pthread_detach(thread)
  return true
}

/// What a started thread runs: a C function pointer captures nothing, so the closure is
/// handed over as an object.
private final class ThreadEntry: Sendable {
  let body: @Sendable () -> Void

  init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

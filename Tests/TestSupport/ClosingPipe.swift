#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pipe whose ends are close-on-exec, as `[read, write]`, or nil.
///
/// All test targets run in one process: a `reader` or tmux server that another test spawns
/// must not inherit a test's write end, or the reading side never sees the end of the pipe.
/// (`pipe2` with `O_CLOEXEC` would leave no window at all, but Swift's Glibc does not export
/// it; the flags are set at once instead.)
public func makeClosingPipe() -> [Int32]? {
  var ends: [Int32] = [-1, -1]
  guard pipe(&ends) == 0 else { return nil }
  for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
  return ends
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Names that tie what one `swift test` leaves behind (tmux sockets, temporary folders) to
/// that run, so `.ci/run` can check its own leftovers while other runs go on beside it.
public enum TestRun {
  /// `READER_TEST_RUN` when set (`.ci/run` sets it), else `p` and the test process's pid.
  public static let id: String = {
    if let value = getenv("READER_TEST_RUN"), let text = String(validatingCString: value),
      !text.isEmpty
    {
      return text
    }
    return "p\(getpid())"
  }()

  /// The prefix of every tmux socket and temporary folder this run makes: `reader-test-ID-`.
  public static var prefix: String { "reader-test-\(id)-" }

  /// Whether the run must have the shared fixtures (`READER_REQUIRE_SHARED=1`, set by CI):
  /// then a test that needs a missing one fails instead of being skipped.
  public static let requiresSharedFixtures: Bool = {
    guard let value = getenv("READER_REQUIRE_SHARED") else { return false }
    return String(cString: value) == "1"
  }()
}

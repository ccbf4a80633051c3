#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The shared test data that lives beside the project, never inside it: `../shared/` next to
/// the package, or `../../shared/` for a git worktree one level deeper. `testdata/` holds the
/// hostile inputs (`blns.txt`, `UTF-8-test.txt`), `seeds/` the real seed compilation.
public enum SharedFixtures {
  /// The seed compilation's file name in `seeds/`.
  public static let seedName = "000_358ab684c19e0137.txt"

  /// The package root: this file is `Tests/TestSupport/SharedFixtures.swift`.
  public static let packageRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
  }()

  /// `relative` (`testdata/blns.txt`) under the first shared folder that has it, or nil.
  public static func path(_ relative: String) -> String? {
    for shared in ["/../shared/", "/../../shared/"] {
      let path = packageRoot + shared + relative
      if access(path, R_OK) == 0 { return path }
    }
    return nil
  }

  /// A hostile input from `testdata/`, or nil.
  public static func testData(_ name: String) -> String? { path("testdata/" + name) }

  /// The seed compilation, or nil.
  public static var seed: String? { path("seeds/" + seedName) }

  /// For `.enabled(if:)`: whether a test needing `relative` runs. It runs when the file is
  /// there, and in CI (`TestRun.requiresSharedFixtures`) also when it is not, so that its
  /// `#require` fails instead of the test quietly skipping.
  public static func runs(needing relative: String) -> Bool {
    TestRun.requiresSharedFixtures || path(relative) != nil
  }
}

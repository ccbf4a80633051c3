import ReaderStore

/// Where the session's memory lives and how the open file is known to it; `ReaderOptions`
/// holds none when history is off.
public struct MemorySettings: Sendable, Hashable {
  /// The database; nil when the environment names no home (memory is then off with a
  /// warning).
  public var location: StoreLocation?
  /// The file's absolute path; nil for standard input and the sample.
  public var path: String?

  public init(location: StoreLocation?, path: String?) {
    self.location = location
    self.path = path
  }
}

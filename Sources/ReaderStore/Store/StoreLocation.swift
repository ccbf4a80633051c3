#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the reader keeps its memory: `$XDG_DATA_HOME/reader/reader.sqlite3`, by default
/// `~/.local/share/reader/reader.sqlite3`.
public struct StoreLocation: Sendable, Hashable {
  /// The folder holding the database.
  public var directory: String
  public var fileName = "reader.sqlite3"

  public init(directory: String) { self.directory = directory }

  /// The location the environment names; nil when neither `XDG_DATA_HOME` (absolute) nor
  /// `HOME` is set.
  public init?(environment: [String: String]) {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      self.init(directory: data + "/reader")
    } else if let home = environment["HOME"], !home.isEmpty {
      self.init(directory: home + "/.local/share/reader")
    } else {
      return nil
    }
  }

  /// The database file's path.
  public var path: String { directory + "/" + fileName }

  /// Creates the folder and any missing parents (private to the user), or says why it could
  /// not.
  public func makeDirectory() -> String? {
    var built = ""
    for component in directory.split(separator: "/") {
      built += "/" + component
      if mkdir(built, 0o700) != 0 && errno != EEXIST {
        return "cannot create \(built): \(String(cString: strerror(errno)))"
      }
    }
    var info = stat()
    guard stat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
      return "cannot create \(directory): not a folder"
    }
    // SQLite calls a folder where its file should be a disk I/O error.
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      return "\(path) is a folder, not a database"
    }
    return nil
  }
}

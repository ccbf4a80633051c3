import ReaderStore
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the command line reaches the reader's memory: the store's location from the
/// environment, and a file's absolute path (the store knows files by it, next to their text).
enum MemoryAccess {
  /// The settings for opening `path` (nil: standard input or the sample).
  static func settings(for path: String?, environment: [String: String]) -> MemorySettings {
    MemorySettings(
      location: StoreLocation(environment: environment),
      path: path.flatMap { $0 == "-" ? nil : absolutePath($0) })
  }

  /// `path` with symbolic links and `..` resolved; as given when that fails.
  static func absolutePath(_ path: String) -> String {
    if let resolved = resolvedPath(path) { return resolved }
    // A file that is gone (`forget`): its folder resolved, as it was when the file was read.
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard !name.isEmpty, let resolvedFolder = resolvedPath(folder) else { return path }
    return (resolvedFolder == "/" ? "" : resolvedFolder) + "/" + name
  }

  private static func resolvedPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Why there is no store at all: the environment names no place for one.
  static let noLocation = "memory off: neither XDG_DATA_HOME nor HOME is set"

  /// The store, if its file exists: a command that only removes must not create one. With no
  /// place for a store at all the command ends saying so: "nothing is remembered" would be
  /// a guess, since the memory may well be under the HOME that is missing.
  static func existingStore(environment: [String: String]) -> ReadingStore? {
    guard let location = StoreLocation(environment: environment) else {
      fail("reader: " + noLocation)
    }
    guard access(location.path, F_OK) == 0 else { return nil }
    return openStore(environment: environment)
  }

  /// The store, opened for a subcommand; a warning ends the command with its message.
  static func openStore(environment: [String: String]) -> ReadingStore {
    guard let location = StoreLocation(environment: environment) else {
      fail("reader: " + noLocation)
    }
    do {
      return try ReadingStore.open(at: location)
    } catch {
      fail("reader: \(error.message)")
    }
  }
}

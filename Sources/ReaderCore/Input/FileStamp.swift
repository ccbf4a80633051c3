#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's identity and version on disk — device, inode, size, modification time — to tell
/// cheaply whether it changed since it was opened (rewritten, truncated, replaced by a rename).
public struct FileStamp: Equatable, Sendable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int64
  public var modifiedSeconds: Int64
  public var modifiedNanoseconds: Int64

  /// The stamp of the file at `path` now; nil when it cannot be looked at (gone, unreadable).
  public init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    self.init(status)
  }

  init(_ status: stat) {
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int64(status.st_size)
    #if canImport(Darwin)
      modifiedSeconds = Int64(status.st_mtimespec.tv_sec)
      modifiedNanoseconds = Int64(status.st_mtimespec.tv_nsec)
    #else
      modifiedSeconds = Int64(status.st_mtim.tv_sec)
      modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
    #endif
  }

  /// Whether the file at `path` is no longer the one this stamp describes: another size,
  /// modification time or inode, or no file at all.
  public func differs(fromFileAt path: String) -> Bool {
    FileStamp(path: path) != self
  }
}

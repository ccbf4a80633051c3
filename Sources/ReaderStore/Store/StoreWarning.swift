/// Why the reader's memory is off or cannot be written, in words for the status line. Reading
/// goes on without it.
public struct StoreWarning: Error, Sendable, Hashable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) { self.message = message }

  /// The warning for a failed call, by what the user can do about it.
  public init(_ error: SQLiteError, doing what: String) {
    if error.isBusy {
      self.init(StoreWarning.busyPrefix + "\(what) waits for another reader (database is locked)")
    } else if error.isReadOnly {
      self.init("memory read-only: \(what) failed")
    } else if error.isDiskFull {
      self.init("memory off: the disk is full (\(what) failed)")
    } else if error.isCorrupt {
      self.init("memory off: the database is damaged (\(error.message))")
    } else {
      self.init("memory: \(what) failed (\(error.message))")
    }
  }

  public var description: String { message }

  /// Whether another connection held the database locked: the write may be tried again.
  public var isBusy: Bool { message.hasPrefix(StoreWarning.busyPrefix) }

  private static let busyPrefix = "memory busy: "
}

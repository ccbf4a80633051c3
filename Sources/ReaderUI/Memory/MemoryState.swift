import ReaderStore

/// What the update knows of the reader's memory for the open document. Part of `ReaderModel`.
public struct MemoryState: Sendable, Hashable {
  /// Where memory stands.
  public enum Status: Sendable, Hashable {
    /// `--no-history`: nothing is read or saved.
    case off
    /// The runtime opens the store after the first frame.
    case opening
    /// Open; saves go to the document known as this.
    case open(DocumentIdentity)
    /// The store could not be opened: reading goes on without memory.
    case unavailable
  }

  public var status: Status
  /// A stored position not yet found because its article is not indexed yet.
  public var pendingRestore: StoredPosition?
  /// Where the reading pane was when the session started: a restore that arrives after the
  /// user has moved away from it is dropped rather than pulling them back.
  public var startPlace: ReadingOrigin?
  /// The last position saved (or restored), so that an unchanged place is not written again.
  public var lastSaved: StoredPosition?
  /// The place a resting save was last asked for, so that an event that leaves the place as
  /// it was asks for none.
  public var restingPlace: ReadingOrigin?
  /// Your highlights and notes for this document.
  public var annotations: [StoredAnnotation] = []
  /// The last warning about saving your place the status line showed: a read-only store
  /// fails every resting save, and saying so after every key hid what the keys said.
  public var lastPlaceWarning: String?

  public init(status: Status) { self.status = status }

  /// The document saves go to, when memory is open.
  public var identity: DocumentIdentity? {
    if case .open(let identity) = status { return identity }
    return nil
  }
}

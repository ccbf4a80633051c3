import ReaderStore

/// What the runtime found when it opened the store for the document (`Command.openMemory`).
public struct MemoryOpening: Sendable, Hashable {
  /// The document as the store knows it; nil when the store could not be opened.
  public var identity: DocumentIdentity?
  /// Where the reader was last time, if anywhere.
  public var position: StoredPosition?
  public var annotations: [StoredAnnotation]
  /// Why memory is off or read-only, for the status line.
  public var warning: StoreWarning?

  public init(
    identity: DocumentIdentity?, position: StoredPosition? = nil,
    annotations: [StoredAnnotation] = [], warning: StoreWarning? = nil
  ) {
    self.identity = identity
    self.position = position
    self.annotations = annotations
    self.warning = warning
  }
}

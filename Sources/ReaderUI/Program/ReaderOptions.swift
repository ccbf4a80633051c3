/// What the command line decides about a reading session.
public struct ReaderOptions: Sendable, Hashable {
  /// Show only this author's articles (a name as `resolveAuthor` returns it), or nil.
  public var authorFilter: String?
  /// Whether clicks and the wheel do anything.
  public var mouse: Bool
  /// What the status line calls the file (its last path component is shown).
  public var fileLabel: String
  /// Where positions and highlights are remembered; nil with `--no-history` (and in tests).
  public var memory: MemorySettings?

  public init(
    authorFilter: String? = nil, mouse: Bool = true, fileLabel: String = "(sample)",
    memory: MemorySettings? = nil
  ) {
    self.authorFilter = authorFilter
    self.mouse = mouse
    self.fileLabel = fileLabel
    self.memory = memory
  }
}

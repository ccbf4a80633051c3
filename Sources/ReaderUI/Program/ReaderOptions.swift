/// What the command line decides about a reading session.
public struct ReaderOptions: Sendable, Hashable {
  /// Show only this author's articles (a name as `resolveAuthor` returns it), or nil.
  public var authorFilter: String?
  /// Whether clicks, drags and the wheel do anything.
  public var mouse: Bool
  /// What the status line calls the file (its last path component is shown).
  public var fileLabel: String
  /// Where positions and highlights are remembered; nil with `--no-history` (and in tests).
  public var memory: MemorySettings?
  /// The user's key bindings, over the default keymap.
  public var keyBindings = KeyBindings()
  /// Whether the article list and the quotes sidebar are shown at start; nil leaves it to
  /// the terminal's width.
  public var showList: Bool? = nil
  public var showSidebar: Bool? = nil
  /// The widest the reading text may be, in columns; nil for the default.
  public var readingWidth: Int? = nil
  /// Whether `Enter` and `o` on a link start the browser; `reader snapshot` only draws.
  public var opensLinks = true

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

import ReaderCore

/// Everything the update reads and changes: the document as far as it is indexed, how far
/// indexing has got, and the UI state. Changed only by `Update.apply`.
public struct ReaderModel: Sendable {
  /// The articles indexed so far (the whole document once indexing is complete).
  public internal(set) var document: Document
  /// How far indexing has got; nil once the document is whole.
  public internal(set) var indexing: IndexProgress?
  /// Which document the state's indexes refer to: goes up when the text is parsed again
  /// (converted from another encoding) or reloaded. Caches and count requests are keyed by it.
  public internal(set) var generation: Int
  /// The indexer's own generation (`IndexSnapshot.generation`) of the last snapshot taken: a
  /// new one means the indexer started over.
  var indexerGeneration: Int
  /// The file on disk is no longer the one shown (`R` reloads it).
  public internal(set) var fileChanged = false
  /// The file is no longer at its path at all (with `fileChanged`).
  public internal(set) var fileGone = false
  public internal(set) var state: AppState
  /// The author filter asked for on the command line, until the index holds that author.
  var pendingAuthor: String?
  /// Whether clicks, drags and the wheel do anything.
  public let mouseEnabled: Bool
  /// What the reader remembers of this document, and whether it may.
  public internal(set) var memory = MemoryState(status: .off)
  /// What keys do outside overlays and the search prompt.
  public var keyBindings = KeyBindings()
  /// Bytes a typed search reads per slice before the rest goes on as idle work.
  public var searchSliceBytes = Update.scanSliceBytes
  /// Your highlights and notes: where they stand, and selection mode.
  public internal(set) var notes = NotesState()
  /// The link selected in the reading pane (`Tab`), if any.
  public internal(set) var links = LinkState()

  /// A model showing `document`'s first article (or, with `authorFilter`, that author's
  /// first). While `indexing` is given, the filter waits for the author to be indexed.
  public init(
    document: Document, indexing: IndexProgress? = nil, generation: Int = 0,
    authorFilter: String? = nil, mouseEnabled: Bool = true
  ) {
    self.document = document
    self.indexing = indexing
    self.generation = generation
    indexerGeneration = generation
    self.mouseEnabled = mouseEnabled
    state = AppState()
    pendingAuthor = authorFilter
  }

  /// Indexing progress in percent while it goes on; nil when the document is complete.
  public var indexingPercent: Int? { indexing?.percent }
}

/// How much of the file the background indexer has read.
public struct IndexProgress: Sendable, Hashable {
  public var indexedBytes: Int
  public var totalBytes: Int

  public init(indexedBytes: Int, totalBytes: Int) {
    self.indexedBytes = indexedBytes
    self.totalBytes = totalBytes
  }

  /// The progress a snapshot reports, or nil when it is complete.
  public init?(_ snapshot: IndexSnapshot) {
    guard !snapshot.isComplete else { return nil }
    self.init(indexedBytes: snapshot.indexedBytes, totalBytes: snapshot.totalBytes)
  }

  /// Percent indexed, 0…99: a finished parse still has the end to settle.
  public var percent: Int {
    guard totalBytes > 0 else { return 0 }
    return min(99, indexedBytes * 100 / totalBytes)
  }
}

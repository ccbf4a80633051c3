import ReaderCore
import ReaderScreen

/// The reader as a `Program`: the document, the state, and the functions between them.
///
/// The backend sends a `.resize` before the first key so paging knows the pane's height;
/// `render` works for any size either way.
///
/// Opened on a `DocumentFeed`, it shows the articles indexed so far and takes the newer
/// snapshot at every event (ticks come every `tickInterval` ms while indexing goes on): the
/// article list, the highlight counter and the author index fill in as they arrive.
public struct ReaderProgram: Program {
  public private(set) var document: Document
  public let options: ReaderOptions
  public private(set) var state: AppState
  private var reducer: Reducer
  private let feed: DocumentFeed?
  /// The feed's snapshot in use; nil once indexing is complete (or without a feed).
  private var indexing: IndexSnapshot?
  /// `options.authorFilter`, until the index holds that author.
  private var pendingAuthor: String?

  /// Milliseconds between ticks while indexing goes on: the status line's percentage and the
  /// list move ten times a second, which reads as steady progress without redrawing more
  /// often than anyone can follow.
  public static let indexingTickInterval = 100

  /// Opens `document` at its first article (the first of the filtered author's, if any).
  /// `options.authorFilter` should come from `resolveAuthor`; a name the document does not
  /// know is ignored.
  public init(document: Document, options: ReaderOptions) {
    self.init(document: document, options: options, feed: nil, indexing: nil)
  }

  /// Opens the document `feed` is indexing, at its first article, and follows the feed.
  /// `options.authorFilter` is applied once the index holds that author.
  public init(feed: DocumentFeed, options: ReaderOptions) {
    let snapshot = feed.latest()
    self.init(
      document: snapshot.document, options: options, feed: feed,
      indexing: snapshot.isComplete ? nil : snapshot)
  }

  /// Opens the file at `path` (`-` for standard input): indexes just enough for the first
  /// screen here, and the rest on a background thread.
  public init(loading path: String, options: ReaderOptions) throws(LoadError) {
    let indexer = try DocumentLoader.open(path: path)
    indexer.advance(untilArticles: ReaderProgram.firstScreenArticles, orBytes: 4 << 20)
    self.init(feed: BackgroundIndexing(indexer), options: options)
  }

  /// Enough articles for a tall article list: the first screen never waits for more.
  static let firstScreenArticles = 64

  private init(
    document: Document, options: ReaderOptions, feed: DocumentFeed?, indexing: IndexSnapshot?
  ) {
    self.document = document
    self.options = options
    self.feed = feed
    self.indexing = indexing
    reducer = Reducer(
      document: document, cache: LineCache(), mouseEnabled: options.mouse,
      indexingPercent: indexing?.percent)
    state = AppState()
    pendingAuthor = options.authorFilter
    if !document.articles.isEmpty {
      reducer.open(&state, article: 0)
    }
    applyPendingAuthor()
  }

  public mutating func handle(_ event: Event) {
    follow()
    reducer.reduce(&state, event)
    if state.isFinished { feed?.cancel() }
  }

  public func render(width: Int, height: Int) -> Screen {
    Renderer(reducer: reducer, state: state, fileLabel: options.fileLabel)
      .render(width: width, height: height)
  }

  public var isFinished: Bool { state.isFinished }

  /// Ticks while matches are being counted (as soon as the keys leave time) and while
  /// indexing goes on; otherwise nothing changes by itself.
  public var tickInterval: Int? {
    if reducer.isCounting(state) { return ReaderProgram.countingTickInterval }
    return indexing == nil ? nil : ReaderProgram.indexingTickInterval
  }

  /// Milliseconds of quiet before the next slice of a match count.
  public static let countingTickInterval = 1

  /// Indexing progress in percent while it goes on; nil when the document is complete.
  public var indexingPercent: Int? { indexing?.percent }

  /// Takes the feed's newest snapshot, if it is newer than the one shown.
  private mutating func follow() {
    guard let feed, let shown = indexing else { return }
    let latest = feed.latest()
    guard
      latest.isComplete || latest.indexedBytes != shown.indexedBytes
        || latest.generation != shown.generation
    else { return }
    document = latest.document
    indexing = latest.isComplete ? nil : latest
    if latest.generation != shown.generation {
      // The text was converted and parsed again: nothing in the state points at it.
      reducer = Reducer(
        document: document, cache: LineCache(), mouseEnabled: options.mouse,
        indexingPercent: indexing?.percent)
      let fresh = AppState(width: state.width, height: state.height)
      state = fresh
      if !document.articles.isEmpty { reducer.open(&state, article: 0) }
      pendingAuthor = options.authorFilter
    } else {
      // Snapshots only add to the end, and only closed articles: cached lines stay right.
      reducer = Reducer(
        document: document, cache: reducer.cache, mouseEnabled: options.mouse,
        indexingPercent: indexing?.percent)
      if shown.document.articles.isEmpty && !document.articles.isEmpty {
        reducer.open(&state, article: 0)
      }
    }
    applyPendingAuthor()
  }

  private mutating func applyPendingAuthor() {
    guard let author = pendingAuthor else { return }
    if let entry = document.authors.entry(named: author) {
      reducer.applyAuthorFilter(&state, entry.name)
      pendingAuthor = nil
    } else if indexing == nil {
      pendingAuthor = nil
    }
  }
}

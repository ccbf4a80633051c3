import ReaderCore
import ReaderScreen

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reader as a `Program`: the model, the update that changes it, the runtime that carries
/// out the update's commands, and the view that draws it.
///
/// Every event handled goes the same way: the runtime's finished work first (a newer index
/// snapshot; on a quiet tick, a slice of a match count), then the event itself, each through
/// `Update.apply`, whose commands go back to the runtime. A key answered from a frame drawn
/// ahead (`adopt`) leaves the finished work for the next event. The backend sends a `.resize` before
/// the first key so paging knows the pane's height; `render` works for any size either way.
public struct ReaderProgram: Program {
  public private(set) var model: ReaderModel
  public let options: ReaderOptions
  private let runtime: Runtime
  private let view = ViewCaches()
  /// Counts the changes of state (events handled, frames adopted, repaints asked for): a
  /// prepared frame is adopted only at the revision it was prepared from.
  private var revision = 0
  /// The keys drawn ahead as likely next in the reading view (`ReaderProgram.likelyKeys(_:)`).
  private let likelyKeys: [Key]
  /// The keys to the next and previous match (`n N`), drawn ahead while a search is kept.
  private let matchKeys: [Key]
  /// The key that shows all authors again (`A`), drawn ahead while an author is chosen.
  private let clearAuthorKey: Key?
  /// The skim view's key (`S`), drawn ahead in articles of `skimAheadBlocks` blocks or fewer.
  private let skimKey: Key?
  static let skimAheadBlocks = 1024

  /// Opens `document` at its first article (the first of the filtered author's, if any).
  /// `options.authorFilter` should come from `resolveAuthor`; a name the document does not
  /// know is ignored.
  public init(document: Document, options: ReaderOptions) {
    self.init(
      model: ReaderModel(document: document), options: options,
      runtime: Runtime(memory: options.memory, opener: AddressOpener(options)))
  }

  /// Opens the document `feed` is indexing, at its first article, and follows the feed.
  /// `options.authorFilter` is applied once the index holds that author.
  public init(feed: DocumentFeed, options: ReaderOptions) {
    let snapshot = feed.latest()
    self.init(
      model: ReaderModel(
        document: snapshot.document, indexing: IndexProgress(snapshot),
        generation: snapshot.generation),
      options: options,
      runtime: Runtime(feed: feed, memory: options.memory, opener: AddressOpener(options)))
  }

  /// Opens the file at `path` (`-` for standard input): indexes just enough for the first
  /// screen here, and asks the runtime to index the rest in the background. The first of
  /// `readers` that takes the file reads it (Markdown, web pages); plain text otherwise.
  /// `whileWaiting`: called once if a stream keeps the reading waiting (see `DocumentLoader`).
  public init(
    loading path: String, options: ReaderOptions, readers: [any MarkupReader] = [],
    whileWaiting: (() -> Void)? = nil
  ) throws(LoadError) {
    let indexer = try DocumentLoader.open(
      path: path, readers: readers, prefixFirst: true, whileWaiting: whileWaiting)
    ReaderProgram.indexFirstScreen(indexer)
    let snapshot = IndexSnapshot(indexer)
    self.init(
      model: ReaderModel(
        document: snapshot.document, indexing: IndexProgress(snapshot),
        generation: snapshot.generation),
      options: options,
      runtime: Runtime(
        indexer: indexer, memory: options.memory, opener: AddressOpener(options), readers: readers
      ))
  }

  /// Enough articles for a tall article list: the first screen never waits for more.
  static let firstScreenArticles = 64
  /// The most text parsed before the first frame when fewer articles close. A snapshot shows
  /// the open article as far as it is read, so a book's one article shows from its first
  /// paragraphs; 256 KB is many screens of text at any size, and a few milliseconds of parsing.
  static let firstScreenBytes = 256 << 10
  /// The most text parsed before the first frame when no article has closed in it: a book's
  /// one article, of which a frame shows a screen or two (parsing costs more than the rest of
  /// the first frame).
  static let firstArticleBytes = 64 << 10

  /// Indexes what the first frame needs: up to `firstScreenArticles` articles within
  /// `firstScreenBytes`, but only `firstArticleBytes` when no article closes in them.
  static func indexFirstScreen(_ indexer: DocumentIndexer) {
    indexer.advance(untilArticles: firstScreenArticles, orBytes: firstArticleBytes)
    guard indexer.articleCount > 0 else { return }
    indexer.advance(
      untilArticles: firstScreenArticles, orBytes: firstScreenBytes - firstArticleBytes)
  }

  private init(model: ReaderModel, options: ReaderOptions, runtime: Runtime) {
    var model = model
    model = ReaderModel(
      document: model.document, indexing: model.indexing, generation: model.generation,
      authorFilter: options.authorFilter, mouseEnabled: options.mouse)
    if options.memory != nil { model.memory.status = .opening }
    model.keyBindings = options.keyBindings
    model.state.listChoice = options.showList
    model.state.sidebarChoice = options.showSidebar
    model.state.readingWidth = options.readingWidth
    self.model = model
    self.options = options
    self.runtime = runtime
    likelyKeys = ReaderProgram.likelyKeys(options.keyBindings)
    matchKeys = [Action.nextMatch, .previousMatch].compactMap {
      ReaderProgram.firstKey(for: $0, in: options.keyBindings)
    }
    clearAuthorKey = ReaderProgram.firstKey(for: .clearAuthor, in: options.keyBindings)
    skimKey = ReaderProgram.firstKey(for: .toggleSkim, in: options.keyBindings)
    runtime.perform(Update.start(&self.model, lines: view.lines))
  }

  public var document: Document { model.document }
  public var state: AppState { model.state }

  public mutating func handle(_ event: Event) {
    revision &+= 1
    for finished in runtime.pendingEvents() { dispatch(finished) }
    if event == .tick {
      for finished in runtime.idleWork(document: model.document) { dispatch(finished) }
    }
    dispatch(event)
  }

  /// Whether work waits for quiet: a typed search's scan, a search's count (benchmarks time
  /// its slices one `.tick` at a time).
  public var hasIdleWork: Bool { runtime.hasIdleWork }

  /// Runs the work that waits for quiet until none is left (a search's count): what a live
  /// session settles to when nobody presses a key. Indexing is not waited for.
  public mutating func settle() {
    while runtime.hasIdleWork && !model.state.isFinished {
      handle(.tick)
    }
  }

  /// Waits for the suggested key sentences being ranked, if any: a person pressing `]` after
  /// `*` waits to see them; keys typed in one go (`reader snapshot --keys '*]]'`) must too.
  public mutating func awaitSuggestions() {
    while runtime.isSuggesting && !model.state.isFinished {
      handle(.tick)
      // A tick after every millisecond, not as fast as ticks go: spinning took a core from
      // the ranking's thread, and each tick copies the model.
      var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
      if runtime.isSuggesting { nanosleep(&pause, nil) }
    }
  }

  private mutating func dispatch(_ event: Event) {
    runtime.perform(Update.apply(event, to: &model, lines: view.lines))
  }

  public func render(width: Int, height: Int) -> Screen {
    FrameView.render(
      model, fileLabel: options.fileLabel, caches: view, width: width, height: height)
  }

  /// Draws ahead for the keys pressed last and for the keys that move, open the highlights
  /// list, the search prompt and the author picker (`j k Space b g G ] [ } { H / a` unless
  /// rebound), `n N` while a search is kept and `A` while an author is chosen; in a list (whose letters narrow it) for
  /// Enter, Esc, the arrows and the last keys that are no letters. Not while text is typed in a search, a note, a mark or an
  /// article's number: there the next key is anyone's guess, and a typed search's update does
  /// real work.
  public func keysToPrepare(after recentKeys: [Key]) -> [Key] {
    let state = model.state
    if state.isFinished || state.search?.isEditing == true || model.notes.mode != .none
      || state.awaitsMark || state.articleNumber != nil
    {
      return []
    }
    var keys: [Key]
    switch state.overlay {
    case .authorPicker, .highlights, .suggestions:
      // Letters narrow the list: only the keys that move or choose.
      keys =
        [.enter, .escape, .down, .up]
        + recentKeys.filter { if case .character = $0 { false } else { true } }
    case .help:
      keys = recentKeys
    case nil:
      keys = recentKeys + likelyKeys
      if let search = state.search, !search.query.isEmpty { keys += matchKeys }
      if state.authorFilter != nil, let clear = clearAuthorKey { keys.append(clear) }
      // The skim view of a short article is quick to make; a book's, made again in a copy
      // after every key, was not.
      let articles = model.document.articles
      if let skim = skimKey, state.openArticle < articles.count,
        articles[state.openArticle].blocks.count <= ReaderProgram.skimAheadBlocks
      {
        keys.append(skim)
      }
    }
    var seen = Set<Key>()
    return keys.filter { seen.insert($0).inserted }
  }

  public func prepare(_ key: Key, width: Int, height: Int) -> PreparedFrame? {
    let event = Event.key(key)
    var next = model
    let caches = ViewCaches(branchingFrom: view)
    let commands = Update.apply(event, to: &next, lines: caches.lines)
    // Quitting is left to `handle`: its commands end the session. A repaint (`Ctrl-L`) too:
    // its frame is the terminal cleared and drawn whole, not bytes encoded ahead.
    guard !next.state.isFinished, !commands.contains(.redraw) else { return nil }
    let screen = FrameView.render(
      next, fileLabel: options.fileLabel, caches: caches, width: width, height: height)
    return PreparedFrame(
      event: event, screen: screen, revision: revision, model: next, commands: commands,
      caches: caches)
  }

  public mutating func adopt(_ frame: PreparedFrame) -> Bool {
    guard frame.revision == revision else { return false }
    // Results that finished in the background meanwhile (index snapshots, a file's change)
    // wait for the next event, as they would had the key come a moment sooner: their
    // moments are their own. Applying them first refused the frame for nearly every key
    // while a large file was indexed (a snapshot every few milliseconds). Not when the key
    // has something to say, though ("no further articles yet", "no authors"): a message is
    // read, and must come from the newest index there is.
    if frame.model.state.message != nil && runtime.hasNewerSnapshot { return false }
    revision &+= 1
    model = frame.model
    view.lines = frame.caches.lines
    view.rows.keep(frame.caches.rows)
    view.drawn = frame.caches.drawn
    view.spare = frame.caches.spare
    runtime.perform(frame.commands)
    return true
  }

  public var isFinished: Bool { model.state.isFinished }

  public var cancelsOnInterrupt: Bool { Update.hasInputOpen(model) }

  /// Whether the terminal should be cleared and drawn whole (`Ctrl-L`); the next frame then
  /// draws every pane afresh too.
  public mutating func takeRedrawRequest() -> Bool {
    guard runtime.takeRedrawRequest() else { return false }
    revision &+= 1
    view.drawn = nil
    return true
  }

  /// Milliseconds until the runtime wants a `.tick`: while matches are being counted (as soon
  /// as the keys leave time) and while indexing goes on; otherwise nothing changes by itself.
  public var tickInterval: Int? { runtime.wakeInterval }

  /// Indexing progress in percent while it goes on; nil when the document is complete.
  public var indexingPercent: Int? { model.indexingPercent }

  /// For each way of moving through the text, for the highlights list, the search prompt and
  /// the author picker, the first printable key `bindings` give it: `j k Space b ] [ } { g G
  /// H / a` by default. Not the skim view's `S`, which is drawn ahead only in short articles,
  /// nor `n N` and `A`, only while a search is kept or an author chosen (`keysToPrepare`).
  static func likelyKeys(_ bindings: KeyBindings) -> [Key] {
    // Without a config's bindings, the defaults, known without asking for each key (this runs
    // before the first frame).
    if bindings.isEmpty { return defaultLikelyKeys }
    let moves: [Action] = [
      .down, .up, .pageDown, .pageUp, .nextHighlight, .previousHighlight, .nextArticle,
      .previousArticle, .top, .bottom, .highlightList, .search, .authorPicker,
    ]
    return moves.compactMap { firstKey(for: $0, in: bindings) }
  }

  /// The first printable key `bindings` give `action`, if any.
  static func firstKey(for action: Action, in bindings: KeyBindings) -> Key? {
    if bindings.isEmpty {
      switch action {
      case .toggleSkim: return .character("S")
      case .nextMatch: return .character("n")
      case .previousMatch: return .character("N")
      case .clearAuthor: return .character("A")
      default: break
      }
    }
    return printableKeys.first { bindings.action(for: $0) == action }
  }

  private static let printableKeys = (0x20...0x7E).map {
    Key.character(Character(Unicode.Scalar(UInt8($0))))
  }

  private static let defaultLikelyKeys: [Key] = [
    "j", "k", " ", "b", "]", "[", "}", "{", "g", "G", "H", "/", "a",
  ].map { .character($0) }
}

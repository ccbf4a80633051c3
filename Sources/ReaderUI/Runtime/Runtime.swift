import ReaderCore
import ReaderStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Carries out the update's commands and turns their results into events: the only part of
/// the UI that starts threads or talks to the world outside the state.
///
/// The terminal loop calls it between events: `pendingEvents` before each event it handles
/// (a newer index snapshot; a key answered from a frame drawn ahead leaves them for the next), `idleWork` when the loop has waited `wakeInterval` ms with no input (one
/// slice of a match count). Work that is cheap and must stay in order (counting, which reads
/// the same immutable document the state points into) runs on the loop's thread while the keys
/// leave time; indexing runs on a thread of its own (`BackgroundIndexing`).
final class Runtime {
  /// Where the document's later snapshots come from.
  private enum Indexing {
    /// Nothing left to index.
    case none
    /// An indexer that has done the first screen's share and waits for `.startIndexing`.
    case ready(DocumentIndexer)
    /// Asked to start: the thread starts with the next idle work, so that it does not compete
    /// with the first frame for the processor. `shown` is what the program has.
    case asked(DocumentIndexer, shown: IndexSnapshot)
    /// A feed publishing snapshots; `shown` is the last one reported as an event.
    case running(DocumentFeed, shown: IndexSnapshot)
  }

  private var indexing: Indexing
  private var pendingCount: MatchCountRequest?
  /// The next slice of a typed search's scan: run before any count, as the reader waits
  /// for its answer.
  private var pendingScan: MatchScanRequest?
  private var pendingRank: MatchRankRequest?
  /// `*` asked for suggestions of this parse; the ranking starts with the next idle work,
  /// which has the document.
  private var pendingSuggestion: Int?
  /// Ranking the document's sentences (`*`) on a thread of its own.
  private var suggesting: BackgroundJob<SuggestionResult>?
  private let memory: MemoryWork
  /// The file shown and its stamp when read, looked at once a `watchInterval` so that a file
  /// rewritten on disk is reported; nil for text not from a file, and once reported.
  /// The file followed for changes, and its stamp when read (nil: it was not there).
  private var watched: (path: String, stamp: FileStamp?)?
  private var lastLook = 0
  private let watchInterval: Int
  /// Results that are ready but not yet handed to the update (a reload's first snapshot).
  private var reports: [Event] = []
  /// When the rest a `.saveWhenRested` waits for is over, in `milliseconds()`.
  private var restDue: Int?
  private let restInterval: Int
  private let opener: AddressOpener?
  /// What reads the file when `R` reads it again: the readers it was opened with, so that a
  /// Markdown file or a web page is not read back as plain text.
  private let readers: [any MarkupReader]

  /// Milliseconds the view must rest before its place is saved: long enough that paging
  /// through an article writes nothing, short enough that a `kill -9` loses only a glance.
  static let restInterval = 2000

  /// Milliseconds between looks at the file on disk: a `stat` a second is nothing, and a
  /// reader learns of a change while still on the same screen.
  static let watchInterval = 1000
  private var redrawRequested = false

  /// Milliseconds between looks at the indexer while it runs: the status line's percentage
  /// and the list move ten times a second, which reads as steady progress without redrawing
  /// more often than anyone can follow.
  static let indexingInterval = 100
  /// Milliseconds of quiet before the next slice of a match count.
  static let countingInterval = 1

  /// A runtime with nothing to index.
  init(
    memory: MemorySettings? = nil, restInterval: Int = Runtime.restInterval,
    opener: AddressOpener? = nil, retryInterval: Int = MemoryWork.retryInterval
  ) {
    indexing = .none
    self.memory = MemoryWork(settings: memory, retryInterval: retryInterval)
    watchInterval = Runtime.watchInterval
    self.restInterval = restInterval
    self.opener = opener
    readers = []
  }

  /// A runtime that will index the rest of `indexer`'s text once asked to.
  init(
    indexer: DocumentIndexer, memory: MemorySettings? = nil,
    watchInterval: Int = Runtime.watchInterval, opener: AddressOpener? = nil,
    readers: [any MarkupReader] = []
  ) {
    indexing = indexer.isComplete ? .none : .ready(indexer)
    self.memory = MemoryWork(settings: memory)
    self.watchInterval = watchInterval
    restInterval = Runtime.restInterval
    self.opener = opener
    self.readers = readers
    watch(indexer)
  }

  private func watch(_ indexer: DocumentIndexer) {
    watched = indexer.fileStamp.map { (indexer.source, $0) }
    lastLook = Runtime.milliseconds()
  }

  /// A runtime that follows `feed`, already indexing (tests step it by hand).
  init(feed: DocumentFeed, memory: MemorySettings? = nil, opener: AddressOpener? = nil) {
    let latest = feed.latest()
    indexing = latest.isComplete ? .none : .running(feed, shown: latest)
    self.memory = MemoryWork(settings: memory)
    watchInterval = Runtime.watchInterval
    restInterval = Runtime.restInterval
    self.opener = opener
    readers = []
  }

  /// Starts what `commands` ask for.
  func perform(_ commands: [Command]) {
    for command in commands {
      switch command {
      case .startIndexing:
        if case .ready(let indexer) = indexing {
          indexing = .asked(indexer, shown: IndexSnapshot(indexer))
        }
      case .cancelIndexing:
        if case .running(let feed, _) = indexing { feed.cancel() }
        indexing = .none
        pendingCount = nil
        pendingScan = nil
        pendingRank = nil
      case .countMatches(let request):
        pendingCount = request
      case .scanForMatch(let request):
        pendingScan = request
      case .rankMatch(let request):
        pendingRank = request
      case .openMemory:
        memory.requestOpen()
      case .savePosition(let position, let document):
        restDue = nil
        memory.save(position, of: document)
      case .saveWhenRested:
        restDue = Runtime.milliseconds() + restInterval
      case .openAddress(let address):
        if let failure = opener?.open(address) { reports.append(.addressNotOpened(failure)) }
      case .reload(let path):
        reload(path)
      case .redraw:
        redrawRequested = true
      case .saveAnnotation(let annotation, let document):
        memory.save(annotation, of: document)
      case .removeAnnotation(let id):
        memory.removeAnnotation(id: id)
      case .suggestKeySentences(let generation):
        pendingSuggestion = generation
      case .releaseDocument(let superseded):
        if case .running(let feed, _) = indexing { feed.dispose(of: superseded.document) }
      }
    }
  }

  /// Results ready now without any work on this thread: a newer snapshot from the indexer,
  /// a failed save's warning.
  func pendingEvents() -> [Event] {
    let reports =
      self.reports + memory.takeReports() + lookAtTheFile() + takeSuggestions()
      + (opener?.reap() ?? []).map { Event.addressNotOpened($0) }
    self.reports = []
    guard case .running(let feed, let shown) = indexing else { return reports }
    let latest = feed.latest()
    guard latest != shown else { return reports }
    indexing = latest.isComplete ? .none : .running(feed, shown: latest)
    return reports + [.indexed(latest)]
  }

  /// Whether the indexer has published a snapshot the program has not been given yet.
  var hasNewerSnapshot: Bool {
    guard case .running(let feed, let shown) = indexing else { return false }
    return feed.latest() != shown
  }

  /// Does one piece of pending work on this thread, in the quiet between keys: starting the
  /// indexing thread and opening the store first (the first frame is drawn by then), else a
  /// slice of a typed search's scan, else a slice of a count.
  func idleWork(document: Document) -> [Event] {
    if case .asked(let indexer, let shown) = indexing {
      // Compared with what the program has, not with the thread's first snapshot: a small
      // file's thread may be done before that is read, and its end must still be reported.
      indexing = .running(BackgroundIndexing(indexer), shown: shown)
    }
    if memory.isOpenPending, let opening = memory.open(for: document) {
      return [.memoryOpened(opening)]
    }
    if let generation = pendingSuggestion {
      pendingSuggestion = nil
      suggesting = BackgroundJob {
        SuggestionResult(generation: generation, suggestions: KeySentences.suggest(in: document))
      }
      return takeSuggestions()
    }
    if memory.hasWaitingWrites {
      // Its outcome is reported with the next events, as a first try's is.
      memory.retryIfDue(now: Runtime.milliseconds())
    }
    if let due = restDue, due <= Runtime.milliseconds() {
      restDue = nil
      return [.rested]
    }
    if let scan = pendingScan {
      pendingScan = nil
      return [.matchScanned(scan.run(in: document))]
    }
    if let rank = pendingRank {
      pendingRank = nil
      return [.matchRanked(rank.run(in: document))]
    }
    guard let request = pendingCount else { return [] }
    pendingCount = nil
    return [.matchesCounted(request.run(in: document))]
  }

  /// How long the loop may wait for input before calling back: nil when nothing is pending.
  var wakeInterval: Int? {
    // A store's confirmation is shown at once, not with the next key.
    if (memory.isOpenPending && !memory.isFingerprinting) || memory.hasReports
      || pendingSuggestion != nil
    {
      return 0
    }
    // A reload's outcome (a failure leaves nothing else to wake for) is shown at once.
    if !reports.isEmpty { return 0 }
    if case .asked = indexing { return 0 }
    if pendingCount != nil || pendingScan != nil || pendingRank != nil {
      return Runtime.countingInterval
    }
    var wait: Int? = nil
    if suggesting != nil { wait = Runtime.suggestingInterval }
    if memory.isFingerprinting {
      wait = min(wait ?? Runtime.fingerprintingInterval, Runtime.fingerprintingInterval)
    }
    if case .running = indexing {
      wait = min(wait ?? Runtime.indexingInterval, Runtime.indexingInterval)
    }
    if watched != nil { wait = min(wait ?? watchInterval, watchInterval) }
    if opener?.hasChildren == true {
      wait = min(wait ?? AddressOpener.reapInterval, AddressOpener.reapInterval)
    }
    if let restDue {
      let due = max(0, restDue - Runtime.milliseconds())
      wait = min(wait ?? due, due)
    }
    if let retry = memory.retryWait(now: Runtime.milliseconds()) {
      wait = min(wait ?? retry, retry)
    }
    return wait
  }

  /// Whether the whole terminal should be painted again; asking clears the request.
  func takeRedrawRequest() -> Bool {
    defer { redrawRequested = false }
    return redrawRequested
  }

  /// Whether a match count waits for quiet (`settle` runs it out).
  var hasIdleWork: Bool {
    if case .asked = indexing { return true }
    return pendingCount != nil || pendingScan != nil || pendingRank != nil || memory.isOpenPending
      || pendingSuggestion != nil || suggesting != nil
  }

  /// Whether suggested key sentences are being ranked (`*`): their answer is awaited.
  var isSuggesting: Bool { pendingSuggestion != nil || suggesting != nil }

  /// Milliseconds between looks at a large file's fingerprint while it is made (tens of
  /// milliseconds for 100 MB): the place is restored about as soon as it is known.
  static let fingerprintingInterval = 5

  /// Milliseconds between looks at the ranking while it runs: it takes a few on an ordinary
  /// compilation, so the answer shows as soon as anyone could notice.
  static let suggestingInterval = 20

  /// `.suggested` once the background ranking is done.
  private func takeSuggestions() -> [Event] {
    guard let result = suggesting?.result() else { return [] }
    suggesting = nil
    return [.suggested(result)]
  }

  /// `.fileChanged` once, when the file on disk is no longer the one read; `.fileGone` when
  /// nothing is at its path any more.
  private func lookAtTheFile() -> [Event] {
    guard let watched else { return [] }
    let now = Runtime.milliseconds()
    guard now - lastLook >= watchInterval else { return [] }
    lastLook = now
    let stamp = FileStamp(path: watched.path)
    guard stamp != watched.stamp else { return [] }
    // A file gone is looked for still: its coming back is a change to reload.
    self.watched = stamp == nil ? (watched.path, nil) : nil
    return [stamp == nil ? .fileGone : .fileChanged]
  }

  /// Reads `path` afresh: the first screen's share at once (reported as `.reloaded`), the
  /// rest in the background as before. The old indexing stops; a pending count is dropped.
  private func reload(_ path: String) {
    if case .running(let feed, _) = indexing { feed.cancel() }
    pendingCount = nil
    pendingScan = nil
    pendingRank = nil
    do throws(LoadError) {
      // A file replaced by a pipe or a device would be read until it ends: the loop would
      // wait on it, keys and all. Only a regular file (or a directory, refused) is read again.
      var status = stat()
      if stat(path, &status) == 0 {
        let type = status.st_mode & S_IFMT
        if type != S_IFREG && type != S_IFDIR { throw LoadError.notAFile(path: path) }
      }
      let indexer = try DocumentLoader.open(path: path, readers: readers, prefixFirst: true)
      ReaderProgram.indexFirstScreen(indexer)
      let reloaded = IndexSnapshot(indexer)
      reports.append(.reloaded(reloaded))
      watch(indexer)
      if indexer.isComplete {
        indexing = .none
      } else {
        // What the program gets with `.reloaded`, taken before the thread touches the indexer.
        indexing = .running(BackgroundIndexing(indexer), shown: reloaded)
      }
    } catch {
      indexing = .none
      reports.append(.reloadFailed(error.description))
      // Followed still: a file that comes back, or is mended, says so.
      watched = (path, FileStamp(path: path))
      lastLook = Runtime.milliseconds()
    }
  }

  static func milliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
  }
}

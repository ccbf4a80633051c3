import ReaderCore
import ReaderStore

/// The runtime's side of memory: the store connection, opened once the first frame is on the
/// screen, and the saves the update asks for. Every failure becomes a warning event; reading
/// goes on without memory.
final class MemoryWork {
  private let settings: MemorySettings?
  private var store: ReadingStore?
  /// `.openMemory` was asked for and waits for the first quiet moment.
  private(set) var isOpenPending = false
  /// Results to report with the next events (a failed save's warning).
  private var reports: [Event] = []
  /// Your highlights, notes and removals that a database locked by another program refused,
  /// in the order asked: tried again in the quiet between keys every `retryInterval` ms, and
  /// before any later write, so none is lost while the status line says it waits.
  private var waiting: [AnnotationWrite] = []
  /// When the next try of `waiting` is due, in `Runtime.milliseconds()`.
  private var retryDue = 0
  private let retryInterval: Int

  /// Milliseconds between tries of a write a locked database refused: each try may wait the
  /// database's busy timeout (250 ms), which a key pressed meanwhile waits for too.
  static let retryInterval = 2000

  init(settings: MemorySettings?, retryInterval: Int = MemoryWork.retryInterval) {
    self.settings = settings
    self.retryInterval = retryInterval
  }

  func requestOpen() { isOpenPending = settings != nil }

  /// Files up to this many bytes are fingerprinted at once, in the quiet after the first
  /// frame (about a quarter of a millisecond a megabyte); larger ones on a thread of their
  /// own: a 100 MB file took 21–26 ms, and a key pressed meanwhile waited for all of it.
  static let inlineFingerprintBytes = 1 << 20
  /// A large file's fingerprint being made.
  private var fingerprinting: BackgroundJob<Fingerprint>?

  /// Whether the store waits for a large file's fingerprint (the runtime looks again soon).
  var isFingerprinting: Bool { fingerprinting != nil }

  /// Opens the store and reads what it holds about `document`; nil while a large file's
  /// fingerprint is still being made (ask again).
  func open(for document: Document) -> MemoryOpening? {
    guard let settings else {
      isOpenPending = false
      return MemoryOpening(identity: nil)
    }
    guard let location = settings.location else {
      isOpenPending = false
      return MemoryOpening(
        identity: nil, warning: StoreWarning("memory off: neither XDG_DATA_HOME nor HOME is set"))
    }
    guard let fingerprint = fingerprint(of: document) else { return nil }
    isOpenPending = false
    let identity = DocumentIdentity(fingerprint: fingerprint, path: settings.path)
    let store: ReadingStore
    do {
      store = try ReadingStore.open(at: location)
    } catch {
      return MemoryOpening(identity: nil, warning: error)
    }
    self.store = store
    do {
      let position = try store.position(of: identity)
      let annotations = try store.annotations(of: identity)
      let warning =
        store.isReadOnly ? StoreWarning("memory read-only: \(location.path)") : nil
      return MemoryOpening(
        identity: identity, position: position, annotations: annotations, warning: warning)
    } catch {
      self.store = nil
      return MemoryOpening(identity: nil, warning: error)
    }
  }

  /// `document`'s fingerprint: made here for a small file, else started on a thread (nil
  /// until it is done).
  private func fingerprint(of document: Document) -> Fingerprint? {
    if let job = fingerprinting {
      guard let done = job.result() else { return nil }
      fingerprinting = nil
      return done
    }
    let storage = document.storage
    guard storage.bytes.count > Self.inlineFingerprintBytes else {
      return Fingerprint(of: storage.bytes)
    }
    fingerprinting = BackgroundJob { Fingerprint(of: storage.bytes) }
    return nil
  }

  func save(_ position: StoredPosition, of document: DocumentIdentity) {
    guard let store else { return }
    // On quitting this is the last write: the waiting ones get their last try first.
    writeWaiting()
    do {
      try store.savePosition(position, of: document)
    } catch {
      reports.append(.memoryWarning(error))
    }
  }

  /// Saves one of your highlights, giving a new one its id and date; reports it as stored.
  func save(_ annotation: StoredAnnotation, of document: DocumentIdentity) {
    guard store != nil else {
      reports.append(.memoryWarning(StoreWarning("memory off: highlight not saved")))
      return
    }
    var stored = annotation
    if stored.id.isEmpty { stored.id = StoredAnnotation.newID() }
    if stored.created.isEmpty { stored.created = UTCTime.now() }
    waiting.append(.save(stored, of: document))
    writeWaiting(warnIfBusy: true)
  }

  func removeAnnotation(id: String) {
    guard store != nil else {
      reports.append(.memoryWarning(StoreWarning("memory off: highlight not removed")))
      return
    }
    waiting.append(.remove(id: id))
    writeWaiting(warnIfBusy: true)
  }

  /// Whether writes wait for a locked database to be let go of.
  var hasWaitingWrites: Bool { !waiting.isEmpty }

  /// Milliseconds until the waiting writes are tried again; nil when none waits.
  func retryWait(now: Int) -> Int? {
    waiting.isEmpty ? nil : max(0, retryDue - now)
  }

  /// Tries the waiting writes again if their time has come.
  func retryIfDue(now: Int) {
    guard !waiting.isEmpty, now >= retryDue else { return }
    writeWaiting()
  }

  /// Writes the waiting ones in order, reporting each as done. A locked database stops the
  /// run (what follows waits behind it; said once, when the write was asked for); any other
  /// failure drops that write with its warning.
  private func writeWaiting(warnIfBusy: Bool = false) {
    guard let store else { return }
    while let write = waiting.first {
      do {
        switch write {
        case .save(let annotation, let document):
          try store.save(annotation, of: document)
          reports.append(.annotationSaved(annotation))
        case .remove(let id):
          try store.removeAnnotation(id: id)
          reports.append(.annotationRemoved(id: id))
        }
        waiting.removeFirst()
      } catch {
        if error.isBusy {
          if warnIfBusy { reports.append(.memoryWarning(error)) }
          retryDue = Runtime.milliseconds() + retryInterval
          return
        }
        waiting.removeFirst()
        reports.append(.memoryWarning(error))
      }
    }
  }

  var hasReports: Bool { !reports.isEmpty }

  /// The results waiting to be reported, once.
  func takeReports() -> [Event] {
    defer { reports = [] }
    return reports
  }
}

/// A change to your highlights, kept until the database takes it.
enum AnnotationWrite {
  case save(StoredAnnotation, of: DocumentIdentity)
  case remove(id: String)
}

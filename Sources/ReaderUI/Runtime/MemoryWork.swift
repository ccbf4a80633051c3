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

  init(settings: MemorySettings?) { self.settings = settings }

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
    do {
      try store.savePosition(position, of: document)
    } catch {
      reports.append(.memoryWarning(error))
    }
  }

  /// Saves one of your highlights, giving a new one its id and date; reports it as stored.
  func save(_ annotation: StoredAnnotation, of document: DocumentIdentity) {
    guard let store else {
      reports.append(.memoryWarning(StoreWarning("memory off: highlight not saved")))
      return
    }
    var stored = annotation
    if stored.id.isEmpty { stored.id = StoredAnnotation.newID() }
    if stored.created.isEmpty { stored.created = UTCTime.now() }
    do {
      try store.save(stored, of: document)
      reports.append(.annotationSaved(stored))
    } catch {
      reports.append(.memoryWarning(error))
    }
  }

  func removeAnnotation(id: String) {
    guard let store else {
      reports.append(.memoryWarning(StoreWarning("memory off: highlight not removed")))
      return
    }
    do {
      try store.removeAnnotation(id: id)
      reports.append(.annotationRemoved(id: id))
    } catch {
      reports.append(.memoryWarning(error))
    }
  }

  var hasReports: Bool { !reports.isEmpty }

  /// The results waiting to be reported, once.
  func takeReports() -> [Event] {
    defer { reports = [] }
    return reports
  }
}

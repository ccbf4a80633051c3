#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens a compilation from a file, standard input or bytes in memory, and parses it.
///
/// A regular file is read into private memory as indexing goes (`FileFill`), so changes to the
/// file after it is opened never reach the document. Pipes, terminals, other character devices and regular files whose size says 0 (`/proc`
/// files) are streams: read to the end into owned storage, within `StreamReading`'s bound.
/// An empty file (or one holding only blank lines) is a valid document with zero articles;
/// the interface says "empty file".
public enum DocumentLoader {
  /// The most bytes read from a stream: 1 GiB.
  public static let defaultStreamLimit = StreamReading.defaultLimit

  /// Loads the file at `path`; `-` means standard input. A stream longer than `streamLimit`
  /// bytes is refused (`LoadError.tooLarge`). The first of `readers` that takes the file reads
  /// it; plain text otherwise.
  public static func load(
    path: String, streamLimit: Int = defaultStreamLimit, readers: [any MarkupReader] = []
  ) throws(LoadError) -> Document {
    try open(path: path, streamLimit: streamLimit, readers: readers).finish()
  }

  /// Opens the file at `path` (`-` means standard input) for indexing a slice at a time;
  /// nothing is parsed yet. A regular file is read as indexing goes; a stream is read here, to the end or
  /// to `streamLimit` bytes. `prefixFirst`: a large markup file is rendered a prefix first
  /// (`DocumentIndexer.init(markup:…)`), for a reader's first frame.
  /// `whileWaiting` is called once if a stream (standard input, a FIFO) keeps the reading
  /// waiting for half a second.
  public static func open(
    path: String, streamLimit: Int = defaultStreamLimit, readers: [any MarkupReader] = [],
    prefixFirst: Bool = false, whileWaiting: (() -> Void)? = nil
  ) throws(LoadError) -> DocumentIndexer {
    if path == "-" {
      return try openStream(
        descriptor: 0, path: path, limit: streamLimit, readers: readers, prefixFirst: prefixFirst,
        whileWaiting: whileWaiting)
    }
    let descriptor = openForReading(path)
    guard descriptor >= 0 else { throw error(errno, path: path) }
    var keepOpen = false
    defer { if !keepOpen { close(descriptor) } }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw error(errno, path: path) }
    switch status.st_mode & S_IFMT {
    case S_IFDIR:
      throw .isDirectory(path: path)
    case S_IFREG:
      let size = Int(status.st_size)
      guard size <= Document.maximumBytes else {
        throw .tooLargeToOpen(path: path, limit: Document.maximumBytes)
      }
      // Empty, or a file whose size is not known until read (`/proc/cpuinfo`): stamped
      // all the same, so an empty file that is written to says it changed.
      guard size > 0 else {
        return try openStream(
          descriptor: descriptor, path: path, limit: streamLimit, readers: readers,
          prefixFirst: prefixFirst, fileStamp: FileStamp(status))
      }
      guard let fill = FileFill(descriptor: descriptor, count: size) else {
        throw error(errno, path: path)
      }
      keepOpen = true
      let storage = TextStorage(filling: fill)
      if !readers.isEmpty {
        storage.makeAvailable(upTo: sniffWindow)
        let start = UnsafeBufferPointer(rebasing: storage.bytes.prefix(sniffWindow))
        if let reader = readers.reader(for: path, start: start) {
          return try DocumentIndexer(
            markup: storage, reader: reader, path: path, fileStamp: FileStamp(status),
            prefixFirst: prefixFirst)
        }
      }
      return try DocumentIndexer(storage: storage, source: path, fileStamp: FileStamp(status))
    case S_IFIFO, S_IFCHR:
      return try openStream(
        descriptor: descriptor, path: path, limit: streamLimit, readers: readers,
        prefixFirst: prefixFirst, whileWaiting: whileWaiting,
        waitsForWriter: status.st_mode & S_IFMT == S_IFIFO)
    default:
      throw .notAFile(path: path)
    }
  }

  /// Parses bytes held in memory, copying them into storage the document owns.
  public static func parse(
    bytes: some Collection<UInt8>, source: String, readers: [any MarkupReader] = []
  ) throws(LoadError) -> Document {
    guard bytes.count <= Document.maximumBytes else {
      throw .tooLargeToOpen(path: source, limit: Document.maximumBytes)
    }
    let storage = TextStorage(copying: bytes)
    let start = UnsafeBufferPointer(rebasing: storage.bytes.prefix(sniffWindow))
    if let reader = readers.reader(for: source, start: start) {
      return try DocumentIndexer(markup: storage, reader: reader, path: source).finish()
    }
    return try parse(storage: storage, source: source)
  }

  /// How much of the start a `MarkupReader` sees to decide whether it reads a file.
  static let sniffWindow = 4096

  static func parse(storage: TextStorage, source: String) throws(LoadError) -> Document {
    try DocumentIndexer(storage: storage, source: source).finish()
  }

  /// Opens without waiting: opening a FIFO blocks until a writer comes, before anything could
  /// say why the screen stays blank. Reads block again, as the stream reading expects; a
  /// FIFO's first read waits for its writer instead (`StreamReading.waitsForWriter`).
  private static func openForReading(_ path: String) -> Int32 {
    #if canImport(Glibc)
      let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    #else
      let descriptor = Darwin.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    #endif
    if descriptor >= 0 {
      _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    }
    return descriptor
  }

  private static func openStream(
    descriptor: Int32, path: String, limit: Int, readers: [any MarkupReader], prefixFirst: Bool,
    fileStamp: FileStamp? = nil, whileWaiting: (() -> Void)? = nil, waitsForWriter: Bool = false
  ) throws(LoadError) -> DocumentIndexer {
    let bytes = try StreamReading(
      descriptor: descriptor, path: path, limit: min(limit, Document.maximumBytes),
      whileWaiting: whileWaiting, waitsForWriter: waitsForWriter
    ).readToEnd()
    let storage = TextStorage(copying: bytes)
    let start = UnsafeBufferPointer(rebasing: storage.bytes.prefix(sniffWindow))
    if let reader = readers.reader(for: path, start: start) {
      return try DocumentIndexer(
        markup: storage, reader: reader, path: path, fileStamp: fileStamp,
        prefixFirst: prefixFirst)
    }
    return try DocumentIndexer(storage: storage, source: path, fileStamp: fileStamp)
  }

  static func error(_ number: Int32, path: String) -> LoadError {
    switch number {
    case ENOENT, ENOTDIR: return .notFound(path: path)
    case EACCES, EPERM: return .permissionDenied(path: path)
    case EISDIR: return .isDirectory(path: path)
    default: return .system(path: path, message: String(cString: strerror(number)))
    }
  }
}

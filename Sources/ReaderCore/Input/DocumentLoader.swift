#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens a compilation from a file, standard input or bytes in memory, and parses it.
///
/// A regular file is mapped, not read: the document's spans point straight into the mapping.
/// Pipes, terminals and other character devices are read to the end into owned storage.
/// An empty file (or one holding only blank lines) is a valid document with zero articles;
/// the interface says "empty file".
public enum DocumentLoader {
  /// Loads the file at `path`; `-` means standard input.
  public static func load(path: String) throws(LoadError) -> Document {
    try open(path: path).finish()
  }

  /// Opens the file at `path` (`-` means standard input) for indexing a slice at a time;
  /// nothing is parsed yet. A regular file is mapped; the rest is read here, to the end.
  public static func open(path: String) throws(LoadError) -> DocumentIndexer {
    if path == "-" {
      let bytes = try readToEnd(descriptor: 0, path: path)
      return try DocumentIndexer(storage: TextStorage(copying: bytes), source: path)
    }
    let descriptor = openForReading(path)
    guard descriptor >= 0 else { throw error(errno, path: path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw error(errno, path: path) }
    switch status.st_mode & S_IFMT {
    case S_IFDIR:
      throw .isDirectory(path: path)
    case S_IFREG:
      let size = Int(status.st_size)
      guard size > 0 else {
        return try DocumentIndexer(storage: TextStorage(copying: []), source: path)
      }
      guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
        mapped != UnsafeMutableRawPointer(bitPattern: -1)
      else { throw error(errno, path: path) }
      // The parser reads the file front to back once.
      _ = madvise(mapped, size, MADV_SEQUENTIAL)
      return try DocumentIndexer(storage: TextStorage(mapping: mapped, count: size), source: path)
    case S_IFIFO, S_IFCHR:
      let bytes = try readToEnd(descriptor: descriptor, path: path)
      return try DocumentIndexer(storage: TextStorage(copying: bytes), source: path)
    default:
      throw .notAFile(path: path)
    }
  }

  /// Parses bytes held in memory, copying them into storage the document owns.
  public static func parse(bytes: some Collection<UInt8>, source: String) throws(LoadError)
    -> Document
  {
    try parse(storage: TextStorage(copying: bytes), source: source)
  }

  static func parse(storage: TextStorage, source: String) throws(LoadError) -> Document {
    try DocumentIndexer(storage: storage, source: source).finish()
  }

  private static func openForReading(_ path: String) -> Int32 {
    #if canImport(Glibc)
      Glibc.open(path, O_RDONLY | O_CLOEXEC)
    #else
      Darwin.open(path, O_RDONLY | O_CLOEXEC)
    #endif
  }

  private static func readToEnd(descriptor: Int32, path: String) throws(LoadError) -> [UInt8] {
    var bytes: [UInt8] = []
    let chunk = 1 << 16
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 1)
    defer { buffer.deallocate() }
    while true {
      let got = read(descriptor, buffer.baseAddress, chunk)
      if got > 0 {
        // Appending grows the array geometrically, so reading stays linear in the input.
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<got]))
      } else if got == 0 {
        return bytes
      } else if errno != EINTR && errno != EAGAIN {
        throw error(errno, path: path)
      }
    }
  }

  private static func error(_ number: Int32, path: String) -> LoadError {
    switch number {
    case ENOENT, ENOTDIR: return .notFound(path: path)
    case EACCES, EPERM: return .permissionDenied(path: path)
    case EISDIR: return .isDirectory(path: path)
    default: return .system(path: path, message: String(cString: strerror(number)))
    }
  }
}

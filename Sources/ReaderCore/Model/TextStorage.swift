#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of one document, stored once; every range in the model points into them.
///
/// The bytes are a buffer this object owns: a copy (standard input, the built-in sample, text
/// converted from Windows-1252), a regular file read into private memory as indexing goes
/// (`FileFill`), or a read-only mapping. A byte never changes once something has read it, which
/// is what makes sharing them across threads safe.
public final class TextStorage: @unchecked Sendable {
  /// The document's bytes. Valid for the lifetime of this object.
  public let bytes: UnsafeBufferPointer<UInt8>
  private let release: Release
  /// For a file read as indexing goes: what is read so far.
  let fill: FileFill?

  private enum Release {
    case none
    case free
    case unmap(UnsafeMutableRawPointer, Int)
  }

  /// Copies `source` into storage owned by this object.
  public init<C: Collection>(copying source: C) where C.Element == UInt8 {
    let count = source.count
    let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(count, 1))
    _ = memory.initialize(from: source)
    bytes = UnsafeBufferPointer(rebasing: memory[0..<count])
    release = .free
    fill = nil
  }

  /// Holds a file being read into private memory; `fill` owns that memory.
  init(filling fill: FileFill) {
    bytes = UnsafeBufferPointer(start: fill.base, count: fill.count)
    release = .none
    self.fill = fill
  }

  /// Adopts a read-only mapping made with `mmap`; it is unmapped when this object goes away.
  public init(mapping base: UnsafeMutableRawPointer, count: Int) {
    bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
    release = .unmap(base, count)
    fill = nil
  }

  deinit {
    switch release {
    case .none: break
    case .free: UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate()
    case .unmap(let base, let count): munmap(base, count)
    }
  }

  /// Makes sure parsing until the parser passes `limit` reads only bytes already there.
  func makeParsable(upTo limit: Int) { fill?.makeParsable(upTo: limit) }

  /// Makes sure the first `offset` bytes are there.
  func makeAvailable(upTo offset: Int) { fill?.fill(upTo: offset) }

  /// The number of bytes.
  public var count: Int { bytes.count }

  /// The bytes in `range` decoded as UTF-8; each maximal invalid subpart becomes U+FFFD.
  public func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}

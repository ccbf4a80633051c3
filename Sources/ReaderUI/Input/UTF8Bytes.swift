/// Characters from bytes that arrive one at a time, as UTF-8.
///
/// In a locale whose character set is ASCII (`LC_ALL=C`, no `LANG`), curses cannot make a
/// character of a byte past 127, and its `wget_wch` swallows the bytes after one while it
/// tries; so the backend reads bytes there and makes characters of them itself. The terminal
/// sends UTF-8 whatever the locale says, as nearly all do today. A byte that cannot be part of
/// UTF-8 (an 8-bit Alt key, Latin-1) is dropped alone, and the byte after it counts again.
public struct UTF8Bytes: Sendable {
  private var pending: [UInt8] = []
  private var needed = 0

  public init() {}

  /// Whether a character has begun whose rest has not arrived.
  public var isPartial: Bool { !pending.isEmpty }

  /// The character `byte` completes, if it completes one; nil while one is partial, and for a
  /// byte that is dropped.
  public mutating func feed(_ byte: UInt8) -> Unicode.Scalar? {
    if !pending.isEmpty {
      if byte & 0xC0 == 0x80 {
        pending.append(byte)
        guard pending.count == needed else { return nil }
        return finish()
      }
      // Cut short by a byte that starts something else: what came before is dropped.
      reset()
    }
    switch byte {
    case 0x00...0x7F: return Unicode.Scalar(byte)
    case 0xC2...0xDF: needed = 2
    case 0xE0...0xEF: needed = 3
    case 0xF0...0xF4: needed = 4
    default: return nil
    }
    pending = [byte]
    return nil
  }

  /// Forgets a character begun and not finished (no more input is waiting for it).
  public mutating func reset() {
    pending = []
    needed = 0
  }

  /// The scalar the pending bytes spell, or nil when they are not one (an overlong form, a
  /// surrogate, past U+10FFFF).
  private mutating func finish() -> Unicode.Scalar? {
    var bytes = pending.makeIterator()
    reset()
    var codec = Unicode.UTF8()
    guard case .scalarValue(let scalar) = codec.decode(&bytes) else { return nil }
    return scalar
  }
}

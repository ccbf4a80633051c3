/// A document's identity by its text: a 64-bit FNV-1a hash of its bytes with each run of
/// whitespace folded to one space and the ends trimmed (a UTF-8 byte order mark is skipped),
/// so that the same text saved with other line endings, re-wrapped or copied elsewhere is
/// still the same document.
public struct Fingerprint: Sendable, Hashable, CustomStringConvertible {
  public var value: UInt64

  public init(value: UInt64) { self.value = value }

  private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// The fingerprint of `bytes`.
  public init(of bytes: [UInt8]) {
    self = bytes.withUnsafeBufferPointer { Fingerprint(of: $0) }
  }

  /// The fingerprint of `bytes`. Not generic: a generic loop across the module boundary took
  /// 400 ms for a megabyte, this one about a millisecond.
  public init(of bytes: UnsafeBufferPointer<UInt8>) {
    var hash = Fingerprint.offsetBasis
    var pendingSpace = false
    var started = false
    let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    var index = hasMark ? 3 : 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
        pendingSpace = started
        continue
      }
      if pendingSpace {
        hash = (hash ^ 0x20) &* Fingerprint.prime
        pendingSpace = false
      }
      hash = (hash ^ UInt64(byte)) &* Fingerprint.prime
      started = true
    }
    value = hash
  }

  /// Sixteen lowercase hex digits, as stored.
  public var description: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The fingerprint a `description` spells, or nil.
  public init?(_ text: String) {
    guard text.utf8.count == 16, let value = UInt64(text, radix: 16) else { return nil }
    self.value = value
  }
}

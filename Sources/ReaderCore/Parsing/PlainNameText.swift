/// Byte-level versions of the `Character` operations the name parsers run on every byline.
///
/// `String`'s `Character` operations segment graphemes and look up Unicode properties per
/// character: a byline cost about 90,000 instructions, a third of all parsing (callgrind,
/// BENCHMARKS.md). When a string is plain — ASCII without a carriage return, so each byte is
/// one `Character` — the byte versions below give exactly the `Character` results; otherwise
/// each falls back to the `Character` operation.
enum PlainNameText {
  /// Whether every byte is ASCII and none is a carriage return (`\r\n` is one `Character`).
  static func isPlain(_ text: some StringProtocol) -> Bool {
    plainBytes(text) { _ in true } ?? false
  }

  private static func arePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
    return true
  }

  /// `body` over the bytes of `text` when it is plain; nil otherwise. Small strings (up to 15
  /// bytes, most names) keep their bytes inline and offer no contiguous storage, so they are
  /// read through a copy, which for them allocates nothing.
  private static func plainBytes<Result>(
    _ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    if let result = text.utf8.withContiguousStorageIfAvailable({ bytes in
      arePlain(bytes) ? body(bytes) : nil
    }) {
      return result
    }
    var copy = String(text)
    return copy.withUTF8 { arePlain($0) ? body($0) : nil }
  }

  /// `text.split(separator: separator, omittingEmptySubsequences: omittingEmpty)`.
  static func split(
    _ text: some StringProtocol, on separator: Unicode.Scalar, omittingEmpty: Bool = true
  ) -> [Substring] {
    if separator.isASCII,
      let pieces = plainBytes(text, { pieces($0, UInt8(separator.value), omittingEmpty) })
    {
      return pieces
    }
    return Substring(text).split(
      separator: Character(separator), omittingEmptySubsequences: omittingEmpty)
  }

  private static func pieces(
    _ bytes: UnsafeBufferPointer<UInt8>, _ separator: UInt8, _ omittingEmpty: Bool
  ) -> [Substring] {
    var pieces: [Substring] = []
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
      if !omittingEmpty || index > start {
        let piece = UnsafeBufferPointer(rebasing: bytes[start..<index])
        pieces.append(Substring(String(decoding: piece, as: UTF8.self)))
      }
      start = index + 1
    }
    return pieces
  }

  /// `text.split(separator: " ")`.
  static func words(_ text: some StringProtocol) -> [Substring] { split(text, on: " ") }

  /// `text.contains(where: \.isLowercase)`.
  static func hasLowercase(_ text: some StringProtocol) -> Bool {
    plainBytes(text) { $0.contains { $0 >= 0x61 && $0 <= 0x7A } }
      ?? text.contains(where: \.isLowercase)
  }

  /// `text.contains(where: \.isUppercase)`.
  static func hasUppercase(_ text: some StringProtocol) -> Bool {
    plainBytes(text) { $0.contains { $0 >= 0x41 && $0 <= 0x5A } }
      ?? text.contains(where: \.isUppercase)
  }

  /// `text.count`.
  static func count(_ text: some StringProtocol) -> Int {
    plainBytes(text) { $0.count } ?? text.count
  }

  /// Whether `text` holds the byte `byte` (ASCII): when it does not, no `Character` of any
  /// string equals that character, so a search for it can be skipped exactly.
  @inline(__always) static func contains(_ text: some StringProtocol, _ byte: UInt8) -> Bool {
    text.utf8.contains(byte)
  }
}

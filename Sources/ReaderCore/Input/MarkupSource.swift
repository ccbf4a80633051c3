/// A markup file's bytes made into the UTF-8 its parser needs, by plain text's rules
/// (`TextDecoding`) plus the encoding the source declares.
///
/// A declared Windows-1252 (or ISO-8859-1, which browsers read as Windows-1252) is believed
/// unless the bytes are valid UTF-8 with multi-byte sequences in them: then the declaration
/// is wrong and the text is UTF-8. A declared UTF-8 that is mostly invalid falls back to
/// Windows-1252 as plain text does. Invalid sequences in UTF-8 become U+FFFD here, so the
/// parsers only ever see valid UTF-8.
enum MarkupSource {
  /// The UTF-8 to parse: the source's own bytes when they are valid UTF-8 (most files: no
  /// copy of a file that may be 100 MB), else the repaired or converted text.
  struct Decoded {
    private let source: UnsafeBufferPointer<UInt8>
    private let converted: [UInt8]?
    let encoding: TextEncoding
    let replacedSequences: Int

    /// `source` must outlive this value.
    init(
      source: UnsafeBufferPointer<UInt8>, converted: [UInt8]?, encoding: TextEncoding,
      replacedSequences: Int
    ) {
      self.source = source
      self.converted = converted
      self.encoding = encoding
      self.replacedSequences = replacedSequences
    }

    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
      guard let converted else { return body(source) }
      return converted.withUnsafeBufferPointer(body)
    }
  }

  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, reader: any MarkupReader, path: String
  ) throws(LoadError) -> Decoded {
    let count = bytes.count
    if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      if TextDecoding.looksBinary(bytes, from: 3) { throw .binary(path: path) }
      let body = UnsafeBufferPointer(rebasing: bytes[3...])
      let invalid = TextDecoding.scanUTF8(body, from: 0).invalid
      return Decoded(
        source: body, converted: repaired(body, invalid: invalid), encoding: .utf8,
        replacedSequences: invalid)
    }
    if count >= 2
      && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    {
      let converted = TextDecoding.utf16ToUTF8(bytes, bigEndian: bytes[0] == 0xFE)
      let binary = converted.withUnsafeBufferPointer { TextDecoding.looksBinary($0) }
      if binary { throw .binary(path: path) }
      return Decoded(source: bytes, converted: converted, encoding: .utf8, replacedSequences: 0)
    }
    if TextDecoding.looksBinary(bytes) { throw .binary(path: path) }
    let tally = TextDecoding.scanUTF8(bytes, from: 0)
    let declared = reader.declaredEncoding(bytes)
    let validUTF8 = tally.invalid == 0 && tally.multibyte > 0
    if (declared == .windows1252 && !validUTF8)
      || TextDecoding.isEightBit(invalid: tally.invalid, multibyte: tally.multibyte)
    {
      return Decoded(
        source: bytes, converted: TextDecoding.windows1252ToUTF8(bytes), encoding: .windows1252,
        replacedSequences: 0)
    }
    return Decoded(
      source: bytes, converted: repaired(bytes, invalid: tally.invalid), encoding: .utf8,
      replacedSequences: tally.invalid)
  }

  /// Nil when nothing needs repairing.
  private static func repaired(_ bytes: UnsafeBufferPointer<UInt8>, invalid: Int) -> [UInt8]? {
    guard invalid > 0 else { return nil }
    return Array(String(decoding: bytes, as: UTF8.self).utf8)
  }
}

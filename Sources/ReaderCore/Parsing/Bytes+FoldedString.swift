extension Bytes {
  /// The bytes in `range` as a string, every run of whitespace (line breaks too) one space.
  static func foldedString(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(range.count)
    var lastWasSpace = false
    for index in range {
      let byte = text[index]
      if Bytes.isWhitespace(byte) {
        if !lastWasSpace { bytes.append(0x20) }
        lastWasSpace = true
      } else {
        bytes.append(byte)
        lastWasSpace = false
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

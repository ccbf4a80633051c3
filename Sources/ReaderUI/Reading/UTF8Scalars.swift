/// Reading single scalars out of UTF-8 bytes, for the few places that look at the bytes
/// around a position (where a long block may be cut, whether a space joins a mark).
extension UnsafeBufferPointer<UInt8> {
  /// The scalar starting at `index`, or nil where the bytes are not valid UTF-8.
  func scalar(at index: Int) -> Unicode.Scalar? {
    var iterator = self[index...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
  }

  /// The scalar ending just before `index` (at most four bytes back).
  func scalar(endingBefore index: Int) -> Unicode.Scalar? {
    var start = index - 1
    while start > 0 && self[start] & 0xC0 == 0x80 && index - start < 4 { start -= 1 }
    return scalar(at: start)
  }
}

/// Where a web page may be cut so that gumbo renders its start as the start of the whole:
/// just after a `</p>`, which closes a paragraph of running text.
enum WebPagePrefix {
  /// The offset just after the first `</p>` (any case) at or past `minimum`, or nil.
  static func end(_ source: UnsafeBufferPointer<UInt8>, atLeast minimum: Int) -> Int? {
    guard source.count >= 4 else { return nil }
    var index = min(minimum, source.count)
    while index + 4 <= source.count {
      if source[index] == 0x3C && source[index + 1] == 0x2F
        && (source[index + 2] | 0x20) == 0x70 && source[index + 3] == 0x3E
      {
        return index + 4
      }
      index += 1
    }
    return nil
  }
}

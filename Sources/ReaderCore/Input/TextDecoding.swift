#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a file's bytes are read: the checks and conversions `DocumentIndexer` applies.
///
/// The rules, in order:
/// 1. A UTF-8 byte order mark is skipped, and the text is UTF-8 whatever follows.
/// 2. A UTF-16 byte order mark (little or big endian) means UTF-16: the text is converted to
///    UTF-8 (unpaired surrogates become U+FFFD) and reported as UTF-8, which it now is.
/// 3. Binary data is refused (`looksBinary`): a NUL in the first 8 KiB, among enough other
///    control bytes. One stray NUL in a text file does not make it binary (Markus Kuhn's
///    UTF-8 stress test holds one); it is shown as a visible control.
/// 4. Valid UTF-8 is used as it is, mapped, without a copy.
/// 5. Otherwise the invalid sequences are weighed against the valid multi-byte ones
///    (`isEightBit`). Text in an 8-bit encoding almost never forms a valid multi-byte
///    sequence by chance, so a file where fewer than one in nine non-ASCII sequences is valid
///    UTF-8 is read as Windows-1252 (a superset of the ISO-8859-1 of old Project Gutenberg
///    texts) and converted. Anything better than that is UTF-8 with damage: each maximal
///    invalid subpart is shown as one U+FFFD and counted, because reading real UTF-8 as
///    Windows-1252 would garble every accented letter to fix a handful of bad bytes.
enum TextDecoding {
  /// How far the binary check looks.
  static let binaryWindow = 8 * 1024

  /// Control bytes per NUL-holding window that make a file binary: one in 64. Text uses tab,
  /// line and page breaks and ESC (which the screen shows visibly); executables, images and
  /// compressed data are full of the rest.
  static let binaryControlShare = 64

  /// Whether `bytes` from `start` look like binary data rather than text: the first 8 KiB
  /// after `start` hold a NUL, and C0 controls other than tab, line feed, vertical tab, form
  /// feed, carriage return and ESC are at least one in 64 of those bytes.
  static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Bool {
    guard let base = bytes.baseAddress, start < bytes.count else { return false }
    let window = min(bytes.count - start, binaryWindow)
    guard memchr(base + start, 0, window) != nil else { return false }
    var controls = 0
    for byte in UnsafeBufferPointer(start: base + start, count: window) where byte < 0x20 {
      switch byte {
      case 0x09...0x0D, 0x1B: continue
      default: controls += 1
      }
    }
    return controls * binaryControlShare >= window
  }

  /// Whether text with `invalid` maximal invalid subparts and `multibyte` valid multi-byte
  /// sequences is 8-bit text rather than damaged UTF-8 (rule 5).
  static func isEightBit(invalid: Int, multibyte: Int) -> Bool {
    invalid > 0 && (multibyte == 0 || invalid > 8 * multibyte)
  }

  /// Counts valid multi-byte sequences and maximal invalid subparts (the unit the standard
  /// library replaces with one U+FFFD).
  static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (
    invalid: Int, multibyte: Int
  ) {
    let tally = scanUTF8(bytes, from: start, to: bytes.count)
    return (tally.invalid, tally.multibyte)
  }

  /// The same count over the sequences that start in `start..<limit`; a sequence that starts
  /// before `limit` is read to its end. Resuming at the returned `end` counts exactly what one
  /// scan of the whole text would, which lets the indexer check the text a slice at a time.
  static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int) -> (
    invalid: Int, multibyte: Int, end: Int
  ) {
    guard let base = bytes.baseAddress else { return (0, 0, start) }
    let count = bytes.count
    let stop = min(limit, count)
    var invalid = 0
    var multibyte = 0
    var index = start
    while index < stop {
      // Most text is ASCII: skip it 32, then eight bytes at a time.
      while index + 32 <= stop {
        let raw = UnsafeRawPointer(base + index)
        let word =
          raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
          | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
          | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 32
      }
      while index + 8 <= stop {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      guard index < stop else { break }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      var trailing = 0
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: trailing = 1
      case 0xE0: trailing = 2; low = 0xA0
      case 0xED: trailing = 2; high = 0x9F
      case 0xE1...0xEF: trailing = 2
      case 0xF0: trailing = 3; low = 0x90
      case 0xF4: trailing = 3; high = 0x8F
      case 0xF1...0xF3: trailing = 3
      default:
        invalid += 1
        index += 1
        continue
      }
      var next = index + 1
      if next >= count || base[next] < low || base[next] > high {
        invalid += 1
        index = next
        continue
      }
      next += 1
      var complete = true
      for _ in 1..<trailing {
        if next >= count || base[next] & 0xC0 != 0x80 {
          complete = false
          break
        }
        next += 1
      }
      if complete { multibyte += 1 } else { invalid += 1 }
      index = next
    }
    return (invalid, multibyte, max(index, start))
  }

  /// Windows-1252's 0x80…0x9F; the five unassigned bytes map to the C1 controls, as browsers do.
  private static let windows1252High: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// How many bytes `windows1252ToUTF8` makes of `bytes`.
  static func utf8Count(ofWindows1252 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var scratch: [UInt8] = []
    for byte in bytes {
      if byte < 0x80 {
        count += 1
      } else {
        scratch.removeAll(keepingCapacity: true)
        appendUTF8(
          UInt32(byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt16(byte)), to: &scratch)
        count += scratch.count
      }
    }
    return count
  }

  static func windows1252ToUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        output.append(byte)
      } else if byte < 0xA0 {
        appendUTF8(UInt32(windows1252High[Int(byte - 0x80)]), to: &output)
      } else {
        appendUTF8(UInt32(byte), to: &output)
      }
    }
    return output
  }

  /// Converts UTF-16 after its byte order mark; unpaired surrogates and an odd last byte
  /// become U+FFFD.
  static func utf16ToUTF8(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    func unit(_ index: Int) -> UInt32 {
      bigEndian
        ? UInt32(bytes[index]) << 8 | UInt32(bytes[index + 1])
        : UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index])
    }
    var index = 2
    while index + 1 < bytes.count {
      let first = unit(index)
      index += 2
      if first >= 0xD800 && first <= 0xDBFF {
        if index + 1 < bytes.count {
          let second = unit(index)
          if second >= 0xDC00 && second <= 0xDFFF {
            index += 2
            appendUTF8(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), to: &output)
            continue
          }
        }
        appendUTF8(0xFFFD, to: &output)
      } else if first >= 0xDC00 && first <= 0xDFFF {
        appendUTF8(0xFFFD, to: &output)
      } else {
        appendUTF8(first, to: &output)
      }
    }
    if index < bytes.count { appendUTF8(0xFFFD, to: &output) }
    return output
  }

  static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      output.append(UInt8(scalar))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | scalar >> 6))
      output.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | scalar >> 12))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    default:
      output.append(UInt8(0xF0 | scalar >> 18))
      output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}

import Testing

@testable import ReaderCore

@Suite struct TextDecodingTests {
  @Test func plainUTF8IsMappedAsIs() throws {
    let document = try parse("Title\n\nCafé text.\n")
    #expect(document.encoding == .utf8)
    #expect(document.replacedSequences == 0)
    #expect(document.articles.map(\.title) == ["Title"])
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let document = try DocumentLoader.parse(
      bytes: [0xEF, 0xBB, 0xBF] + Array("Title\n\nBody.\n".utf8), source: "bom.txt")
    #expect(document.encoding == .utf8)
    #expect(document.articles.map(\.title) == ["Title"])
    #expect(document.articles[0].firstLine == 1)
  }

  @Test func utf16LittleEndianIsConverted() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "Tête\n\n😀 body\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let document = try DocumentLoader.parse(bytes: bytes, source: "le.txt")
    #expect(document.encoding == .utf8)
    #expect(document.articles.map(\.title) == ["Tête"])
    #expect(document.texts(.paragraph, article: 0) == ["😀 body"])
  }

  @Test func utf16BigEndianIsConvertedAndUnpairedSurrogateReplaced() throws {
    var bytes: [UInt8] = [0xFE, 0xFF]
    for unit in Array("Ab".utf16) + [0xD800] + Array("c".utf16) {
      bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
    }
    let document = try DocumentLoader.parse(bytes: bytes, source: "be.txt")
    #expect(document.articles.map(\.title) == ["Ab\u{FFFD}c"])
  }

  @Test func nulInTheFirst8KiBIsRefused() {
    #expect(throws: LoadError.binary(path: "x.bin")) {
      try DocumentLoader.parse(bytes: Array("abc".utf8) + [0, 1, 2], source: "x.bin")
    }
    #expect(
      LoadError.binary(path: "x.bin").description
        == "reader: x.bin: looks like a binary file (NUL bytes), not text")
  }

  @Test func nulAfterThe8KiBWindowIsText() throws {
    let bytes = Array(repeating: UInt8(ascii: "a"), count: 9000) + [0]
    let document = try DocumentLoader.parse(bytes: bytes, source: "late.txt")
    #expect(document.articles.count == 1)
  }

  @Test func eightBitTextFallsBackToWindows1252() throws {
    // "Caf\xE9 \x93quoted\x94 \x80" in Windows-1252: no valid UTF-8 multi-byte sequence.
    let bytes =
      Array("Caf".utf8) + [0xE9] + Array(" ".utf8) + [0x93] + Array("q".utf8) + [0x94]
      + Array(" ".utf8) + [0x80, 0x0A]
    let document = try DocumentLoader.parse(bytes: bytes, source: "old.txt")
    #expect(document.encoding == .windows1252)
    #expect(document.replacedSequences == 0)
    #expect(document.articles.map(\.title) == ["Café “q” €"])
  }

  @Test func mostlyUTF8WithAFewBadBytesStaysUTF8AndCountsThem() throws {
    // Two good multi-byte letters, one lone continuation byte, one truncated sequence.
    let bytes = Array("é ü ".utf8) + [0x80] + Array(" x ".utf8) + [0xE2, 0x80] + Array("\n".utf8)
    let document = try DocumentLoader.parse(bytes: bytes, source: "bad.txt")
    #expect(document.encoding == .utf8)
    #expect(document.replacedSequences == 2)
    #expect(document.articles.map(\.title) == ["é ü \u{FFFD} x \u{FFFD}"])
  }

  @Test func invalidCountMatchesTheStandardLibrarysReplacements() {
    let samples: [[UInt8]] = [
      [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xF0, 0x9F, 0x98], [0xE2, 0x82, 0x41], [0xFF, 0xFE, 0x41],
    ]
    for bytes in samples {
      let replaced = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter {
        $0 == "\u{FFFD}"
      }.count
      let tally = bytes.withUnsafeBufferPointer { TextDecoding.scanUTF8($0, from: 0) }
      #expect(tally.invalid == replaced, "bytes \(bytes)")
    }
  }

  @Test func fewerThanOneValidInNineNonASCIISequencesMeansWindows1252() throws {
    // One accidental UTF-8 pair ("é" as two bytes) among nine Windows-1252 letters.
    let bytes = Array("é".utf8) + Array(repeating: [0xE9, 0x20], count: 9).flatMap { $0 } + [0x0A]
    let document = try DocumentLoader.parse(bytes: bytes, source: "mixed.txt")
    #expect(document.encoding == .windows1252)
    #expect(document.articles.map(\.title) == ["Ã©" + String(repeating: "é ", count: 8) + "é"])
  }

  @Test func oneValidInNineNonASCIISequencesStaysUTF8() throws {
    let bytes = Array("é".utf8) + Array(repeating: [0xE9, 0x20], count: 8).flatMap { $0 } + [0x0A]
    let document = try DocumentLoader.parse(bytes: bytes, source: "damaged.txt")
    #expect(document.encoding == .utf8)
    #expect(document.replacedSequences == 8)
    #expect(
      document.articles.map(\.title)
        == ["é" + String(repeating: "\u{FFFD} ", count: 7) + "\u{FFFD}"])
  }

  @Test func oneStrayNULInLongTextIsShownNotRefused() throws {
    let text = "Title\n\n" + String(repeating: "words and more words ", count: 10) + "\n"
    let bytes = Array("x\u{0}y ".utf8) + Array(text.utf8)
    let document = try DocumentLoader.parse(bytes: bytes, source: "stray.txt")
    #expect(document.articles.map(\.title) == ["x\u{0}y Title"])
  }

  @Test func aShortFileWithANULIsBinary() {
    #expect(throws: LoadError.binary(path: "short")) {
      try DocumentLoader.parse(bytes: Array("hello".utf8) + [0], source: "short")
    }
  }

  @Test func byteOrderMarksDoNotLetBinaryThrough() {
    let junk: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0]
    #expect(throws: LoadError.binary(path: "bom8")) {
      try DocumentLoader.parse(bytes: [0xEF, 0xBB, 0xBF] + junk, source: "bom8")
    }
    // UTF-16 with a byte order mark, holding U+0000 and other controls once converted.
    let units: [UInt8] = [0xFF, 0xFE] + junk.flatMap { [$0, 0] }
    #expect(throws: LoadError.binary(path: "bom16")) {
      try DocumentLoader.parse(bytes: units, source: "bom16")
    }
  }
}

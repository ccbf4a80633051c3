import Glibc
import ReaderScreen
import Testing

@Suite struct ColumnWidthTests {
  @Test func agreesWithGlibcWcwidthOnEveryCodePoint() throws {
    // The table must be what ncurses sees; compare with the C library itself.
    let previous = String(cString: setlocale(LC_ALL, nil))
    defer { _ = setlocale(LC_ALL, previous) }
    try #require(setlocale(LC_ALL, "C.UTF-8") != nil)
    // Glibc's Swift module leaves out `wcwidth` (it needs _XOPEN_SOURCE); look it up instead.
    let symbol = try #require(dlsym(nil, "wcwidth"))
    let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected = Int(wcwidth(wchar_t(value)))
      if columnWidth(of: scalar) != expected { mismatches.append(value) }
    }
    #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
  }

  @Test func knownWidths() {
    #expect(columnWidth(of: "a") == 1)
    #expect(columnWidth(of: "~") == 1)
    #expect(columnWidth(of: "漢") == 2)
    #expect(columnWidth(of: "字") == 2)
    #expect(columnWidth(of: "한") == 2)
    #expect(columnWidth(of: "📚") == 2)
    #expect(columnWidth(of: "\u{0301}") == 0)
    #expect(columnWidth(of: "\u{200D}") == 0)
    #expect(columnWidth(of: "\u{FE0F}") == 0)
    #expect(columnWidth(of: "\u{1B}") == -1)
    #expect(columnWidth(of: "\u{9B}") == -1)
    #expect(columnWidth(of: "\u{1F1FA}") == 1)
    #expect(columnWidth(of: "\u{FFFD}") == 1)
    #expect(columnWidth(of: "\u{10FFFF}") == -1)
  }
}

import Glibc
import ReaderScreen
import Testing

/// The real seed compilation, if this checkout sits where it can see `shared/seeds/`.
private func seedText() -> String? {
  var directory = String(#filePath)
  for _ in 0..<3 {
    guard let slash = directory.lastIndex(of: "/") else { return nil }
    directory = String(directory[..<slash])
  }
  for base in [directory + "/../shared/seeds", directory + "/../../shared/seeds"] {
    guard let file = fopen(base + "/000_358ab684c19e0137.txt", "rb") else { continue }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }
  return nil
}

@Suite struct SeedWrapTests {
  @Test(.enabled(if: seedText() != nil, "the seed compilation is not in ../shared/seeds"))
  func wrappingTheSeedLosesNothingButWhitespace() throws {
    let text = try #require(seedText())
    for width in [1, 7, 40, 80] {
      let lines = wrap([TextRun(text)], width: width)
      #expect(lines.allSatisfy { $0.width <= width })
      let shown = lines.flatMap { $0.cells.filter { $0.width > 0 && $0.text != " " } }
        .map(\.text).joined()
      let expected = String(
        String.UnicodeScalarView(
          text.unicodeScalars.filter { !$0.properties.isWhitespace || $0 == "\u{A0}" }))
      #expect(shown == expected, "width \(width)")
      // Every cell's offset points at the byte that starts what it shows.
      let bytes = Array(text.utf8)
      for line in lines {
        for (index, cell) in line.cells.enumerated() where cell.width > 0 && cell.text != " " {
          let offset = Int(line.sourceOffsets[index])
          #expect(Array(cell.text.utf8) == Array(bytes[offset..<offset + cell.text.utf8.count]))
        }
      }
    }
  }
}

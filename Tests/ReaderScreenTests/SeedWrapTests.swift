import ReaderScreen
import TestSupport
import Testing

/// The real seed compilation from `../shared/seeds/`, if it is there.
private func seedText() -> String? {
  SharedFixtures.seed.map { String(decoding: readFileBytes($0), as: UTF8.self) }
}

@Suite struct SeedWrapTests {
  @Test(
    .enabled(
      if: SharedFixtures.runs(needing: "seeds/" + SharedFixtures.seedName),
      "the seed compilation is not in ../shared/seeds"))
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

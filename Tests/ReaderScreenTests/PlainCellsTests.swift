import Testing

@testable import ReaderScreen

/// Plain ASCII skips the cell builder (`plainCells`, `isPlainASCII`): what comes out must be
/// what the builder makes, for every printable byte, and nothing else may take the shortcut.
@Suite struct PlainCellsTests {
  /// Every printable ASCII character, the space among them.
  private static let printable = String(
    String.UnicodeScalarView((0x20..<0x7F).map { Unicode.Scalar(UInt8($0)) }))

  @Test(arguments: [Role.text, .status, .title, .highlight])
  func printableASCIIMakesTheBuildersCells(role: Role) {
    let text = Self.printable
    #expect(isPlainASCII(text))
    #expect(plainCells(of: text, role: role, limit: .max) == builtCells(of: text, role: role))
    #expect(cells(of: text, role: role) == builtCells(of: text, role: role))
    #expect(displayWidth(of: text) == 95)
  }

  /// A tab, a control, DEL, a non-ASCII letter or a combining mark after ASCII sends the
  /// whole text through the builder.
  @Test(arguments: ["a\tb", "a\u{1B}[2J", "a\u{7F}", "café", "cafe\u{301}", "a\u{0}b", "\r\n"])
  func anythingElseTakesTheBuilder(text: String) {
    #expect(!isPlainASCII(text))
    #expect(plainCells(of: text, role: .text, limit: .max) == nil)
    #expect(cells(of: text, role: .text) == builtCells(of: text, role: .text))
  }

  /// `fit` cut by the shortcut as by the builder: `…` in the last column when the text is
  /// longer, the text whole when it fits.
  @Test func fitCutsPlainTextAsTheBuilderDoes() {
    let text = "Article 12/345"
    for width in 0...16 {
      let expected = fit(builtCells(of: text, role: .status), width: width)
      #expect(fit(text, width: width, role: .status) == (width > 0 ? expected : []), "\(width)")
    }
    #expect(shown(fit("Article 12/345", width: 8, role: .status)) == "Article…")
  }

  private func shown(_ cells: [Cell]) -> String { cells.map(\.text).joined() }
}

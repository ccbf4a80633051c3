import ReaderCore
import Testing

/// Export of text that tries to drive the terminal it is printed to.
@Suite struct HostileExportTests {
  /// Found by the parser fuzz target (Fuzz/corpus/parser/c1): the C1 controls went out raw,
  /// and a UTF-8 terminal takes U+009B as CSI and U+009D as OSC.
  @Test func jsonEscapesDELAndC1Controls() throws {
    let document = try DocumentLoader.parse(
      bytes: Array("t\u{9B}31m\u{9D}0;x\u{9C}\u{7F}\u{85}\u{A0}".utf8), source: "c1.txt")
    let json = JSONExporter.export(document)
    #expect(json.contains(#""title": "t\u009b31m\u009d0;x\u009c\u007f\u0085\#u{A0}","#))
    #expect(!json.unicodeScalars.contains { $0.value >= 0x7F && $0.value <= 0x9F })
  }

  @Test func jsonEscapesEveryC0ControlButKeepsTheLayoutsNewlines() throws {
    let document = try DocumentLoader.parse(
      bytes: Array("a\u{1B}]0;t\u{07}\u{1B}[2Jb\u{1}".utf8), source: "c0.txt")
    let json = JSONExporter.export(document)
    #expect(json.contains(#""title": "a\u001b]0;t\u0007\u001b[2Jb\u0001","#))
    #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }
}

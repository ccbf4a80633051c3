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

/// Markdown export of controls and of Markdown's own characters (issue 14, item 8).
@Suite struct MarkdownExportEscapingTests {
  private func markdown(_ paragraph: String) throws -> String {
    let document = try DocumentLoader.parse(
      bytes: Array("Title\n\nby Ann Lee.\n\nThe dek.\n\n\(paragraph)\n".utf8), source: "m.txt")
    let exported = MarkdownExporter.export(document)
    return String(exported.split(separator: "\n\n").last ?? "").trimmingSuffixNewline
  }

  /// ESC, BEL, a C1 control and a bidi override are written as the reading pane shows them;
  /// the `[` of `ESC[2J` is no link, so it is not escaped.
  @Test func controlsAreWrittenVisibly() throws {
    let text = try markdown(
      "Clear \u{1B}[2J, bell \u{07}, NEL \u{85}, CSI \u{9B}1m, \u{202E}gnp.exe.")
    #expect(text == "Clear ^[[2J, bell ^G, NEL <U+0085>, CSI <U+009B>1m, <U+202E>gnp.exe.")
  }

  @Test func onlyWhatMarkdownWouldReadAsMarkupIsEscaped() throws {
    #expect(
      try markdown("snake_case, a < b, 3 * 4, C:\\dir, x ~ y, [1] and R&D.")
        == "snake_case, a < b, 3 \\* 4, C:\\dir, x ~ y, [1] and R&D.")
    #expect(
      try markdown("a [link](x), <i>tag</i>, <https://x>, &amp; and ~~gone~~ and `code`.")
        == "a \\[link](x), \\<i>tag\\</i>, \\<https://x>, \\&amp; and \\~\\~gone\\~\\~ and \\`code\\`."
    )
    #expect(try markdown("_under_ and a\\*b") == "\\_under\\_ and a\\\\\\*b")
  }

  @Test(arguments: [
    ("# not a heading", "\\# not a heading"), ("> not a quote", "\\> not a quote"),
    ("<div> not html", "\\<div> not html"), ("[x]: not a definition", "\\[x]: not a definition"),
    ("=== not a rule", "\\=== not a rule"), ("| not | a table", "\\| not | a table"),
  ])
  func whatWouldStartABlockIsEscapedAtALinesStart(paragraph: String, expected: String) throws {
    #expect(try markdown(paragraph) == expected)
  }
}

extension MarkdownExportEscapingTests {
  /// A note is a paragraph of its own in the Markdown lists of your highlights; plain text
  /// would read these lines as list items, so they are tried here.
  @Test(arguments: [
    ("- not a list", "\\- not a list"), ("+ not a list", "\\+ not a list"),
    ("12. not a list", "12\\. not a list"), ("3) not a list", "3\\) not a list"),
  ])
  func aNoteThatLooksLikeAListStaysText(note: String, expected: String) {
    let record = AnnotationRecord(
      id: "1", article: 1, articleTitle: "T", author: nil, exact: "words", prefix: "",
      suffix: "", note: note, created: "2026-12-02T08:00:00Z", orphaned: nil, source: "t.txt")
    #expect(AnnotationExport.listMarkdown([record]).hasSuffix("> words\n\n" + expected + "\n"))
  }
}

extension String {
  fileprivate var trimmingSuffixNewline: String {
    hasSuffix("\n") ? String(dropLast()) : self
  }
}

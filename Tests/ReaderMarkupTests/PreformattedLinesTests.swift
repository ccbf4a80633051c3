import ReaderCore
import Testing

/// Code (fenced or indented Markdown, HTML `<pre>`) keeps its lines and their indentation:
/// each line a block set as written, never re-wrapped into one line.
@Suite struct PreformattedLinesTests {
  private static func lines(_ document: Document) -> [String] {
    document.blocks.indices.filter { document.blocks[$0].kind == .verse }.map {
      String(repeating: " ", count: Int(document.blocks[$0].indent))
        + document.text(of: document.blocks[$0])
    }
  }

  private static let code = ["if x:", "    return 1", "else:", "    return 2"]

  @Test func fencedAndIndentedCodeKeepLines() throws {
    let fenced =
      "## A\n\n*by Ann Lee*\n\nIntro.\n\n```\n" + Self.code.joined(separator: "\n")
      + "\n```\n"
    #expect(Self.lines(try load(fenced, as: "f.md")) == Self.code)
    let indented =
      "## A\n\n*by Ann Lee*\n\nIntro.\n\n"
      + Self.code.map { "    " + $0 }.joined(separator: "\n") + "\n"
    #expect(Self.lines(try load(indented, as: "i.md")) == Self.code)
  }

  @Test func preKeepsLines() throws {
    let page =
      "<article><h2>A</h2><p>by Ann Lee</p><p>Intro.</p><pre><code>"
      + Self.code.joined(separator: "\n") + "</code></pre></article>"
    #expect(Self.lines(try load(page, as: "p.html")) == Self.code)
  }

  /// A blank line inside code parts two runs of lines that start on their own source lines.
  @Test func aBlankLineInCodeKeepsTheLinesNumbers() throws {
    let markdown = "## A\n\n*by Ann Lee*\n\nIntro.\n\n```\none\ntwo\n\nfour\n```\n"
    let document = try load(markdown, as: "b.md")
    let verse = document.blocks.indices.filter { document.blocks[$0].kind == .verse }
    #expect(verse.map { document.text(of: document.blocks[$0]) } == ["one", "two", "four"])
    #expect(verse.map { document.blocks[$0].firstLine } == [8, 9, 11])
  }
}

import Foundation
import TestSupport
import Testing

/// `reader` on a Markdown file and on a saved web page: export works on both and gives the
/// same articles and highlights, and `]` jumps to the editor's bold in the reader.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct MarkupInputTests {
  @Test func exportWorksOnBothAndAgrees() throws {
    let scratch = try Scratch()
    try scratch.write(MarkupFixtures.markdown, to: "harbour.md")
    try scratch.write(MarkupFixtures.webPage, to: "harbour.html")
    // The same but for what names the file, the source's line numbers and the blocks' text,
    // where the fixtures differ on purpose (`'` against `&#8217;`, a hard break against `<br>`).
    var outputs: [ParsedJSON?] = []
    for name in ["harbour.md", "harbour.html"] {
      let path = scratch.directory.appendingPathComponent(name).path
      let result = try EndToEnd.run(["export", "--format", "json", path], in: scratch)
      #expect(result.status == 0, "\(result.errors)")
      #expect(result.output.contains(#""text": "less than a sandwich""#), "\(name)")
      #expect(result.output.contains(#""highlightCount": 4,"#), "\(name)")
      outputs.append(
        ParsedJSON.parse(result.output)?.removing(["source", "input", "lines", "blocks"]))
    }
    #expect(outputs[0] != nil)
    #expect(outputs[0] == outputs[1])
  }

  /// A Markdown file over 1 MiB opens on a prefix; the whole then takes its place, at the
  /// article the reader moved to, and holds every article.
  @Test func aLargeMarkdownFileOpensOnAPrefixThenHoldsEveryArticle() throws {
    let scratch = try Scratch()
    try scratch.write(LongMarkup.markdown, to: "long.md")
    let reader = try ReaderInTmux(["long.md"], width: 100, height: 30, scratch: scratch)
    reader.waitFor("Piece number 1")
    try reader.tmux.type("}}")
    reader.waitFor("Article 3/")
    reader.waitFor("Article 3/4800")
    reader.waitFor("Piece number 3")
    try reader.tmux.type("G")
    try reader.tmux.type("}")
    reader.waitFor("Article 4/4800")
    try reader.quitAndExpectRestored()
  }

  @Test(arguments: ["harbour.md", "harbour.html"])
  func bracketJumpsToAHighlight(name: String) throws {
    let scratch = try Scratch()
    try scratch.write(MarkupFixtures.markdown, to: "harbour.md")
    try scratch.write(MarkupFixtures.webPage, to: "harbour.html")
    let reader = try ReaderInTmux([name], width: 100, height: 30, scratch: scratch)
    reader.waitFor("Highlight –/4")
    try reader.tmux.type("]")
    reader.waitFor("Highlight 1/4")
    try reader.tmux.type("]]")
    reader.waitFor("Highlight 3/4")
    reader.waitFor("Return tickets cost less than a")
    try reader.quitAndExpectRestored()
  }
}

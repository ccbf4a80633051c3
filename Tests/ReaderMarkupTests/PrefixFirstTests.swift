import Foundation
import ReaderCore
import ReaderMarkup
import TestSupport
import Testing

/// A large Markdown file or web page shows a prefix first; the whole source then replaces it,
/// and the final document is exactly the one-shot parse's.
@Suite struct PrefixFirstTests {
  /// About 1.2 MB of Markdown: articles with bold, links, a fenced block holding blank lines
  /// (never a place to cut), and a link defined only at the very end, which the prefix cannot
  /// resolve but the whole must.
  static let markdown: String = {
    var parts = ["# A long compilation\n"]
    for number in 1...4800 {
      parts.append(
        """
        ## Piece number \(number)

        *by Ann Lee*

        The opening of piece \(number) has **bold phrase \(number)** and [a link][far] in it.

        ```
        code line one of \(number)

        code line two, after a blank line
        ```

        A closing paragraph of piece \(number), long enough to be body text, with é and 𝄞.

        """)
    }
    parts.append("[far]: https://example.org/far\n")
    return parts.joined(separator: "\n")
  }()

  static let webPage: String = {
    var parts = ["<!doctype html><html><head><title>Long — Site</title></head><body><article>"]
    parts.append("<h1>A long compilation</h1>")
    for number in 1...4800 {
      parts.append(
        """
        <h2>Piece number \(number)</h2><p>by Ann Lee</p>
        <p>The opening of piece \(number) has <b>bold phrase \(number)</b> and
        <a href="https://example.org/\(number)">a link</a> in it.</p>
        <p>A closing paragraph of piece \(number), long enough to be body text, é and 𝄞.</p>
        """)
    }
    parts.append("</article></body></html>")
    return parts.joined(separator: "\n")
  }()

  @Test(arguments: [("long.md", true), ("long.html", false)])
  func theWholeReplacesThePrefixAndEqualsTheOneShotParse(name: String, isMarkdown: Bool) throws {
    let text = isMarkdown ? Self.markdown : Self.webPage
    #expect(text.utf8.count > 1 << 20)
    let folder = try TemporaryFolder("prefix")
    let path = folder.path + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let indexer = try DocumentLoader.open(
      path: path, readers: MarkupReaders.all, prefixFirst: true)
    indexer.advance(untilArticles: 64, orBytes: 4 << 20)
    let first = indexer.snapshot()
    let oneShot = try DocumentLoader.load(path: path, readers: MarkupReaders.all)
    // The first frame comes from a prefix: a few hundred KB of the text, not all of it.
    #expect(indexer.generation == 0)
    #expect(indexer.totalBytes < oneShot.storage.count / 3)
    #expect(first.articles.count >= 64)
    #expect(first.title == "A long compilation")
    let whole = indexer.finish()
    #expect(indexer.generation == 1)
    #expect(JSONExporter.export(whole) == JSONExporter.export(oneShot))
    #expect(whole.articles.count == 4800)
    if isMarkdown {
      // Only the whole resolves the link defined at the end.
      #expect(first.links.count == 0)
      #expect(whole.links.count == 4800)
    }
  }

  @Test func aSmallFileIsRenderedWhole() throws {
    let folder = try TemporaryFolder("prefix")
    try MarkupFixtures.markdown.write(
      toFile: folder.file("small.md"), atomically: true, encoding: .utf8)
    let indexer = try DocumentLoader.open(
      path: folder.path + "/small.md", readers: MarkupReaders.all, prefixFirst: true)
    _ = indexer.finish()
    #expect(indexer.generation == 0)
  }

  /// Markdown is cut at a blank line past the minimum, never inside a fenced block or an HTML
  /// comment, and never before an indented line.
  @Test func markdownIsCutBetweenBlocks() {
    let text = "one\n\n```\na\n\nb\n```\n<!--\n\n-->\n\n    indented\n\nlast\n"
    let bytes = Array(text.utf8)
    let cut = bytes.withUnsafeBufferPointer { MarkdownReader().prefixEnd($0, atLeast: 6) }
    #expect(cut.map { String(decoding: bytes[$0...], as: UTF8.self) } == "last\n")
    let early = bytes.withUnsafeBufferPointer { MarkdownReader().prefixEnd($0, atLeast: 0) }
    #expect(early.map { String(decoding: bytes[$0...], as: UTF8.self) }?.hasPrefix("```") == true)
  }

  @Test func aWebPageIsCutAfterAParagraph() {
    let bytes = Array("<p>one</p><div><P>two</P></div><p>three</p>".utf8)
    let cut = bytes.withUnsafeBufferPointer { WebPageReader().prefixEnd($0, atLeast: 11) }
    #expect(cut.map { String(decoding: bytes[$0...], as: UTF8.self) } == "</div><p>three</p>")
  }
}

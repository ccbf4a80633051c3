import Foundation
import ReaderCore
import ReaderMarkup
import TestSupport
import Testing

/// A large Markdown file or web page shows a prefix first; the whole source then replaces it,
/// and the final document is exactly the one-shot parse's.
@Suite struct PrefixFirstTests {
  @Test(arguments: [("long.md", true), ("long.html", false)])
  func theWholeReplacesThePrefixAndEqualsTheOneShotParse(name: String, isMarkdown: Bool) throws {
    let text = isMarkdown ? LongMarkup.markdown : LongMarkup.webPage
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
    #expect(first.storage.count < oneShot.storage.count / 3)
    // Its progress is told against the whole source, not the prefix: the rest is still to come.
    #expect(indexer.totalBytes >= text.utf8.count)
    #expect(IndexSnapshot(indexer).percent < 50)
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

  /// The first frame reads and decodes only the start of the file: a character cut by the
  /// window's end is left whole to the rest (no replacement character of the cut's making),
  /// and damage past the window is found by the whole, which then counts it as a one-shot
  /// parse does.
  @Test func onlyTheStartIsDecodedForTheFirstFrame() throws {
    var bytes = Array(LongMarkup.markdown.utf8)
    // "é" across the window's end: its first byte the window's last.
    let window = 1 << 20
    var space = window - 64
    while bytes[space] != UInt8(ascii: " ") { space -= 1 }
    let letters = [UInt8](repeating: UInt8(ascii: "x"), count: window - 2 - space)
    bytes.insert(contentsOf: letters + Array("é".utf8), at: space + 1)
    #expect(bytes[window - 1] == 0xC3 && bytes[window] == 0xA9)
    bytes += Array("\n## The damaged end\n\n*by Ann Lee*\n\nA byte that is no UTF-8: ".utf8)
    bytes += [0xFF] + Array(" and the rest.\n".utf8)
    let folder = try TemporaryFolder("prefix")
    let path = folder.file("damaged.md")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let indexer = try DocumentLoader.open(
      path: path, readers: MarkupReaders.all, prefixFirst: true)
    indexer.advance(untilArticles: 64, orBytes: 4 << 20)
    let first = indexer.snapshot()
    #expect(indexer.generation == 0)
    #expect(first.encoding == .utf8 && first.replacedSequences == 0)
    let whole = indexer.finish()
    let oneShot = try DocumentLoader.load(path: path, readers: MarkupReaders.all)
    #expect(indexer.generation == 1)
    #expect(whole.replacedSequences == 1 && oneShot.replacedSequences == 1)
    #expect(JSONExporter.export(whole) == JSONExporter.export(oneShot))
    #expect(whole.articles.last?.title == "The damaged end")
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

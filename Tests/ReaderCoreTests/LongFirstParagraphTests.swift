import Foundation
import ReaderCore
import TestSupport
import Testing

/// A paragraph of megabytes where the first screen ends (a file that is one long line) is
/// read first only to a cut inside it; the whole text follows as a new generation, and the
/// final document is exactly the one-shot parse's.
@Suite struct LongFirstParagraphTests {
  /// About `bytes` of prose on one line, with a bold phrase every few words and punctuation
  /// from outside ASCII beside the marks.
  static func longLine(bytes: Int) -> String {
    let pieces = [
      "the keeper climbed", "**ninety steps**", "each night —", "“**a lamp**”,", "and then",
      "slept; the sea", "(**always the sea**)", "kept its own… counsel", "«**ebb**»", "and flow.",
    ]
    var line = ""
    var index = 0
    while line.utf8.count < bytes {
      line += pieces[index % pieces.count] + " "
      index += 1
    }
    return line
  }

  /// Opens `bytes` as a file and indexes what the reader's first frame asks for.
  static func openFirstScreen(_ bytes: [UInt8], in folder: TemporaryFolder) throws
    -> (indexer: DocumentIndexer, path: String)
  {
    let path = folder.file("long.txt")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let indexer = try DocumentLoader.open(path: path)
    // As `ReaderProgram.indexFirstScreen` does: more once an article has closed.
    indexer.advance(untilArticles: 64, orBytes: 64 << 10)
    if indexer.articleCount > 0 { indexer.advance(untilArticles: 64, orBytes: 192 << 10) }
    return (indexer, path)
  }

  @Test func aFileOfOneLongLineShowsAPrefixFirst() throws {
    let line = Self.longLine(bytes: 400 << 10)
    let text = "The Lighthouse Week\n\nby Ann Lee\n\n" + line + "\n\nA short closing paragraph.\n"
    let folder = try TemporaryFolder("long-line")
    let (indexer, path) = try Self.openFirstScreen(Array(text.utf8), in: folder)
    let first = indexer.snapshot()
    let oneShot = try DocumentLoader.load(path: path)
    // The first frame parsed the line only to a cut within 64 KB past its budget.
    #expect(indexer.generation == 0)
    #expect(indexer.indexedBytes <= (64 << 10) + DocumentIndexer.longParagraphSlack)
    #expect(indexer.indexedBytes > 64 << 10)
    let shown = try #require(first.blocks.last.map { first.text(of: $0) })
    let whole = try #require(oneShot.blocks.first { oneShot.text(of: $0).count > 300_000 })
    let wholeText = oneShot.text(of: whole)
    #expect(shown.count > 60_000 && shown.count < 140_000)
    // (A Bool of its own: a failure would otherwise print both texts.)
    let wholeContinuesShown = wholeText.hasPrefix(String(shown.prefix(50_000)))
    #expect(wholeContinuesShown)
    #expect(first.highlights.count > 1000)
    // The paragraph goes on: its article stays open, read so far.
    #expect(first.lastArticleIsOpen)
    let final = indexer.finish()
    #expect(indexer.generation == 1)
    #expect(JSONExporter.export(final) == JSONExporter.export(oneShot))
    #expect(
      final.articles.last.map { final.text(of: final.blocks[$0.blocks.last!]) }
        == "A short closing paragraph.")
  }

  /// A line with no title before it and no bold in it: the structure pass holds an untitled
  /// first paragraph until it sees what follows, and the prefix still shows it.
  @Test func anUntitledLineShowsInTheFirstFrame() throws {
    var line = ""
    while line.utf8.count < 400 << 10 { line += "the keeper climbed ninety steps each night. " }
    let folder = try TemporaryFolder("long-line")
    let (indexer, path) = try Self.openFirstScreen(Array((line + "\n").utf8), in: folder)
    let first = indexer.snapshot()
    #expect(indexer.generation == 0)
    #expect(first.articles.count == 1 && first.lastArticleIsOpen)
    #expect(!first.blocks.isEmpty)
    let final = indexer.finish()
    #expect(!final.lastArticleIsOpen)
    #expect(JSONExporter.export(final) == JSONExporter.export(try DocumentLoader.load(path: path)))
  }

  /// Short lines with no blank line between them make one paragraph too: the cut falls at a
  /// line end.
  @Test func aParagraphOfShortLinesIsCutAtALineEnd() throws {
    var text = "Notes without a blank line\n\n"
    var number = 0
    while text.utf8.count < 400 << 10 {
      text += "line \(number) of a **long** paragraph that never pauses for breath\n"
      number += 1
    }
    let folder = try TemporaryFolder("long-line")
    let (indexer, path) = try Self.openFirstScreen(Array(text.utf8), in: folder)
    #expect(indexer.generation == 0)
    #expect(indexer.indexedBytes <= (64 << 10) + DocumentIndexer.longParagraphSlack)
    let shown = indexer.snapshot()
    let last = try #require(shown.blocks.last.map { shown.text(of: $0) })
    #expect(last.hasSuffix("never pauses for breath"))
    let final = indexer.finish()
    #expect(indexer.generation == 1)
    #expect(JSONExporter.export(final) == JSONExporter.export(try DocumentLoader.load(path: path)))
  }

  /// Mostly invalid UTF-8 is Windows-1252, settled only at the end: the long line's prefix, the
  /// whole, then the converted whole, and that last is the one-shot parse's.
  @Test func aLongLineInWindows1252IsConvertedAfterTheWhole() throws {
    var bytes = Array("Cafe notes\n\n".utf8)
    // "café **né** " in Windows-1252.
    let word: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x2A, 0x2A, 0x6E, 0xE9, 0x2A, 0x2A, 0x20]
    var words = 0
    while bytes.count < 300 << 10 {
      bytes += word
      words += 1
    }
    bytes += Array("\n".utf8)
    let folder = try TemporaryFolder("long-line")
    let (indexer, path) = try Self.openFirstScreen(bytes, in: folder)
    #expect(indexer.generation == 0)
    let final = indexer.finish()
    #expect(indexer.generation == 2)
    #expect(final.encoding == .windows1252)
    #expect(JSONExporter.export(final) == JSONExporter.export(try DocumentLoader.load(path: path)))
    #expect(final.highlights.count == words)
  }

  /// Paragraphs of ordinary length are parsed as they always were: no prefix, no new
  /// generation.
  @Test func ordinaryParagraphsNeedNoPrefix() throws {
    var text = "A long compilation\n\n"
    while text.utf8.count < 2 << 20 { text += Self.longLine(bytes: 600) + "\n\n" }
    let folder = try TemporaryFolder("long-line")
    let (indexer, _) = try Self.openFirstScreen(Array(text.utf8), in: folder)
    _ = indexer.finish()
    #expect(indexer.generation == 0)
  }
}

import TestSupport
import Testing

@testable import ReaderCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Paragraphs that end without a blank line: text written a paragraph to a line, and a title
/// with its byline on the next line.
@Suite struct UnwrappedParagraphTests {
  private func paragraphs(_ text: String) -> [String] {
    let storage = TextStorage(copying: Array(text.utf8))
    var splitter = ParagraphSplitter(text: storage.bytes, start: 0)
    var result: [String] = []
    while let paragraph = splitter.next() { result.append(storage.string(paragraph.range)) }
    return result
  }

  /// A sentence of about `bytes` bytes, a paragraph written on one line.
  private func longLine(_ word: String, bytes: Int = 260) -> String {
    var line = "The \(word) went on"
    while line.utf8.count < bytes { line += " and on past the \(word) of the lake" }
    return line + "."
  }

  @Test func aFileWithoutBlankLinesReadsALineAParagraph() {
    let lines = [
      "The Quiet Ferry", "by Mira Hale [4-5-2024 published].", longLine("ferry"), "A short one.",
      "Another short one.", longLine("pier"),
    ]
    #expect(paragraphs(lines.joined(separator: "\n") + "\n") == lines)
    #expect(paragraphs(lines.joined(separator: "\r\n")) == lines)
  }

  @Test func withBlankLinesOnlyLongLinesEndParagraphsOnTheirOwn() {
    let text =
      "Wrapped text keeps\nits lines short.\n\n" + longLine("road") + "\nA line after it.\n"
      + "And one more.\n\nLast\nparagraph.\n"
    #expect(
      paragraphs(text) == [
        "Wrapped text keeps\nits lines short.", longLine("road"), "A line after it.\nAnd one more.",
        "Last\nparagraph.",
      ])
  }

  @Test func aTitleOverItsBylineIsTwoParagraphs() {
    #expect(
      paragraphs("The Harbour Wall Held\nby Ada Finch [3-4-2024 published].\n\nThe storm came.\n")
        == ["The Harbour Wall Held", "by Ada Finch [3-4-2024 published].", "The storm came."])
    // A byline wrapped over two lines.
    #expect(
      paragraphs("Salt\nBY SIR ROBERT BALL, PROFESSOR OF ASTRONOMY\nAT CAMBRIDGE\n\nText.\n")
        == ["Salt", "BY SIR ROBERT BALL, PROFESSOR OF ASTRONOMY\nAT CAMBRIDGE", "Text."])
  }

  @Test func proseAndContentsStayOneParagraph() {
    // Prose whose second line starts with "by": not a byline (more follows it).
    let prose = "He was struck\nby Lightning Jones\nas he crossed the field.\n"
    #expect(paragraphs(prose) == ["He was struck\nby Lightning Jones\nas he crossed the field."])
    // A lower-case word after "by" is no name.
    #expect(paragraphs("It was built\nby hand.\n") == ["It was built\nby hand."])
    // A table of contents indents each byline under its title.
    #expect(
      paragraphs("THE WILLOWS\n    BY ALGERNON BLACKWOOD\n")
        == ["THE WILLOWS\n    BY ALGERNON BLACKWOOD"])
  }

  @Test func theWholeDocumentFindsArticlesInAFileWithoutBlankLines() throws {
    let text = [
      "The Quiet Ferry", "by Mira Hale [4-5-2024 published].", longLine("ferry"),
      "**The ferry kept its hours** all winter.", "The Long Pier",
      "by Tom Ruiz [4-6-2024 published].",
      longLine("pier"),
    ].joined(separator: "\n")
    let document = try DocumentLoader.parse(bytes: Array(text.utf8), source: "ferry.txt")
    #expect(document.articles.map(\.title) == ["The Quiet Ferry", "The Long Pier"])
    #expect(document.articles.map(\.authors) == [["Mira Hale"], ["Tom Ruiz"]])
    #expect(document.highlights.count == 1)
  }

  /// A file on disk, read as indexing goes (`FileFill`) a slice at a time, comes out as the
  /// same bytes parsed at once: a large file without blank lines, in CRLF.
  @Test func aLargeFileWithoutBlankLinesReadsTheSameFromDisk() throws {
    var lines: [String] = []
    for number in 1...3_000 {
      lines += ["Piece \(number) Of The Coast", "by Ada Finch [3-4-2024 published]."]
      lines.append(longLine("coast \(number)") + " **A bold line \(number).**")
    }
    let text = lines.joined(separator: "\r\n") + "\r\n"
    let folder = try TemporaryFolder("unwrapped")
    let path = folder.file("coast.txt")
    let file = try #require(fopen(path, "wb"))
    _ = Array(text.utf8).withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
    let fromDisk = try DocumentLoader.load(path: path)
    let parsed = try DocumentLoader.parse(bytes: Array(text.utf8), source: path)
    #expect(fromDisk.articles.count == 3_000)
    #expect(fromDisk.articles.map(\.title) == parsed.articles.map(\.title))
    #expect(fromDisk.highlights.count == 3_000)
    #expect(fromDisk.blocks.count == parsed.blocks.count)
  }

  /// The file is read as far as the splitter will read, never less: to the end of the first
  /// long line, or of the line after one, when no blank line comes first.
  @Test func theFileIsReadToTheEndOfTheParagraphInProgress() {
    let long = longLine("mill")
    var bytes = Array(("first line\n" + long + "\nafter\n\nrest\n").utf8)
    let longEnd = "first line\n".utf8.count + long.utf8.count + 1
    bytes.withUnsafeMutableBufferPointer { text in
      var fromStart = ParagraphEndScan(start: 0)
      #expect(fromStart.run(text.baseAddress!, upTo: text.count) == longEnd)
      var fromLong = ParagraphEndScan(start: "first line\n".utf8.count)
      #expect(fromLong.run(text.baseAddress!, upTo: text.count) == longEnd + "after\n".utf8.count)
      // Cut inside the long line, it is measured from the cut: shorter than it is.
      var fromInside = ParagraphEndScan(start: longEnd - 50)
      #expect(
        fromInside.run(text.baseAddress!, upTo: text.count) == longEnd + "after\n\n".utf8.count)
    }
  }
}

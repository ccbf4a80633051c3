import Testing

@testable import ReaderCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

private func temporaryFile(_ bytes: [UInt8]) -> String {
  var template = Array("/tmp/reader-changing-XXXXXX".utf8CString)
  let directory = template.withUnsafeMutableBufferPointer {
    String(cString: mkdtemp($0.baseAddress!)!)
  }
  let path = directory + "/file.txt"
  writeFile(bytes, to: path)
  return path
}

private func writeFile(_ bytes: [UInt8], to path: String, truncating: Bool = true) {
  let descriptor = open(path, O_WRONLY | O_CREAT | (truncating ? O_TRUNC : 0), 0o644)
  precondition(descriptor >= 0, "open failed")
  _ = bytes.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count) }
  close(descriptor)
}

private func removeFile(_ path: String) {
  unlink(path)
  rmdir(String(path.prefix(upTo: path.lastIndex(of: "/")!)))
}

/// Articles enough that the first screen's indexing reads only the file's start (several MB).
private func ledgerCompilation(articles: Int, lineEnding: String = "\n") -> [UInt8] {
  let filler = String(repeating: "The harbour kept its ledgers in good order. ", count: 40)
  var text = ""
  for number in 1...articles {
    text += "Ledger \(number)\n\nby Mara Quill [3-14-2024 published].\n\n"
    text += "Entry **\(number)** begins. \(filler)\n\n\(filler)\n\n"
  }
  return Array(text.replacing("\n", with: lineEnding).utf8)
}

/// Issue 14 item 1: the file changes while it is open.
@Suite struct ChangingFileTests {
  @Test func truncatingTheFileWhileIndexingCannotReachTheDocument() throws {
    let bytes = ledgerCompilation(articles: 2000)
    let path = temporaryFile(bytes)
    defer { removeFile(path) }
    let indexer = try DocumentLoader.open(path: path)
    indexer.advance(untilArticles: 3, orBytes: 4 << 20)
    let early = indexer.snapshot()
    #expect(truncate(path, 0) == 0)
    let document = indexer.finish()
    // What was read before stays; the text ends where the file did.
    let closed = early.closedArticleCount
    #expect(closed == 3)
    #expect(
      document.articles.prefix(closed).map(\.title)
        == early.articles.prefix(closed).map(\.title))
    #expect(document.articles.count < 2000)
    #expect(document.storage.count == bytes.count)
    #expect(!document.storage.bytes.contains(0))
  }

  @Test func rewritingTheFileAfterIndexingLeavesTheDocumentAsItWas() throws {
    let bytes = ledgerCompilation(articles: 300)
    let path = temporaryFile(bytes)
    defer { removeFile(path) }
    let document = try DocumentLoader.load(path: path)
    writeFile(
      [UInt8](repeating: UInt8(ascii: "X"), count: bytes.count), to: path, truncating: false)
    #expect(Array(document.storage.bytes) == bytes)
    #expect(document.articles.count == 300)
  }

  @Test func fileReadAsIndexingGoesParsesAsTheSameBytesInMemory() throws {
    let longLine = String(repeating: "one long line without a break ", count: 100_000)
    let shapes: [[UInt8]] = [
      ledgerCompilation(articles: 700),
      ledgerCompilation(articles: 700, lineEnding: "\r\n"),
      ledgerCompilation(articles: 700, lineEnding: "\r"),
      Array("Title\n\nby Ann Lee\n\n\(longLine)\n\n\(longLine)\rTail\r\rEnd\n".utf8),
      Array(
        ("Title\n\nby Ann Lee\n\n" + String(repeating: " \n", count: 2_000_000) + "Last\n").utf8),
    ]
    for bytes in shapes {
      let path = temporaryFile(bytes)
      defer { removeFile(path) }
      let fromFile = try DocumentLoader.load(path: path)
      let fromMemory = try DocumentLoader.parse(bytes: bytes, source: path)
      #expect(fromFile.lineCount == fromMemory.lineCount)
      #expect(fromFile.blocks.count == fromMemory.blocks.count)
      #expect(fromFile.spans.map(\.range) == fromMemory.spans.map(\.range))
      #expect(fromFile.articles.map(\.title) == fromMemory.articles.map(\.title))
    }
  }

  @Test func stampTellsWhetherTheFileChanged() throws {
    let path = temporaryFile(Array("Title\n\nby Ann Lee\n\nText.\n".utf8))
    defer { removeFile(path) }
    let indexer = try DocumentLoader.open(path: path)
    let stamp = try #require(indexer.fileStamp)
    #expect(stamp == FileStamp(path: path))
    #expect(!stamp.differs(fromFileAt: path))
    writeFile(Array("More.\n".utf8), to: path, truncating: false)
    #expect(stamp.differs(fromFileAt: path))
    #expect(truncate(path, 0) == 0)
    #expect(stamp.differs(fromFileAt: path))
    unlink(path)
    #expect(stamp.differs(fromFileAt: path))
    #expect(FileStamp(path: path) == nil)
  }

  @Test func replacingTheFileByRenameChangesTheStamp() throws {
    let text = Array("Title\n\nby Ann Lee\n\nText.\n".utf8)
    let path = temporaryFile(text)
    defer { removeFile(path) }
    let stamp = try #require(FileStamp(path: path))
    let other = path + ".new"
    writeFile(text, to: other)
    #expect(rename(other, path) == 0)
    let replaced = try #require(FileStamp(path: path))
    #expect(replaced.inode != stamp.inode)
    #expect(stamp.differs(fromFileAt: path))
  }

  @Test func streamsHaveNoStamp() throws {
    let indexer = try DocumentLoader.open(path: "/dev/null")
    #expect(indexer.fileStamp == nil)
  }

  @Test func paragraphEndScanFindsTheEndOfTheParagraphAfterTheLimit() {
    var bytes = Array("ab\n\n  \ncd\r\nef\r\n \r\ngh".utf8)
    bytes.withUnsafeMutableBufferPointer { text in
      var fromStart = ParagraphEndScan(start: 0)
      #expect(fromStart.run(text.baseAddress!, upTo: text.count) == 4)
      var fromBlank = ParagraphEndScan(start: 3)
      #expect(fromBlank.run(text.baseAddress!, upTo: text.count) == 18)
      var cutAtCarriageReturn = ParagraphEndScan(start: 7)
      #expect(cutAtCarriageReturn.run(text.baseAddress!, upTo: 10) == nil)
      #expect(cutAtCarriageReturn.run(text.baseAddress!, upTo: text.count) == 18)
    }
  }
}

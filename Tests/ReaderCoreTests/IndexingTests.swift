import Testing

@testable import ReaderCore

/// A compilation of `count` articles, each with a byline, one bold phrase and a quotation.
func compilation(articles count: Int) -> String {
  var text = ""
  for number in 1...count {
    text += """
      Story number \(number)

      by Writer\(number % 3) Person [1-\(number % 28 + 1)-2024 published].

      The opening of story \(number) has **bold phrase \(number)** in it, and "a quoted line" too.

      A second paragraph of story \(number), long enough to be body text and not a dek line.


      """
  }
  return text
}

@Suite struct IndexingTests {
  private func indexer(_ text: String) throws -> DocumentIndexer {
    try DocumentIndexer(storage: TextStorage(copying: Array(text.utf8)), source: "test.txt")
  }

  @Test func snapshotsShowClosedArticlesWholeAndTheOpenOneSoFar() throws {
    let text = compilation(articles: 12)
    let whole = try parse(text)
    let indexer = try indexer(text)
    #expect(indexer.snapshot().articles.isEmpty)
    var seen: [Int] = []
    var sawOpen = false
    while !indexer.advance(bytes: 300) {
      let snapshot = indexer.snapshot()
      seen.append(snapshot.articles.count)
      let closed = snapshot.closedArticleCount
      // The closed articles are final: equal to the whole parse's prefix.
      #expect(Array(snapshot.articles.prefix(closed)) == Array(whole.articles.prefix(closed)))
      // The open one is the whole parse's article cut short: its blocks, highlights and quotes
      // are prefixes of the final ones, and every table ends where it does.
      if snapshot.lastArticleIsOpen, let open = snapshot.articles.last {
        sawOpen = true
        let final = whole.articles[open.number - 1]
        #expect(open.title == final.title && open.authors == final.authors)
        #expect(open.blocks.lowerBound == final.blocks.lowerBound)
        #expect(open.blocks.upperBound <= final.blocks.upperBound)
        #expect(open.highlights.lowerBound == final.highlights.lowerBound)
        #expect(open.highlights.upperBound <= final.highlights.upperBound)
        #expect(open.quotes.lowerBound == final.quotes.lowerBound)
        #expect(open.quotes.upperBound <= final.quotes.upperBound)
        #expect(snapshot.authors.entry(named: final.authors[0])?.articles.last == open.number - 1)
      }
      let blocks = snapshot.articles.last?.blocks.upperBound ?? 0
      #expect(snapshot.blocks.count == blocks)
      #expect(Array(snapshot.blocks) == Array(whole.blocks.prefix(blocks)))
      #expect(snapshot.highlights.count == snapshot.articles.last?.highlights.upperBound ?? 0)
      #expect(Array(snapshot.quotes) == Array(whole.quotes.prefix(snapshot.quotes.count)))
      #expect(
        snapshot.authors.entries.flatMap(\.articles).allSatisfy { $0 < snapshot.articles.count })
    }
    #expect(sawOpen)
    // The first article, open, and perhaps the one it closed on.
    #expect((seen.first ?? 0) <= 2)
    #expect(seen == seen.sorted())
    let done = indexer.snapshot()
    #expect(done.articles.count == 12)
    #expect(Array(done.articles) == Array(whole.articles))
    #expect(Array(done.spans) == Array(whole.spans))
    #expect(Array(done.quotes) == Array(whole.quotes))
    #expect(done.authors == whole.authors)
    #expect(done.lineCount == whole.lineCount)
  }

  @Test func firstScreenStopsAtTheArticleCount() throws {
    let indexer = try indexer(compilation(articles: 40))
    indexer.advance(untilArticles: 5, orBytes: 1 << 20)
    let snapshot = indexer.snapshot()
    #expect(snapshot.articles.count >= 5)
    #expect(snapshot.articles.count < 40)
    #expect(!indexer.isComplete)
    #expect(indexer.indexedBytes < indexer.totalBytes)
  }

  @Test func utf8CheckedInSlicesCountsLikeOneScan() throws {
    var bytes = Array(compilation(articles: 6).utf8)
    // A few damaged bytes among valid multi-byte text: stays UTF-8, with replacements.
    bytes.insert(contentsOf: Array("Ünïcödé ünïcödé".utf8), at: 40)
    bytes.insert(0xFF, at: 300)
    bytes.insert(contentsOf: [0xE2, 0x82], at: 700)
    let indexer = try DocumentIndexer(storage: TextStorage(copying: bytes), source: "t")
    while !indexer.advance(bytes: 7) {}
    let stepped = indexer.snapshot()
    let whole = try DocumentLoader.parse(bytes: bytes, source: "t")
    let scan = bytes.withUnsafeBufferPointer { TextDecoding.scanUTF8($0, from: 0) }
    #expect(scan.invalid == 2)
    #expect(stepped.encoding == .utf8)
    #expect(stepped.replacedSequences == 2)
    #expect(whole.replacedSequences == 2)
    #expect(Array(stepped.blocks) == Array(whole.blocks))
  }

  @Test func windows1252IsFoundAtTheEndAndParsedAgain() throws {
    var bytes = Array(compilation(articles: 3).utf8)
    bytes.append(contentsOf: Array("Caf".utf8) + [0xE9] + Array(" au lait\n".utf8))
    let indexer = try DocumentIndexer(storage: TextStorage(copying: bytes), source: "t")
    indexer.advance(bytes: 200)
    #expect(indexer.generation == 0)
    let document = indexer.finish()
    #expect(indexer.generation == 1)
    #expect(document.encoding == .windows1252)
    #expect(document.articles.count == 3)
    let last = document.blocks[document.articles[2].blocks.upperBound - 1]
    #expect(document.text(of: last) == "Café au lait")
  }

  @Test func binaryIsRefusedBeforeAnyParsing() throws {
    #expect(throws: LoadError.binary(path: "t")) {
      _ = try DocumentIndexer(storage: TextStorage(copying: [0x41, 0x00, 0x42]), source: "t")
    }
  }

  @Test func tablesKeepEveryRecordAcrossSegments() {
    let table = Table(0..<5000)
    #expect(table.count == 5000)
    #expect(Array(table) == Array(0..<5000))
    #expect(table[255] == 255 && table[256] == 256 && table[767] == 767 && table[768] == 768)
    #expect(Array(table[4990...]) == Array(4990..<5000))
  }

  @Test func authorKeysFoldCaseAndSpacesWithOrWithoutASCII() {
    #expect(AuthorIndex.key("  Ann \t LEE ") == "ann lee")
    #expect(AuthorIndex.key("Ann Lee") == AuthorIndex.key("ann  lee"))
    #expect(AuthorIndex.key("Zoë  ÜBER") == "zoë über")
    #expect(AuthorIndex.key("") == "")
  }

  @Test func lineEndsMixedAcrossTheCarriageReturnWindow() throws {
    // More than the splitter's 64 KiB window of CR look-ahead, many times, with LF, CRLF and lone CR lines.
    var plain = ""
    var mixed = ""
    let endings = ["\n", "\r\n", "\r"]
    for line in 0..<30_000 {
      let text = line % 7 == 6 ? "" : "Line \(line) of the text, with a few words after it."
      plain += text + "\n"
      // A lone CR before an empty LF-ended line would read as one CRLF: blank lines use CRLF.
      let ending = line / 9000 != 1 ? 0 : text.isEmpty ? 1 : line % 3
      mixed += text + endings[ending]
    }
    let expected = try parse(plain)
    let document = try parse(mixed)
    #expect(document.lineCount == expected.lineCount)
    #expect(document.blocks.count == expected.blocks.count)
    let sameLines =
      document.blocks.map(\.firstLine) == expected.blocks.map(\.firstLine)
      && document.blocks.map(\.lastLine) == expected.blocks.map(\.lastLine)
    #expect(sameLines)
    let sameText =
      document.blocks.map { document.text(of: $0) } == expected.blocks.map { expected.text(of: $0) }
    #expect(sameText)
  }
}

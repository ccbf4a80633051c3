import Testing

@testable import ReaderCore

/// Blocks and spans are stored packed (12 and 8 bytes), with the records that do not fit kept
/// whole beside them: every record reads back as it was appended, on both sides of each limit.
@Suite struct PackedTableTests {
  @Test func packedFormsKeepTheirSizes() {
    #expect(MemoryLayout<PackedBlock>.stride == 12)
    #expect(MemoryLayout<PackedSpan>.stride == 8)
  }

  /// Blocks just inside and just outside every limit of the packed form.
  static let blocks: [Block] = [
    Block(kind: .paragraph, spans: 0..<1, firstLine: 1, lastLine: 1),
    Block(kind: .title, spans: 0..<0, firstLine: 0, lastLine: 0),
    Block(kind: .verse, spans: 5..<132, firstLine: 7, lastLine: 7 + 4095, indent: 255),
    Block(kind: .verse, spans: 5..<133, firstLine: 7, lastLine: 9),
    Block(kind: .listItem, spans: 9..<10, firstLine: 7, lastLine: 7 + 4096),
    Block(kind: .listItem, spans: 9..<10, firstLine: 7, lastLine: 8, indent: 256),
    Block(kind: .speaker, spans: 3..<4, firstLine: 2, lastLine: 2, quote: 0),
    Block(kind: .speakerQuote, spans: 3..<4, firstLine: 2, lastLine: 3, quote: .max),
    Block(kind: .source, spans: 3..<4, firstLine: 9, lastLine: 8),
    Block(
      kind: .relatedLink, spans: Int(UInt32.max) - 2..<Int(UInt32.max), firstLine: .max,
      lastLine: .max),
    Block(kind: .byline, spans: 0..<2, firstLine: -5, lastLine: -1),
  ]

  @Test func everyBlockKindRoundTrips() {
    let all: [BlockKind] = [
      .title, .byline, .editorNote, .dek, .bio, .paragraph, .listItem, .speaker, .speakerQuote,
      .source, .relatedHeading, .relatedLink, .verse,
    ]
    let blocks = all.enumerated().map { index, kind in
      Block(kind: kind, spans: index..<index + 1, firstLine: Int32(index), lastLine: Int32(index))
    }
    #expect(Array(PackedTable(blocks)) == blocks)
    for block in blocks { #expect(block.packed != nil) }
  }

  @Test func blocksAtTheLimitsArePackedAndThoseBeyondAreKeptWhole() {
    let packedOnes = Self.blocks.map { $0.packed != nil }
    #expect(packedOnes == [true, true, true, false, false, false, false, false, false, true, true])
    let table = PackedTable(Self.blocks)
    #expect(table.count == Self.blocks.count)
    #expect(Array(table) == Self.blocks)
    #expect(table.whole.count == 6)
  }

  @Test func spansAtTheLimitsArePackedAndThoseBeyondAreKeptWhole() {
    let top = Document.maximumBytes
    let spans = [
      Span(range: 0..<0), Span(range: 0..<1), Span(range: top - 1..<top),
      Span(range: 0..<(1 << 31) - 1), Span(range: 0..<1 << 31), Span(range: 1..<top),
      Span(range: 3..<8, style: .highlight, highlight: 0),
      Span(range: 3..<8, style: .highlight, highlight: Span.maximumIndex),
      Span(range: 3..<8, link: 4), Span(range: 3..<8, style: .plain, highlight: 2),
      Span(range: 9..<12),
    ]
    #expect(
      spans.map { $0.packed != nil } == [
        true, true, true, true, false, false, false, false, false, false, true,
      ])
    let table = PackedTable(spans)
    #expect(Array(table) == spans)
    #expect(table.whole.count == 6)
  }

  @Test func aViewShowsTheRecordsAppendedBeforeIt() {
    let buffer = PackedTableBuffer<Block>()
    for block in Self.blocks.prefix(5) { buffer.append(block) }
    let early = buffer.view
    for block in Self.blocks.dropFirst(5) { buffer.append(block) }
    #expect(Array(early) == Array(Self.blocks.prefix(5)))
    #expect(Array(buffer.view(count: 8)) == Array(Self.blocks.prefix(8)))
    #expect(Array(buffer.view) == Self.blocks)
    #expect(buffer.last == Self.blocks.last)
  }

  @Test func manyRecordsAcrossSegmentsReadBackInOrder() {
    let spans = (0..<5000).map { index in
      index % 7 == 0
        ? Span(range: index..<index + 2, style: .highlight, highlight: Int32(index / 7))
        : Span(range: index..<index + 1)
    }
    let table = PackedTable(spans)
    #expect(Array(table) == spans)
    #expect(table.whole.count == 715)
  }

  @Test func aParsedDocumentReadsTheSameThroughItsPackedTables() throws {
    let text = """
      Title One
      by Ann Writer

      A first paragraph with **a highlight** in it.

          An indented line

      Speaker Name:
      "What was said."
      Source

      """
    let document = try DocumentLoader.parse(bytes: Array(text.utf8), source: "t")
    for index in document.blocks.indices {
      let block = document.blocks[index]
      #expect(block.spans.upperBound <= document.spans.count)
      #expect(block.firstLine <= block.lastLine)
    }
    #expect(document.highlights.count == 1)
    let highlight = document.highlights[0]
    #expect(document.text(of: document.spans[highlight.spans.lowerBound]) == "a highlight")
  }
}

import Testing

@testable import ReaderCore

/// `Span` and `Block` store offsets and indexes in 32 bits (12 and 24 bytes a record): what is
/// stored reads back the same at the edges of what they allow.
@Suite struct PackedRecordTests {
  @Test func recordsKeepTheirPackedSizes() {
    #expect(MemoryLayout<Span>.stride == 12)
    #expect(MemoryLayout<Block>.stride == 24)
  }

  @Test func spanRangesRoundTripUpToTheLargestOffset() {
    let top = Document.maximumBytes
    for range in [0..<0, 0..<1, 7..<7, top - 1..<top, top..<top, 0..<top, 1 << 31..<top] {
      #expect(Span(range: range).range == range)
      var changed = Span(range: 3..<5, style: .highlight, highlight: 9)
      changed.range = range
      #expect(changed.range == range)
      #expect(changed.style == .highlight && changed.highlight == 9)
    }
  }

  @Test func spanStylesAndIndexesRoundTripWithoutDisturbingEachOther() {
    for style in [SpanStyle.plain, .highlight, .link] {
      for index: Int32 in [-1, 0, 1, 1 << 20, Span.maximumIndex - 1, Span.maximumIndex] {
        var span = Span(range: 10..<20, style: style, highlight: index)
        #expect(span.style == style && span.highlight == index && span.range == 10..<20)
        span.style = .plain
        #expect(span.highlight == index)
        span.style = style
        span.highlight = -1
        #expect(span.style == style && span.highlight == -1)
      }
    }
    #expect(Span(range: 0..<4, link: Int(Span.maximumIndex)).link == Int(Span.maximumIndex))
    #expect(Span(range: 0..<4, link: 0).style == .link)
    #expect(Span(range: 0..<4, style: .highlight, highlight: 0).link == nil)
  }

  @Test func equalSpansAreEqualAndDifferingOnesAreNot() {
    let span = Span(range: 5..<9, style: .highlight, highlight: 2)
    #expect(span == Span(range: 5..<9, style: .highlight, highlight: 2))
    #expect(span != Span(range: 5..<9, style: .link, highlight: 2))
    #expect(span != Span(range: 5..<9, style: .highlight, highlight: 3))
    #expect(span != Span(range: 5..<10, style: .highlight, highlight: 2))
    #expect(Set([span, Span(range: 5..<9, style: .highlight, highlight: 2)]).count == 1)
  }

  @Test func blockFieldsRoundTripAtTheirEdges() {
    let top = Int(UInt32.max)
    for spans in [0..<0, 0..<1, top - 1..<top, top..<top, 0..<top, 1 << 31..<(1 << 31) + 3] {
      let block = Block(
        kind: .speakerQuote, spans: spans, firstLine: .max, lastLine: .max, indent: .max,
        quote: .max)
      #expect(block.spans == spans)
      #expect(block.kind == .speakerQuote && block.indent == .max && block.quote == .max)
      #expect(block.firstLine == .max && block.lastLine == .max)
    }
    var block = Block(kind: .verse, spans: 4..<6, firstLine: 1, lastLine: 2)
    block.spans = 4..<5
    #expect(block.spans == 4..<5 && block.kind == .verse && block.quote == -1)
  }
}

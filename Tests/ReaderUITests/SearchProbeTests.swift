import ReaderCore
import Testing

@testable import ReaderUI

/// The byte probe only skips blocks that cannot match: for every query, the matches found
/// through it equal those of setting and searching every block.
@Suite struct SearchProbeTests {
  private func everyBlock(_ document: Document, _ query: String, article: Int) -> [SearchMatch] {
    let search = TextSearch(query)
    var result: [SearchMatch] = []
    for block in document.articles[article].blocks {
      let text = BlockText.text(of: BlockText.pieces(of: block, article: article, in: document))
      for (ordinal, offset) in search.offsets(in: text).enumerated() {
        result.append(SearchMatch(article: article, block: block, offset: offset, ordinal: ordinal))
      }
    }
    return result
  }

  private func expectSameMatches(_ document: Document, _ queries: [String]) {
    for query in queries {
      let finder = MatchFinder(document: document, query: query)
      var total = 0
      for article in document.articles.indices {
        let expected = everyBlock(document, query, article: article)
        total += expected.count
        #expect(finder.matches(in: article) == expected, "query \(query), article \(article)")
      }
      #expect(total > 0, "query \(query) should match somewhere")
    }
  }

  private static let compilation = """
    First story here

    by Ann Lee and Bo Chen, river correspondents [3-1-2024 published].

    (Read these slowly. — ED)

    A short standfirst line.

    The **lan**tern was lit at dusk, and the keeper said "nothing moves at night" to us.

    Mayor Maria Gomez:

    We will open the line soon.

    Source

    Related

    Old bridges of the north [2-2-2023]

    Second story here

    by Kim Park [3-9-2024 published].

    A paragraph with Kelvin \u{212A} signs, a café, and a line
    broken in the middle of a sentence that goes on.

    """

  @Test func probedMatchesEqualEveryBlockSearched() throws {
    let document = try DocumentLoader.parse(bytes: Array(Self.compilation.utf8), source: "t")
    #expect(document.articles.count == 2)
    expectSameMatches(
      document,
      [
        "lantern", "LANTERN", "ntern", "keeper said", "by", "and", "2024-03", "2024", "—",
        "Gomez — Mayor", "•", "• Old", "Chen,", "n,", "·", "03-01", "bridges", "ED", "— ED", "k",
        "kelvin", "café", "CAFÉ",
        "a line broken", "moves at night", "Ann Lee and Bo", "correspondents ·", "e",
      ])
  }

  @Test func probedMatchesOnTheSample() {
    let document = Document.sample()
    var queries: [String] = []
    for article in document.articles.indices {
      let blocks = document.articles[article].blocks
      let block = blocks.lowerBound + blocks.count / 2
      let text = BlockText.text(of: BlockText.pieces(of: block, article: article, in: document))
      let words = text.split(separator: " ")
      if let word = words.first(where: { $0.count > 3 }) { queries.append(String(word)) }
      if words.count > 2 { queries.append(words[1] + " " + words[2]) }
    }
    #expect(queries.count > 3)
    expectSameMatches(document, queries)
  }

  /// The scanner, which keeps its `memchr` streams between calls, finds every place a
  /// pattern starts, as checking each position one by one does.
  @Test func scannerFindsWhatCheckingEveryPositionFinds() {
    let texts = [
      "zeta Zeta zEta zebra ZZZ zeta", "no match at all here",
      "ZETA" + String(repeating: " z", count: 50),
      String(repeating: "ze", count: 40) + "zeta", "zeta",
    ]
    for query in ["zeta", "z", "ZE", "eta"] {
      let probe = ByteProbe(query)
      for text in texts {
        let bytes = Array(text.utf8)
        var expected: [Int] = []
        for start in bytes.indices {
          let found = probe.patterns.contains { pattern in
            start + pattern.bytes.count <= bytes.count
              && pattern.bytes.indices.allSatisfy { index in
                let byte = bytes[start + index]
                let wanted = pattern.bytes[index]
                let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                return byte == wanted || (pattern.foldsASCII && lower == wanted)
              }
          }
          if found { expected.append(start) }
        }
        let got = bytes.withUnsafeBufferPointer { buffer in
          var scanner = ByteProbe.Scanner(probe, text: buffer, end: buffer.count)
          var hits: [Int] = []
          var from = 0
          while let hit = scanner.first(from: from) {
            hits.append(hit)
            from = hit + 1
          }
          return hits
        }
        #expect(got == expected, "query \(query) in \(text)")
      }
    }
  }

  @Test func probeChoosesTheLongestSafeRun() {
    #expect(ByteProbe("the lantern").patterns.map(\.bytes) == [Array("lantern".utf8)])
    #expect(ByteProbe("Kelvin").patterns.map(\.bytes) == [Array("elvin".utf8)])
    #expect(ByteProbe("кот").patterns.count == 2)
    #expect(ByteProbe("2024").madeUp == [.bylines, .links])
    #expect(ByteProbe("Lee,").madeUp == .bylines)
    #expect(ByteProbe("435,786").madeUp == [])
    #expect(ByteProbe("— Mayor").madeUp == [])
    #expect(ByteProbe("—").madeUp == .speakers)
    #expect(ByteProbe("lantern").madeUp == [])
  }
}

import Foundation
import ReaderCore
import Testing

@testable import ReaderStore

@Suite struct AnchoringTests {
  static let original = """
    First article

    by Ann Writer

    The opening paragraph says little.

    The paragraph we were reading when we closed the file, which is long enough to quote.

    Second article

    by Bo Author

    Repeated words. Repeated words.

    The end of it.
    """

  func parse(_ text: String) throws -> Document {
    try DocumentLoader.parse(bytes: Array(text.utf8), source: "t.txt")
  }

  func block(_ document: Document, startingWith start: String) -> Int {
    document.blocks.indices.first { document.text(of: document.blocks[$0]).hasPrefix(start) }!
  }

  @Test func fingerprintIgnoresWhitespaceLayoutAndAByteOrderMark() {
    let plain = Fingerprint(of: Array("a b\n\nc".utf8))
    #expect(Fingerprint(of: Array("\u{FEFF}  a  b\r\n\r\n c \n".utf8)) == plain)
    #expect(Fingerprint(of: Array("a bc".utf8)) != plain)
    // FNV-1a 64 of "a" (the published test vector).
    #expect(Fingerprint(of: Array("a".utf8)).description == "af63dc4c8601ec8c")
    #expect(Fingerprint("af63dc4c8601ec8c") == Fingerprint(value: 0xaf63_dc4c_8601_ec8c))
  }

  @Test func aQuoteIsFoundAgainAfterAnEditAboveIt() throws {
    let before = try parse(Self.original)
    let anchor = QuoteAnchor(
      document: before, article: 0, block: block(before, startingWith: "The paragraph we"))
    #expect(anchor.quote.exact == "The paragraph we were reading wh")
    #expect(anchor.quote.prefix == " opening paragraph says little.\n")
    let edited = try parse(
      Self.original.replacingOccurrences(
        of: "The opening paragraph says little.",
        with: "A new paragraph.\n\nThe opening paragraph now says rather more than before."))
    let found = try #require(anchor.find(in: edited))
    #expect(found.article == 0)
    #expect(found.block == block(edited, startingWith: "The paragraph we"))
    #expect(found.range == 0..<32)
  }

  @Test func prefixAndSuffixTellRepeatsApart() throws {
    let document = try parse(Self.original)
    let text = ArticleText(document, article: 1)
    let second = text.scalars.count - "Repeated words.\nThe end of it.".unicodeScalars.count
    let quote = text.quote(of: second..<second + 15)
    #expect(quote.exact == "Repeated words.")
    #expect(text.find(quote)?.range == second..<second + 15)
  }

  @Test func aQuoteMovedToAnotherArticleIsFoundThere() throws {
    let before = try parse(Self.original)
    let anchor = QuoteAnchor(
      document: before, article: 1, block: block(before, startingWith: "The end"))
    let after = try parse(
      Self.original.replacingOccurrences(of: "\n\nThe end of it.", with: "")
        .replacingOccurrences(of: "says little.", with: "says little.\n\nThe end of it."))
    let found = try #require(anchor.find(in: after))
    #expect(found.article == 0)
    #expect(found.block == block(after, startingWith: "The end"))
  }

  @Test func aQuoteIsFoundInTextRewrappedWithOtherLineBreaks() throws {
    let before = try parse(Self.original)
    let anchor = QuoteAnchor(
      document: before, article: 0, block: block(before, startingWith: "The paragraph we"))
    let after = try parse(
      Self.original.replacingOccurrences(
        of: "The paragraph we were reading", with: "The\r\nparagraph we\nwere reading"))
    let found = try #require(anchor.find(in: after))
    #expect(found.block == block(after, startingWith: "The paragraph we"))
  }

  @Test func aQuoteWhoseTextIsGoneIsNotFound() throws {
    let before = try parse(Self.original)
    let anchor = QuoteAnchor(
      document: before, article: 0, block: block(before, startingWith: "The paragraph we"))
    let after = try parse(
      Self.original.replacingOccurrences(of: "The paragraph we were", with: "Some other words"))
    #expect(anchor.find(in: after) == nil)
  }
}

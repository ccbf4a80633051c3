import ReaderCore
import Testing

/// A block quote's source written outside its paragraphs: a `<figcaption>` under a quote
/// that is a figure, and WordPress's `<cite>` at the end of its quote block.
@Suite struct QuoteSignatureTests {
  private static func quotes(_ inner: String) throws -> [Quote] {
    let page =
      "<article><h2>Voices</h2><p>by Ann Lee</p><p>Opening words.</p>\(inner)"
      + "<p>Closing words.</p></article>"
    let document = try load(page, as: "quotes.html")
    return (0..<document.quotes.count).map { document.quotes[$0] }
  }

  @Test func aFigureCaptionSignsItsQuote() throws {
    let found = try Self.quotes(
      "<figure><blockquote><p>Salt is the oldest road we have here.</p></blockquote>"
        + "<figcaption>— Mira Holt</figcaption></figure>")
    #expect(found.map(\.speaker) == ["Mira Holt"])
  }

  @Test func aCiteInTheQuoteSignsIt() throws {
    let found = try Self.quotes(
      "<blockquote class=\"wp-block-quote\"><p>We fish as our parents fished before us.</p>"
        + "<cite>Tomas Reed</cite></blockquote>"
        + "<figure class=\"wp-block-pullquote\"><blockquote><p>Every harbour keeps its own"
        + " <strong>weather</strong>.</p><cite>— Ilse Varga</cite></blockquote></figure>")
    #expect(found.map(\.speaker) == ["Tomas Reed", "Ilse Varga"])
  }
}

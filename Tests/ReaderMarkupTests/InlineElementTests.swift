import ReaderCore
import Testing

/// Only block elements break a web page's paragraph: every other element, known or not,
/// stays inline; `<q>` is drawn with its quotation marks.
@Suite struct InlineElementTests {
  private static func paragraph(_ inner: String) throws -> [String] {
    let page = "<article><h2>A title</h2><p>by Ann Lee</p><p>Intro.</p><p>\(inner)</p></article>"
    return try load(page, as: "inline.html").blockTexts(ofArticle: 1)
  }

  /// Elements the reader knew nothing of split the paragraph (`<ruby>`, `<acronym>`, …), and
  /// those it did still must not; a block element still breaks.
  @Test func onlyBlockElementsBreak() throws {
    let inline = [
      "ruby", "rt", "rp", "acronym", "output", "blink", "bdi", "bdo", "data", "time", "mark",
      "small", "span", "abbr", "cite", "dfn", "kbd", "samp", "var", "sub", "sup", "u", "s", "del",
      "ins", "font", "big", "tt", "nobr", "label", "madeup-element",
    ]
    for tag in inline {
      let texts = try Self.paragraph("Before <\(tag)>inside</\(tag)> after.")
      #expect(texts.last == "Before inside after.", "\(tag)")
    }
    let page = "<article><h2>A</h2><p>by Ann Lee</p><div>One<div>Two</div>Three</div></article>"
    #expect(
      try load(page, as: "b.html").blockTexts(ofArticle: 1).suffix(3) == ["One", "Two", "Three"])
  }

  @Test func rubyReadsAsOneLine() throws {
    let texts = try Self.paragraph("Ruby <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> done.")
    #expect(texts.last == "Ruby 漢(kan) done.")
  }

  @Test func inlineQuotationsHaveTheirMarks() throws {
    let texts = try Self.paragraph("She said <q>words <q>within</q> words</q> today.")
    #expect(texts.last == "She said \u{201C}words \u{2018}within\u{2019} words\u{201D} today.")
  }

  /// Markdown's inline `<q>` gets the same marks as a web page's: cmark hands the tags over one
  /// at a time, and the words alone lost that they were quoted.
  @Test func markdownInlineQuotationsHaveTheirMarks() throws {
    let source = "She said <q>words <q>within</q> words</q> today.\n"
    let document = try load(source, as: "inline.md")
    #expect(
      document.blockTexts.last
        == "She said \u{201C}words \u{2018}within\u{2019} words\u{201D} today.")
  }
}

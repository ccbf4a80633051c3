import ReaderCore
import Testing

/// A web page's editor writes bold as runs: Medium cuts one phrase into several `<strong>`s
/// (`<strong>a</strong><strong> b</strong>`) and bolds a stray full stop after a phrase. One
/// phrase is one highlight; bold punctuation alone is none, and its text stays.
@Suite struct BoldRunTests {
  private static func read(_ paragraph: String) throws -> Document {
    let page = """
      <html><body><article><h2>Queues</h2><p>by Lars Pike</p>\(paragraph)</article></body></html>
      """
    return try load(page, as: "runs.html")
  }

  @Test func adjacentRunsAreOneHighlight() throws {
    let document = try Self.read(
      "<p>A queue is <strong>a line</strong><strong> that waits</strong> and "
        + "<b>a list</b> <b>that moves</b>, not <b>one</b>, <b>two</b>.</p>")
    #expect(document.highlightTexts == ["a line that waits", "a list that moves", "one", "two"])
    #expect(
      document.blockTexts.last
        == "A queue is a line that waits and a list that moves, not one, two.")
  }

  @Test func boldPunctuationAloneIsNoHighlight() throws {
    let document = try Self.read(
      "<p>Queues <strong>form early</strong> here<strong>.</strong> Then <b>“</b>wait<b>”</b>.</p>")
    #expect(document.highlightTexts == ["form early"])
    #expect(document.blockTexts.last == "Queues form early here. Then “wait”.")
  }

  /// Markdown's strong runs are CommonMark's: two in a row stay two.
  @Test func markdownRunsStayApart() throws {
    let document = try load("Queues **form** **early**.\n", as: "runs.md")
    #expect(document.highlightTexts == ["form", "early"])
  }
}

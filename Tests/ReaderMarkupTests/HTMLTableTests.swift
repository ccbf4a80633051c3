import ReaderCore
import Testing

/// A web page's table of data reads row by row, as a Markdown table does: its cells apart by
/// a bar, bold and links kept. A table that lays out a page (paragraphs in its cells) keeps
/// its paragraphs.
@Suite struct HTMLTableTests {
  private static func page(_ body: String) -> String {
    "<!doctype html><html><body><article><h2>Harbour figures</h2><p>by Ann Lee</p>"
      + "<p>The boats came in late again this week, as they often do.</p>\(body)</article></body></html>"
  }

  @Test func aTableOfDataIsReadRowByRow() throws {
    let document = try load(
      Self.page(
        "<table><caption>Arrivals</caption><thead><tr><th>Boat</th><th>Time</th></tr></thead>"
          + "<tbody><tr><td><b>Maria</b></td><td>06:10</td></tr>"
          + "<tr><td><a href=\"https://e.org/n\">Nordlys</a></td><td>07:45</td></tr></tbody>"
          + "</table><p>After the table.</p>"), as: "t.html")
    let texts = document.blockTexts(ofArticle: 1)
    #expect(
      Array(texts.suffix(5)) == [
        "Arrivals", "Boat │ Time", "Maria │ 06:10", "Nordlys │ 07:45", "After the table.",
      ])
    #expect(document.highlightTexts == ["Maria"])
    #expect(document.linkTexts == ["Nordlys → https://e.org/n"])
  }

  @Test func aTableThatLaysOutThePageKeepsItsParagraphs() throws {
    let document = try load(
      Self.page(
        "<table><tr><td><p>A first laid out paragraph.</p><p>And a second.</p></td></tr></table>"),
      as: "t.html")
    #expect(
      Array(document.blockTexts(ofArticle: 1).suffix(2)) == [
        "A first laid out paragraph.", "And a second.",
      ])
  }
}

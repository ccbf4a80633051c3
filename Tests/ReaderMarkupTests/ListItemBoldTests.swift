import ReaderCore
import Testing

/// Bold or a link that opens a web page's list item begins after the item's marker: the
/// bullet or number is the list's, not the editor's words.
@Suite struct ListItemBoldTests {
  @Test func boldAndLinksAtAnItemsStartLeaveItsMarkerOut() throws {
    let document = try load(
      "<html><body><article><h2>A title</h2><p>by Ann Lee</p>"
        + "<p>An opening paragraph long enough to be the body of the piece.</p>"
        + "<ul><li><b>first</b> item</li><li><a href=\"https://e.org/l\">linked</a> item</li></ul>"
        + "<ol start=\"2\"><li><strong>numbered</strong> item</li></ol></article></body></html>",
      as: "l.html")
    #expect(document.highlightTexts == ["first", "numbered"])
    #expect(document.linkTexts == ["linked → https://e.org/l"])
    #expect(
      Array(document.blockTexts.suffix(3)) == ["• first item", "• linked item", "2. numbered item"])
  }
}

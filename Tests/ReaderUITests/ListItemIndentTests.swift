import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// A list item's wrapped lines hang under its text after the marker; a later paragraph of the
/// same item has no marker, and its wrapped lines stay under its own first line.
@Suite struct ListItemIndentTests {
  @Test(arguments: [
    ("• Tides", 2), ("- Tides", 2), ("12. Tides", 4), ("b) Tides", 3), ("☐ Fix the gate", 2),
    ("3. ☑ Paint the hull", 5), ("Extraordinarily-hyphenated words", 0), ("Tides.", 0),
    ("2025. A year", 0),
  ])
  func theMarkerIsMeasured(text: String, columns: Int) {
    #expect(ArticleLines.listMarkerColumns(text) == columns)
  }

  @Test func aLaterParagraphOfAnItemWrapsUnderItself() throws {
    var builder = DocumentBuilder()
    builder.article("Lists", by: ["Ann Lee"])
    builder.block(.listItem, [.plain("• First item, long enough to wrap onto a second line here")])
    builder.block(
      .listItem,
      [.plain("Extraordinarily-hyphenated-opening words of the item's second paragraph")])
    let screen = try frame(builder.build(), 80, 14)
    let pane = (0..<14).map { screen.row($0) }.compactMap { row -> String? in
      guard let bar = row.firstIndex(of: "│") else { return nil }
      return String(row[row.index(after: bar)...].prefix(while: { $0 != "│" }))
    }
    let item = try #require(pane.firstIndex { $0.contains("• First item") })
    #expect(pane[item + 1].hasPrefix("   ") && !pane[item + 1].hasPrefix("    "))
    let later = try #require(pane.firstIndex { $0.contains("Extraordinarily") })
    let indent = pane[later].prefix(while: { $0 == " " }).count
    #expect(pane[later + 1].prefix(while: { $0 == " " }).count == indent, "\(pane)")
  }
}

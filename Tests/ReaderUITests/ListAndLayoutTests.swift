import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// The article list gives the date a column of its own, and wide terminals give their spare
/// columns to the list and the sidebar rather than to empty space beside the text.
@Suite struct ListAndLayoutTests {
  @Test func theDateKeepsItsColumnAndTheNameIsCut() throws {
    let screen = try frame(.sample(), 80, 24, options: sampleOptions)
    #expect(
      screen.styledText(marking: [.muted]).split(separator: "\n")[2...6] == [
        "    Odile Fe… 2024-04-12│",
        "⟦mu:  2 ⟧Voices from the pla…│ Editor's note — MHB",
        "    ⟦mu:Tomasz W… 2024-04-15⟧│   I’ve gathered five pieces in this post because",
        "⟦mu:  3 ⟧Bicycles on board, …│   together they tell the whole story of the Saltmarsh",
        "    ⟦mu:Mirela O… 2024-04-19⟧│   Line’s first spring back in service: the reopening",
      ])
  }

  @Test func anArticleWithoutADateGivesTheNameTheRow() throws {
    var builder = DocumentBuilder()
    builder.article("Undated", by: ["Ann Lee-Hargreaves Montgomery"])
    let screen = try frame(builder.build(), 80, 6)
    #expect(screen.row(2) == "    Ann Lee-Hargreaves …│")
  }

  /// Past the text's measure (100 columns and its margins) the list and the sidebar grow.
  @Test(arguments: [
    (80, 0..<24, 25..<80, nil as Range<Int>?),
    (160, 0..<34, 35..<119, 120..<160),
    (200, 0..<45, 46..<148, 149..<200),
    (300, 0..<95, 96..<198, 199..<300),
  ])
  func wideTerminalsGrowTheListAndTheSidebar(
    width: Int, list: Range<Int>, reading: Range<Int>, sidebar: Range<Int>?
  ) {
    let layout = Layout(width: width, height: 60)
    #expect(layout.list == list)
    #expect(layout.reading == reading)
    #expect(layout.sidebar == sidebar)
    #expect(layout.textWidth == min(100, reading.count - 2))
  }

  @Test func aNarrowerReadingWidthGivesMoreToTheOthers() {
    let layout = Layout(width: 200, height: 60, readingWidth: 70)
    #expect(layout.list == 0..<60)
    #expect(layout.reading == 61..<133)
    #expect(layout.sidebar == 134..<200)
    #expect(Layout(width: 200, height: 60, sidebarChoice: false).list == 0..<97)
  }

  @Test func theFrameAt200x60UsesTheColumns() throws {
    let screen = try frame(.sample(), 200, 60, options: sampleOptions)
    #expect(
      screen.row(1)
        == "▸ 1 The Saltmarsh Line is running again      │ by Odile Ferrant ·\u{00A0}2024-04-12"
        + String(repeating: " ", count: 72)
        + "│▸ Greta Lindqvist — We never stopped thinking of i…")
    #expect(
      screen.row(2)
        == "    Odile Ferrant                  2024-04-12│" + String(repeating: " ", count: 102)
        + "│  Samuel Okafor — this is the best kind of slow pr…")
  }

  /// Under Related, dates are written as everywhere else (`2024-03-15`), dimmed.
  @Test func relatedDatesAreISODates() throws {
    let text = """
      Harbour notes

      by Mara Quill [3-14-2024 published].

      The ferry was late.

      Related

      Tides and times [3-15-2024]

      """
    let document = try parsed(text)
    let screen = try frame(document, 80, 12, options: sampleOptions)
    let rows = screen.styledText(marking: [.link, .muted]).split(separator: "\n")
    #expect(rows.contains { $0.hasSuffix("│ ⟦ln:• Tides and times⟧⟦mu: ·\u{00A0}2024-03-15⟧") })
  }
}

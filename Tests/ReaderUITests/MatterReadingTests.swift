import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// Front and back matter selected in the list and read in the reading pane, without counting
/// as articles.
@Suite struct MatterReadingTests {
  static let text = """
    The Project Gutenberg eBook of Three Lighthouse Keepers

    Title: Three Lighthouse Keepers
    Compiler: Ida Penrose

    *** START OF THE PROJECT GUTENBERG EBOOK THREE LIGHTHOUSE KEEPERS ***



    CONTENTS

      The Lamp Room
      Fog Signals



    THE LAMP ROOM

    BY WALTER GRISE

    The lamp room was the warmest place on the rock, and the keeper spent
    his nights there with a kettle and a logbook, writing down the ships he
    saw and the ones he only heard, which were more numerous in November
    than any almanac would have led a landsman to suppose at all.



    FOG SIGNALS

    BY AGNES TULLY

    When the fog came down the horn sounded every thirty seconds, and the
    keeper's wife learned to sleep between the blasts as sailors learn to
    sleep between waves, lightly and without complaint, until the morning
    sun burned the grey away and the rock stood clear of it once more.

    *** END OF THE PROJECT GUTENBERG EBOOK THREE LIGHTHOUSE KEEPERS ***

    Copying this book is permitted under the terms
    of the Lantern Press licence, found with it.

    The Press makes no warranty of any kind.

    """

  func document() throws -> Document {
    try DocumentLoader.parse(bytes: Array(Self.text.utf8), source: "keepers.txt")
  }

  func rows(_ screen: Screen) -> [String] {
    screen.styledText(marking: [.muted, .selection, .inactiveSelection, .statusAccent])
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  static let list = [
    "   Three Lighthouse Kee…", "    front matter · line…", "  1 THE LAMP ROOM       ",
    "    Walter Grise        ", "  2 FOG SIGNALS         ", "    Agnes Tully         ",
    "   END OF THE PROJECT G…", "    back matter · lines…",
  ]

  @Test func theFrontMatterIsSelectedInTheListAndReadWithEnter() throws {
    let document = try document()
    let selected = rows(try frame(document, 80, 12, keys: "<S-Tab>k"))
    #expect(
      selected.prefix(3) == [
        " Articles (2)           │⟦mu: 1. THE LAMP ROOM                                      ⟧",
        "⟦sel:   Three Lighthouse Kee…⟧│ by Walter Grise",
        "⟦sel:    front matter · line…⟧│",
      ])
    let read = rows(try frame(document, 80, 12, keys: "<S-Tab>k<Enter>"))
    #expect(
      read == [
        "⟦mu: Articles (2)           ⟧│ ⟦mu:Front matter · Three Lighthouse Keepers⟧",
        "⟦isel:▸  Three Lighthouse Kee…⟧│ The Project Gutenberg eBook of Three Lighthouse",
        "⟦isel:    front matter · line…⟧│ Keepers",
        "⟦mu:  1 ⟧THE LAMP ROOM       │",
        "    ⟦mu:Walter Grise⟧        │ Title: Three Lighthouse Keepers",
        "⟦mu:  2 ⟧FOG SIGNALS         │ Compiler: Ida Penrose",
        "    ⟦mu:Agnes Tully⟧         │",
        "⟦mu:   END OF THE PROJECT G…⟧│ *** START OF THE PROJECT GUTENBERG EBOOK THREE",
        "    ⟦mu:back matter · lines…⟧│ LIGHTHOUSE KEEPERS ***",
        "                        │",
        "                        │ CONTENTS",
        " test.txt │ ⟦sa:Front matter⟧ │ ⟦sa:Article –/2⟧" + String(repeating: " ", count: 35)
          + "? help",
      ])
    // Scrolled to its end, its contents list keeps its lines and their indentation; one
    // line more goes on into the first article, as at the end of an article.
    let scrolled = try frame(document, 80, 12, keys: "<S-Tab>k<Enter>jjj")
    #expect(scrolled.row(1) == "▸  Three Lighthouse Kee…│ Title: Three Lighthouse Keepers")
    #expect(scrolled.row(9) == "                        │   The Lamp Room")
    #expect(scrolled.row(10) == "                        │   Fog Signals")
    let onward = try frame(document, 80, 12, keys: "<S-Tab>k<Enter>jjjj")
    #expect(onward.row(0) == " Articles (2)           │ 1. THE LAMP ROOM")
  }

  @Test func theBackMatterIsSelectedAfterTheLastArticleAndRead() throws {
    let document = try document()
    let read = rows(try frame(document, 80, 12, keys: "<S-Tab>jjj<Enter>"))
    #expect(
      read == [
        "⟦mu: Articles (2)           ⟧│ ⟦mu:Back matter · END OF THE PROJECT GUTENBERG EBOOK THREE⟧",
        "⟦mu:   Three Lighthouse Kee…⟧│ *** END OF THE PROJECT GUTENBERG EBOOK THREE",
        "    ⟦mu:front matter · line…⟧│ LIGHTHOUSE KEEPERS ***",
        "⟦mu:  1 ⟧THE LAMP ROOM       │",
        "    ⟦mu:Walter Grise⟧        │ Copying this book is permitted under the terms",
        "⟦mu:  2 ⟧FOG SIGNALS         │ of the Lantern Press licence, found with it.",
        "    ⟦mu:Agnes Tully⟧         │",
        "⟦isel:▸  END OF THE PROJECT G…⟧│ The Press makes no warranty of any kind.",
        "⟦isel:    back matter · lines…⟧│",
        "                        │",
        "                        │",
        " test.txt │ ⟦sa:Back matter⟧ │ ⟦sa:Article –/2⟧" + String(repeating: " ", count: 36)
          + "? help",
      ])
    // The selection stops there: one more `j` is the end of the list.
    let stuck = try frame(document, 80, 12, keys: "<S-Tab>jjjj")
    #expect(stuck.row(11).hasSuffix("end of the list"))
  }

  @Test func clickingTheMatterOpensIt() throws {
    var reader = try program(try document(), 80, 12)
    reader.handle(.mouse(MouseEvent(action: .press, x: 3, y: 7)))
    #expect(reader.state.openMatter == .back)
    #expect(
      reader.render(width: 80, height: 12).row(1)
        == "   Three Lighthouse Kee…│ *** END OF THE PROJECT GUTENBERG EBOOK THREE")
    reader.handle(.mouse(MouseEvent(action: .press, x: 3, y: 1)))
    #expect(reader.state.openMatter == .front)
    reader.handle(.mouse(MouseEvent(action: .press, x: 3, y: 3)))
    #expect(reader.state.openMatter == nil)
    #expect(reader.state.openArticle == 0)
  }

  @Test func articleKeysLeaveTheMatterButNeverEnterIt() throws {
    let document = try document()
    // `}` from the front matter opens the first article; `{` there goes no further back.
    #expect(
      try frame(document, 80, 12, keys: "<S-Tab>k<Enter>}").row(0).hasSuffix("│ 1. THE LAMP ROOM"))
    #expect(
      try frame(document, 80, 12, keys: "<S-Tab>k<Enter>{").row(11).hasSuffix(
        "already at the first article"))
    // `{` from the back matter opens the last article; `}` on the last stays there.
    #expect(
      try frame(document, 80, 12, keys: "<S-Tab>jjj<Enter>{").row(0).hasSuffix("│ 2. FOG SIGNALS"))
    let last = try program(document, 80, 12, keys: "}}")
    #expect(last.state.openMatter == nil && last.state.openArticle == 1)
    // Paging on at the end of the last article says so rather than opening the licence.
    let paged = try program(document, 80, 12, keys: "}<Space><Space>")
    #expect(paged.state.openMatter == nil && paged.state.openArticle == 1)
    #expect(paged.render(width: 80, height: 12).row(11).hasSuffix("end of the compilation"))
    // Paging past the front matter's end goes on into the first article.
    let through = try program(document, 80, 12, keys: "<S-Tab>k<Enter><Space><Space>")
    #expect(through.state.openMatter == nil && through.state.openArticle == 0)
    // The matter is no article: counters, numbers and the export stay as they were.
    #expect(document.articles.map(\.number) == [1, 2])
    #expect(document.frontMatter?.paragraphs.count == 5)
    #expect(document.backMatter?.paragraphs.count == 3)
    #expect(try frame(document, 80, 12).row(11).hasPrefix(" test.txt │ Article 1/2 │"))
  }
}

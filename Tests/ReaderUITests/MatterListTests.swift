import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// The document's front and back matter shown dimmed at the ends of the article list.
@Suite struct MatterListTests {
  static let text = """
    The Project Gutenberg eBook of Tales of the Quay

    Title: Tales of the Quay

    *** START OF THIS PROJECT GUTENBERG EBOOK TALES OF THE QUAY ***



    TALES OF THE QUAY

    CONTENTS

      The Net Mender
      The Late Tide



    THE NET MENDER

    BY ELSA MARROW

    Every morning the net mender sat on the same upturned crate at the end
    of the quay, and every morning the gulls came to watch her work. She
    mended the nets of six boats, and she knew each boat by the knots its
    crew tied badly, which she never told them, because a bad knot kept her
    in work and a good one would have kept her at home with nothing to do.



    THE LATE TIDE

    BY TOBIAS FENN

    The tide came in two hours late that spring, and nobody on the quay
    could say why. The harbour master checked his tables twice and then
    stopped checking them at all, and the fishermen went out when the water
    told them to, as their grandfathers had done before anyone printed a
    table of tides or sold one for a penny at the harbour office door.

    *** END OF THIS PROJECT GUTENBERG EBOOK TALES OF THE QUAY ***

    A licence paragraph that is no story.

    """

  func document() throws -> Document {
    try DocumentLoader.parse(bytes: Array(Self.text.utf8), source: "quay.txt")
  }

  func listColumn(_ screen: Screen, rows: Int) -> [String] {
    screen.styledText(marking: [.muted, .inactiveSelection, .selection])
      .split(separator: "\n", omittingEmptySubsequences: false).prefix(rows)
      .map { String($0.prefix { $0 != "│" }) }
  }

  @Test func frontAndBackMatterStandDimmedBeforeTheFirstArticleAndAfterTheLast() throws {
    let document = try document()
    #expect(document.frontMatter?.title == "Tales of the Quay")
    #expect(document.backMatter != nil)
    let screen = try frame(document, 100, 12)
    #expect(
      listColumn(screen, rows: 9) == [
        "⟦mu: Articles (2)                 ⟧",
        "⟦mu:   Tales of the Quay⟧          ",
        "    ⟦mu:front matter · lines 1–14⟧ ",
        "⟦isel:▸ 1 THE NET MENDER            ⟧",
        "⟦isel:    Elsa Marrow               ⟧",
        "⟦mu:  2 ⟧THE LATE TIDE             ",
        "    ⟦mu:Tobias Fenn⟧               ",
        "⟦mu:   END OF THIS PROJECT GUTENB…⟧",
        "    ⟦mu:back matter · lines 40–42⟧ ",
      ])
  }

  @Test func aShortListScrollsToTheBackMatterAsTheSelectionMoves() throws {
    // Room for three entries: the second article selected shows it, the first and the end.
    let screen = try frame(try document(), 100, 8, keys: "<S-Tab>jj")
    #expect(
      screen.text().split(separator: "\n").prefix(7).map { String($0.prefix { $0 != "│" }) } == [
        " Articles (2)                 ",
        "▸ 1 THE NET MENDER            ",
        "    Elsa Marrow               ",
        "  2 THE LATE TIDE             ",
        "    Tobias Fenn               ",
        "   END OF THIS PROJECT GUTENB…",
        "    back matter · lines 40–42 ",
      ])
    var program = try program(try document(), 100, 8, keys: "<S-Tab>")
    let rows = ListRows(Update(program.model, lines: WrappedLineCache()), program.state)
    #expect(rows.slot(0) == .frontMatter)
    #expect(rows.article(atRow: 0) == nil)
    #expect(rows.article(atRow: 2) == 0)
    // The selection reaches the matter too (`MatterReadingTests` reads it).
    program.handle(.key(.character("k")))
    #expect(program.state.listSelection == 0)
    #expect(program.state.listMatter == .front)
  }

  @Test func anAuthorFilterShowsOnlyTheAuthorsArticles() throws {
    let screen = try frame(
      try document(), 100, 12,
      options: ReaderOptions(authorFilter: "Tobias Fenn", fileLabel: "quay.txt"))
    #expect(!screen.text().contains("front matter"))
    #expect(!screen.text().contains("back matter"))
  }
}

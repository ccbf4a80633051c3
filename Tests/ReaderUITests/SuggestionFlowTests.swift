import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// `*` on a file without the editor's highlights: the offer, the command and its event, the
/// marks and the counter, drawn exactly.
@Suite struct SuggestionFlowTests {
  static let text = """
    Harbour walls and the storms to come

    by Ann Lee [3-4-2024 published].

    Stone for the wall.

    The harbour wall was built in 1880 and has been patched after every storm since then. Engineers say the harbour wall will not last another winter of storms without new stone. The council has agreed to pay for the stone.

    Gulls and ferries

    by Bo Chen [3-5-2024 published].

    The island boat.

    The ferry to the island runs twice a day in summer. Gulls follow the ferry from the pier, and the ferry's crew feed the gulls from the ferry's stern. Nobody minds.

    """

  func document() throws -> Document {
    try DocumentLoader.parse(bytes: Array(Self.text.utf8), source: "h.txt")
  }

  func rows(_ program: ReaderProgram) -> [String] {
    program.render(width: 90, height: 12).styledText(marking: [.suggested, .statusAccent])
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// Keys typed in one go, as `reader snapshot --keys` types them, wait for the ranking `*`
  /// starts: `]` then steps through the suggestions, `H` lists them.
  @Test func keysTypedAfterStarWaitForTheSuggestions() throws {
    let stepped = try frame(
      document(), 80, 12, keys: "*]]", options: ReaderOptions(fileLabel: "h.txt"))
    #expect(stepped.row(11).contains("Suggested 2/2"), "\(stepped.row(11))")
    let listed = try frame(
      document(), 80, 12, keys: "*H", options: ReaderOptions(fileLabel: "h.txt"))
    #expect(listed.text().contains("Engineers say the harbour wall"), "\(listed.text())")
    // Enter with nothing listed keeps the list and what was typed, and says why.
    let stays = try frame(
      document(), 100, 12, keys: "*Hzqx<Enter>", options: ReaderOptions(fileLabel: "h.txt"))
    #expect(stays.text().contains("Find: zqx"), "\(stays.text())")
    #expect(
      stays.row(11).contains("no suggestion matches “zqx”: Backspace widens, Esc closes"),
      "\(stays.row(11))")
  }

  @Test func theStatusLineOffersStarWhenThereAreNoHighlights() throws {
    let screen = try frame(try document(), 90, 12)
    #expect(
      screen.row(11).hasPrefix(" test.txt │ Article 1/2 │ no highlights — * for suggested key"))
    let withHighlights = try frame(tinyDocument(), 100, 12)
    #expect(withHighlights.row(11).hasPrefix(" test.txt │ Article 1/3 │ Highlight –/4 │ "))
  }

  @Test func starAsksTheRuntimeAndTheEventPlacesTheSuggestions() throws {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: try document())
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 90, height: 12), to: &model, lines: lines)
    let commands = Update.apply(.key(.character("*")), to: &model, lines: lines)
    #expect(commands == [.suggestKeySentences(generation: model.generation)])
    #expect(model.state.suggestions == .computing)
    #expect(Update.apply(.key(.character("*")), to: &model, lines: lines).isEmpty)
    let suggestions = KeySentences.suggest(in: model.document)
    #expect(
      suggestions.map(\.text) == [
        "Engineers say the harbour wall will not last another winter of storms without new stone.",
        "Gulls follow the ferry from the pier, and the ferry's crew feed the gulls from the ferry's stern.",
      ])
    // A result for an older parse of the text is dropped.
    _ = Update.apply(
      .suggested(SuggestionResult(generation: model.generation + 1, suggestions: suggestions)),
      to: &model, lines: lines)
    #expect(model.state.suggestions == .computing)
    _ = Update.apply(
      .suggested(SuggestionResult(generation: model.generation, suggestions: suggestions)),
      to: &model, lines: lines)
    #expect(model.state.suggestions.spans.map(\.article) == [0, 1])
    #expect(model.state.message == "2 suggested key sentences: ] [ step through them")
  }

  @Test func starThenBracketsDrawTheSuggestionsAndCountThem() throws {
    var program = try program(
      try document(), 90, 12, keys: "*", options: ReaderOptions(fileLabel: "h.txt"))
    program.settle()
    program.handle(.key(.character("]")))
    let first = rows(program)
    let top = [
      " Articles (2)              │ 1. Harbour walls and the storms to come",
      "▸ 1 Harbour walls and the …│ by Ann Lee ·\u{A0}2024-03-04",
      "    Ann Lee      2024-03-04│",
      "  2 Gulls and ferries      │ Stone for the wall.",
      "    Bo Chen      2024-03-05│",
      "                           │ The harbour wall was built in 1880 and has been patched",
      "                           │ after every storm since then. ⟦sug:Engineers say the harbour wall⟧",
      "                           │ ⟦sug:will not last another winter of storms without new stone.⟧",
      "                           │ The council has agreed to pay for the stone.",
      "                           │",
      "                           │",
    ]
    #expect(
      first
        == top + [
          " h.txt │ ⟦sa:Article 1/2⟧ │ ⟦sa:Suggested 1/2⟧ │ 100%"
            + String(repeating: " ", count: 40)
            + "? help"
        ])
    program.handle(.key(.character("]")))
    let second = rows(program)
    #expect(second[0] == " Articles (2)              │ 2. Gulls and ferries")
    #expect(
      second[5]
        == "                           │ The ferry to the island runs twice a day in summer. ⟦sug:Gulls⟧"
    )
    #expect(
      second[6].hasPrefix("                           │ ⟦sug:follow the ferry from the pier,"))
    #expect(second[11].hasPrefix(" h.txt │ ⟦sa:Article 2/2⟧ │ ⟦sa:Suggested 2/2⟧ │ "))
    program.handle(.key(.character("]")))
    let wrapped = rows(program)
    #expect(
      wrapped
        == top + [
          " h.txt │ ⟦sa:Article 1/2⟧ │ ⟦sa:Suggested 1/2⟧ │ 100%"
            + String(repeating: " ", count: 19)
            + "⟦sa:wrapped to first suggestion ⟧"
        ])
    program.handle(.key(.character("[")))
    #expect(rows(program)[11].contains("⟦sa:Suggested 2/2⟧"))
    #expect(rows(program)[11].hasSuffix("⟦sa:wrapped to last suggestion ⟧"))
  }

  @Test func starSaysWhyWhenTheEditorsHighlightsAreThere() throws {
    let screen = try frame(tinyDocument(), 100, 12, keys: "*")
    #expect(screen.row(11).hasSuffix("the editor's highlights are here: ] [ step through them"))
  }
}

/// `H` over the suggestions: listed under their articles' titles, narrowed by typing, and
/// `Enter` jumps.
@Suite struct SuggestionListTests {
  @Test func capitalHListsTheSuggestionsAndEnterJumpsToOne() throws {
    var program = try program(
      try SuggestionFlowTests().document(), 90, 12, keys: "*",
      options: ReaderOptions(fileLabel: "h.txt"))
    program.settle()
    program.handle(.key(.character("H")))
    let rows = program.render(width: 90, height: 12).styledText(marking: [.suggested, .selection])
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let inside = String(repeating: " ", count: 88)
    #expect(
      rows == [
        "┌─ Suggested key sentences (2) " + String(repeating: "─", count: 58) + "┐",
        "│ Find: ▏" + String(repeating: " ", count: 80) + "│",
        "│ 1. Harbour walls and the storms to come" + String(repeating: " ", count: 48) + "│",
        "│⟦sel:    Engineers say the harbour wall will not last another winter of storms without new … ⟧│",
        "│ 2. Gulls and ferries" + String(repeating: " ", count: 67) + "│",
        "│    ⟦sug:Gulls follow the ferry from the pier, and the ferry's crew feed the gulls from the…⟧ │",
        "│\(inside)│", "│\(inside)│", "│\(inside)│", "│\(inside)│",
        "└─ ↓↑ j k move · type to narrow · Enter jumps · Esc closes "
          + String(repeating: "─", count: 30)
          + "┘",
        " h.txt │ Article 1/2 │ Suggested –/2 │ 100%" + String(repeating: " ", count: 40)
          + "? help",
      ])
    program.handle(.key(.character("j")))
    program.handle(.key(.enter))
    #expect(program.state.overlay == nil)
    #expect(program.state.openArticle == 1)
    #expect(program.render(width: 90, height: 12).row(11).contains("Suggested 2/2"))
    program.handle(.key(.character("H")))
    for character in "harbour" { program.handle(.key(.character(character))) }
    let narrowed = program.render(width: 90, height: 12).text().split(separator: "\n").map(
      String.init)
    #expect(narrowed[0].hasPrefix("┌─ Suggested key sentences holding “harbour” ─"))
    #expect(
      narrowed[2] == "│ 1. Harbour walls and the storms to come" + String(repeating: " ", count: 48)
        + "│")
    #expect(narrowed[3].hasPrefix("│    Engineers say the harbour wall"))
    #expect(narrowed[4] == "│\(inside)│")
  }
}

import ReaderCore
import ReaderScreen
import ReaderUI
import TestSupport
import Testing

@Suite struct ProgramTests {
  /// The sidebar marks the quote whose start is at most two lines below the top of the
  /// reading pane; scrolling one more line moves the mark to the next quote.
  @Test func sidebarFollowsTheReadingPosition() throws {
    let before = try frame(.sample(), 120, 20, keys: String(repeating: "j", count: 57))
    #expect(before.row(1).hasSuffix("│▸ Greta Lindqvist — We never …"))
    #expect(before.row(2).hasSuffix("│  Samuel Okafor — this is the…"))
    let after = try frame(.sample(), 120, 20, keys: String(repeating: "j", count: 58))
    #expect(after.row(1).hasSuffix("│  Greta Lindqvist — We never …"))
    #expect(after.row(2).hasSuffix("│▸ Samuel Okafor — this is the…"))
    #expect(after.row(3).contains("│ Mayor Samuel Okafor said “this is the best kind of   │"))
  }

  /// Enter in the sidebar scrolls the reading pane to the quote, two lines of context above.
  @Test func enterInTheSidebarJumpsToTheQuote() throws {
    let screen = try frame(.sample(), 120, 20, keys: "<Tab>j<Enter>")
    #expect(screen.row(3).contains("│ Mayor Samuel Okafor said “this is the best kind of   │"))
    #expect(
      screen.styledText(marking: [.selection]).split(separator: "\n")[2]
        .hasSuffix("│⟦sel:▸ Samuel Okafor — this is the…⟧"))
  }

  /// A resize rewraps the text but keeps the same line at the top.
  @Test func resizeKeepsTheReadingPosition() throws {
    var reader = try program(.sample(), 120, 20, keys: String(repeating: "j", count: 60))
    #expect(
      reader.render(width: 120, height: 20).row(1).contains("│ Mayor Samuel Okafor said “this"))
    reader.handle(.resize(width: 80, height: 12))
    #expect(
      reader.render(width: 80, height: 12).row(1)
        == "▸ 1 The Saltmarsh Line …│ Mayor Samuel Okafor said “this is the best kind of")
    reader.handle(.resize(width: 120, height: 20))
    #expect(
      reader.render(width: 120, height: 20).row(1).contains("│ Mayor Samuel Okafor said “this"))
  }

  @Test func helpListsEveryKeyAndEscCloses() throws {
    let screen = try frame(.sample(), 80, 24, keys: "?")
    #expect(
      screen.row(0) == " Articles ┌─ Keys 1–21 of 31 ───────────────────────────────────────┐")
    #expect(
      screen.row(1) == "▸ 1 The Sa│ q               quit                                    │")
    #expect(
      screen.row(22) == "          └─ ↓ more · j k PgDn PgUp g G · Esc closes ───────────────┘")
    // The list is taller than the box: `G` shows the rest.
    let end = try frame(.sample(), 80, 24, keys: "?G").text()
    for binding in Keymap.help {
      #expect(screen.text().contains(binding.keys + " ") || end.contains(binding.keys + " "))
    }
    #expect(try frame(.sample(), 80, 24, keys: "?<Esc>").text() == frame(.sample(), 80, 24).text())
  }

  @Test func selectionIsBrightInTheFocusedPaneOnly() throws {
    let reading = try frame(tinyDocument(), 80, 12).styledText(marking: [
      .selection, .inactiveSelection, .header, .muted,
    ])
    #expect(
      reading.split(separator: "\n")[0]
        == "⟦mu: Articles (3)           ⟧│⟦hd: 1. First steps                                        ⟧"
    )
    #expect(reading.split(separator: "\n")[1].hasPrefix("⟦isel:▸ 1 First steps         ⟧│"))
    let list = try frame(tinyDocument(), 80, 12, keys: "<Tab>j").styledText(marking: [
      .selection, .header,
    ])
    #expect(list.split(separator: "\n")[0] == "⟦hd: Articles (3)           ⟧│ 1. First steps")
    #expect(list.split(separator: "\n")[3] == "⟦sel:  2 Second thoughts     ⟧│ Editor's note — ED")
    #expect(
      list.split(separator: "\n")[4]
        == "⟦sel:    Bo Chen             ⟧│   Read the second part slowly. —\u{00A0}ED")
    // Enter opens the selected article and hands the focus to the reading pane.
    #expect(
      try frame(tinyDocument(), 80, 12, keys: "<Tab>j<Enter>").row(1)
        == "  1 First steps         │ by Bo Chen")
  }

  @Test func tinyTerminalsDrawWhatFits() throws {
    #expect(try frame(.sample(), 1, 1, options: sampleOptions).text() == "…")
    let tiny = try frame(.sample(), 10, 3, options: sampleOptions).text()
    #expect(tiny == " 1. The\n Saltmars\n Article …")
    #expect(
      try frame(.sample(), 20, 5, options: sampleOptions).text()
        == " 1. The Saltmarsh\n Line is running\n again\n by Odile Ferrant\n Article 1/5"
    )
    #expect(
      try frame(.sample(), 20, 5, keys: "?", options: sampleOptions).text()
        == "┌─ Keys 1–2 of 31 ─┐\n│ q              … │\n│ ? h F1         … │\n└─ ↓ more · j k P…─┘\n Article 1/5"
    )
    // Exact frames, trailing spaces kept: each pins the size as well as the content.
    let exactFrames: [(width: Int, height: Int, keys: String, rows: [String])] = [
      (0, 0, "a", []),
      (1, 1, "]]]", ["…"]),
      // No room for the help: the status line starts to say so (`too small for the help`).
      (2, 2, "?", ["1.", "t…"]),
      (3, 4, "<PgDn><PgDn>", ["1.…", "tma", "rsh", " A…"]),
      (10, 3, "/the", [" 1. The   ", " Saltmars ", " /the▏ 1/…"]),
    ]
    for (width, height, keys, rows) in exactFrames {
      let screen = try frame(.sample(), width, height, keys: keys, options: sampleOptions)
      #expect(screen.paddedRows() == rows, "\(width)×\(height) after \(keys)")
    }
    for (width, height) in [(0, 0), (1, 1), (2, 2), (10, 3), (20, 5), (3, 40)] {
      for keys in ["", "?", "a", "]]]", "/the", "sl<Tab>jjG", "<PgDn><PgDn>"] {
        let screen = try frame(.sample(), width, height, keys: keys)
        #expect(frameProblem(in: screen) == nil, "\(width)×\(height) after \(keys)")
      }
    }
  }

  @Test func emptyDocumentSaysSo() throws {
    var builder = DocumentBuilder()
    let document = builder.build()
    let screen = try frame(document, 60, 6, keys: "]}jG/x<Enter>na")
    #expect(
      screen.text() == """
         Articles (0)     │ Reading
         (no articles)    │ This file holds no articles.
                          │
                          │
                          │
         test.txt │ no articles             no authors in this file
        """)
  }

  @Test func aWebPageWithoutParagraphsSaysSo() throws {
    var builder = DocumentBuilder()
    var document = builder.build()
    document.input = .html
    let screen = try frame(document, 80, 4, keys: "")
    #expect(screen.text().contains("│ This web page holds no paragraphs of text.\n"))
  }

  @Test func clicksAndTheWheel() throws {
    var reader = try program(tinyDocument(), 80, 12)
    reader.handle(.mouse(MouseEvent(action: .press, x: 5, y: 5)))
    #expect(
      reader.render(width: 80, height: 12).row(0) == " Articles (3)           │ 3. Third time")
    reader.handle(.mouse(MouseEvent(action: .press, x: 5, y: 1)))
    reader.handle(.mouse(MouseEvent(action: .wheelDown, x: 40, y: 5)))
    #expect(
      reader.render(width: 80, height: 12).row(1) == "▸ 1 First steps         │ Editor's note — ED")
    var ignoring = try program(
      tinyDocument(), 80, 12, options: ReaderOptions(mouse: false, fileLabel: "test.txt"))
    ignoring.handle(.mouse(MouseEvent(action: .press, x: 5, y: 5)))
    #expect(
      ignoring.render(width: 80, height: 12).row(0) == " Articles (3)           │ 1. First steps")
  }

  @Test func keyStrings() throws {
    #expect(
      try KeyString.parse("a<Enter><s-tab><C-c><lt><PgDn> <F3>")
        == [
          .character("a"), .enter, .backTab, .control("c"), .character("<"), .pageDown,
          .character(" "), .function(3),
        ])
    #expect(try KeyString.parse("<") == [.character("<")])
    #expect(throws: KeyString.ParseError(name: "Nope")) { try KeyString.parse("<Nope>") }
  }

  @Test func quitFinishes() throws {
    #expect(try program(tinyDocument(), 80, 12, keys: "q").isFinished)
    #expect(try !program(tinyDocument(), 80, 12, keys: "?q").isFinished)
  }
}

import ReaderCore
import ReaderScreen
import ReaderUI
import TestSupport
import Testing

/// Two-column characters where a pane ends: never half a character, never a row wider than the
/// screen, never a separator pushed out of its column.
@Suite struct HostileWideTests {
  /// Characters of the paragraph, none of which is in the title.
  static let paragraph = String(repeating: "雨雪", count: 45)

  static let file = """
    漢字の見出しがとても長く続く記事について

    by 王小明 and 李四 [3-14-2024 published].

    \(paragraph)

    “風が強くて船は出ませんでした本当に長い一日でした,” said 王小明.

    """

  /// The frame at `width`, with its structure and its separators checked.
  private func checkedFrame(
    _ document: Document, width: Int, height: Int = 40, keys: String = "",
    label: String = "hostile.txt", sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ReaderProgram {
    let program = try program(
      document, width, height, keys: keys, options: ReaderOptions(mouse: false, fileLabel: label))
    let screen = program.render(width: width, height: height)
    #expect(
      frameProblem(in: screen) == nil, "\(width)×\(height) \(keys): \(frameProblem(in: screen)!)",
      sourceLocation: sourceLocation)
    if program.state.overlay == nil {
      #expect(
        borderProblem(in: screen, layout: program.state.layout) == nil,
        "\(width)×\(height) \(keys): \(borderProblem(in: screen, layout: program.state.layout)!)",
        sourceLocation: sourceLocation)
    }
    return program
  }

  @Test func aWideTitleIsCutWholeInTheListAtEveryWidth() throws {
    let document = try parsed(Self.file)
    var parities: Set<Int> = []
    for width in 60...140 {
      let program = try checkedFrame(document, width: width)
      let list = try #require(program.state.layout.list)
      parities.insert(list.count % 2)
      let screen = program.render(width: width, height: 40)
      // `▸ 1 ` then the title cut with `…`, or a space where half a character would go.
      let row = (list.lowerBound..<list.upperBound).map { screen[$0, 1] }
      #expect(row[4].text == "漢")
      let end = row.last { $0.width > 0 }!
      #expect(end.text == "…" || end.text == " ", "\(width): \(screen.row(1))")
    }
    #expect(parities == [0, 1])
  }

  @Test func aWideParagraphKeepsEveryCharacterInTheReadingPaneAtEveryWidth() throws {
    let document = try parsed(Self.file)
    for width in 20...140 {
      for keys in ["", "l", "s"] {
        let program = try checkedFrame(document, width: width, height: 60, keys: keys)
        let screen = program.render(width: width, height: 60)
        let reading = program.state.layout.reading
        var count = 0
        for y in 0..<59 {
          for x in reading where screen[x, y].text == "雨" || screen[x, y].text == "雪" {
            count += 1
          }
        }
        #expect(count == 90, "\(width) \(keys)")
      }
    }
  }

  @Test func aWideQuoteAndSpeakerAreCutWholeInTheSidebarAtEveryWidth() throws {
    var builder = DocumentBuilder()
    builder.article("短い", by: ["王小明"])
    builder.speaker("王小明", role: "市長", says: .plain(String(repeating: "風が強い", count: 20)))
    let document = builder.build()
    for width in 100...181 {
      let program = try checkedFrame(document, width: width, keys: "<Tab><Tab>")
      let sidebar = try #require(program.state.layout.sidebar)
      let screen = program.render(width: width, height: 40)
      #expect(screen[sidebar.lowerBound + 2, 1].text == "王")
    }
  }

  @Test func aWideFileNameAndAuthorsAreCutWholeInTheStatusLineAndThePicker() throws {
    let document = try parsed(Self.file)
    let label = "dir/" + String(repeating: "記録", count: 30) + ".txt"
    for width in 20...101 {
      _ = try checkedFrame(document, width: width, keys: "", label: label)
      _ = try checkedFrame(document, width: width, keys: "a", label: label)
      _ = try checkedFrame(document, width: width, keys: "/雨雪雨", label: label)
      _ = try checkedFrame(document, width: width, keys: "aQuill<Enter>", label: label)
    }
  }

  @Test func aTitleOfAHundredThousandCombiningMarksKeepsFourAPerCell() throws {
    let title = "A" + String(repeating: "\u{301}", count: 100_000) + " end"
    let document = try parsed(title + "\n\nby Ann Lee.\n\nBody text.\n")
    #expect(document.articles.first?.title.unicodeScalars.count == 100_005)
    let screen = try frame(document, 120, 30)
    #expect(frameProblem(in: screen) == nil, "\(frameProblem(in: screen) ?? "")")
    // The list: `▸ 1 ` then A with at most four marks, as a `cchar_t` holds.
    #expect(screen[4, 1].text.unicodeScalars.count == 5)
    #expect(screen.row(1).hasPrefix("▸ 1 A\u{301}\u{301}\u{301}\u{301} end"))
    let cellsWithMarks = screen.cells.filter { $0.text.unicodeScalars.contains("\u{301}") }
    #expect(cellsWithMarks.count == 2, "\(screen.text())")  // list, reading pane header (the title)
    #expect(cellsWithMarks.allSatisfy { $0.text.unicodeScalars.count == 5 })
  }
}

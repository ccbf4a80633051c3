import ReaderUI
import Testing

/// What the config file sets through `ReaderOptions`: the user's key bindings reach the
/// update, `reading-width` caps the wrapped text, `list` and `sidebar` decide the first layout.
@Suite struct ReaderOptionsSettingsTests {
  /// A key taken from the only action it served is reported; one taken from an action that
  /// keeps another key is not.
  @Test func actionsLeftWithoutAKeyAreNamed() {
    #expect(
      KeyBindings([.character("n"): .nextHighlight]).actionsLeftWithoutKeys == ["next-match"])
    // `j` goes down, and so does `↓`.
    #expect(KeyBindings([.character("j"): .nextArticle]).actionsLeftWithoutKeys == [])
    #expect(
      KeyBindings([.character("n"): .nextHighlight, .character("m"): .nextMatch])
        .actionsLeftWithoutKeys == [])
    #expect(
      KeyBindings([.character("/"): .quit, .character("S"): .quit]).actionsLeftWithoutKeys == [
        "search", "toggle-skim",
      ])
    #expect(KeyBindings().actionsLeftWithoutKeys == [])
  }

  @Test func aReboundKeyDoesItsNewActionAndOthersKeepTheirs() throws {
    var options = ReaderOptions(fileLabel: "test.txt")
    options.keyBindings = KeyBindings([.character("x"): .nextArticle, .character("}"): .quit])
    let rebound = try program(tinyDocument(), 100, 30, keys: "x", options: options)
    #expect(rebound.state.openArticle == 1)
    #expect(rebound.state.isFinished == false)
    let quit = try program(tinyDocument(), 100, 30, keys: "}", options: options)
    #expect(quit.state.isFinished == true)
    #expect(quit.state.openArticle == 0)
    let unchanged = try program(tinyDocument(), 100, 30, keys: "j", options: options)
    #expect(unchanged.state.isFinished == false)
    let plain = try program(tinyDocument(), 100, 30, keys: "x")
    #expect(plain.state.openArticle == 0)
  }

  @Test func readingWidthCapsTheWrappedText() throws {
    var options = ReaderOptions(fileLabel: "test.txt")
    options.readingWidth = 24
    let narrow = try frame(tinyDocument(), 120, 30, options: options)
    let plain = try frame(tinyDocument(), 120, 30)
    let capped = try program(tinyDocument(), 120, 30, options: options)
    #expect(capped.state.layout.textWidth == 24)
    #expect(try program(tinyDocument(), 120, 30).state.layout.textWidth > 24)
    #expect(narrow.text() != plain.text())
    // Every reading row fits in 24 columns after the pane's margin.
    let layout = capped.state.layout
    for row in narrow.text().split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      let cells = Array(row)
      let reading = String(cells[layout.textLeft + 24..<layout.reading.upperBound])
      #expect(reading.allSatisfy { $0 == " " }, "\(row)")
    }
  }

  @Test func listAndSidebarSettingsDecideTheFirstLayout() throws {
    var options = ReaderOptions(fileLabel: "test.txt")
    let wide = try program(tinyDocument(), 120, 30, options: options)
    #expect(wide.state.layout.shows(.list) && wide.state.layout.shows(.sidebar))
    options.showList = false
    options.showSidebar = false
    let hidden = try program(tinyDocument(), 120, 30, options: options)
    #expect(!hidden.state.layout.shows(.list) && !hidden.state.layout.shows(.sidebar))
    options.showSidebar = true
    let narrow = try program(tinyDocument(), 70, 30, options: options)
    #expect(narrow.state.layout.shows(.sidebar))
  }
}

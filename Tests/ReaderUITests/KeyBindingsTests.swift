import ReaderUI
import Testing

/// The user's bindings (the config file's `[keys]`) reach the update, and the list and
/// sidebar settings decide what the first frame shows.
@Suite struct KeyBindingsTests {
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

import ReaderSettings
import ReaderUI
import Testing

/// The config file: every setting, key remapping, real TOML, and one-line errors naming the
/// file, the line and the key.
@Suite struct ConfigFileTests {
  private let path = "/home/a/.config/reader/config.toml"

  @Test func readsEverySettingWithItsLine() throws {
    let text = """
      # reader settings
      theme = "light"
      mouse = false
      history = false
      reading-width = 72
      list = true
      sidebar = false

      [keys]
      next-highlight = ["]", "n"]
      quit = "<C-q>"
      """
    let configuration = try ConfigFile.parse(text, path: path)
    #expect(configuration.theme == Setting("light", from: .file(path: path, line: 2)))
    #expect(configuration.mouse == Setting(false, from: .file(path: path, line: 3)))
    #expect(configuration.history == Setting(false, from: .file(path: path, line: 4)))
    #expect(configuration.readingWidth == Setting(72, from: .file(path: path, line: 5)))
    #expect(configuration.list == Setting(true, from: .file(path: path, line: 6)))
    #expect(configuration.sidebar == Setting(false, from: .file(path: path, line: 7)))
    #expect(configuration.keys.map(\.action) == [.nextHighlight, .quit])
    #expect(configuration.keys.map(\.keys) == [["]", "n"], ["<C-q>"]])
    #expect(
      configuration.keys.map(\.source) == [
        .file(path: path, line: 10), .file(path: path, line: 11),
      ])
    let bindings = configuration.keyBindings
    #expect(bindings.action(for: .character("n")) == .nextHighlight)
    #expect(bindings.action(for: .control("q")) == .quit)
    // Keys not remapped keep their defaults.
    #expect(bindings.action(for: .character("q")) == .quit)
    #expect(bindings.action(for: .character("N")) == .previousMatch)
  }

  @Test func anEmptyFileLeavesTheDefaults() throws {
    let configuration = try ConfigFile.parse("", path: path)
    #expect(configuration == Configuration())
    #expect(configuration.theme == Setting("default", from: .builtIn))
    #expect(configuration.readingWidth.value == nil)
  }

  @Test func takesAnyValidTOML() throws {
    let text =
      "\u{FEFF}# a BOM first\n\"theme\" = 'light' # comment\nkeys = { \"next-match\" = \"m\" }\n"
    let configuration = try ConfigFile.parse(text, path: path)
    #expect(configuration.theme == Setting("light", from: .file(path: path, line: 2)))
    #expect(configuration.keys.map(\.action) == [.nextMatch])
    #expect(configuration.keys.map(\.source) == [.file(path: path, line: 3)])
  }

  @Test(arguments: [
    ("mose = true", "\(configPath):1: 'mose': unknown setting; did you mean 'mouse'?"),
    ("theme = \"x\"\nsidebar = 1", "\(configPath):2: 'sidebar': expected true or false, found 1"),
    (
      "reading-width = 5",
      "\(configPath):1: 'reading-width': expected a whole number from 20 to 1000, found 5"
    ),
    (
      "reading-width = \"wide\"",
      "\(configPath):1: 'reading-width': expected a whole number from 20 to 1000, found \"wide\""
    ),
    (
      "[keys]\nnext-higlight = \"n\"",
      "\(configPath):2: 'keys.next-higlight': unknown action; did you mean 'next-highlight'?"
    ),
    (
      "[keys]\nquit = \"xy\"",
      "\(configPath):2: 'keys.quit': 'xy' is not one key; write a character or a name such as <C-d>, <PgDn>, <F1>"
    ),
    (
      "[keys]\nquit = \"<Nope>\"",
      "\(configPath):2: 'keys.quit': '<Nope>' is not one key; write a character or a name such as <C-d>, <PgDn>, <F1>"
    ),
    (
      "[keys]\nquit = [1]",
      "\(configPath):2: 'keys.quit': expected an array of keys (strings), found an array"
    ),
    (
      "[keys]\nquit = \"x\"\nhelp = \"x\"",
      "\(configPath):3: 'keys.help': 'x' is already bound to 'quit'"
    ),
    // Keys no terminal delivers as themselves were kept and never fired.
    (
      "[keys]\nhelp = \"<C-h>\"",
      "\(configPath):2: 'keys.help': '<C-h>' never reaches the reader: terminals send it as Backspace"
    ),
    (
      "[keys]\nhelp = [\"x\", \"<C-m>\"]",
      "\(configPath):2: 'keys.help': '<C-m>' never reaches the reader: terminals send it as Enter"
    ),
    (
      "[keys]\nquit = \"<C-z>\"",
      "\(configPath):2: 'keys.quit': '<C-z>' never reaches the reader: the terminal suspends it"
    ),
    (
      "[keys]\nhelp = \"<C-é>\"",
      "\(configPath):2: 'keys.help': '<C-é>' never reaches the reader: Ctrl goes with a letter from a to z"
    ),
    ("keys = 3", "\(configPath):1: 'keys': expected a table of actions"),
    (
      "history = tru\n",
      "\(configPath):1: invalid TOML: Error while parsing boolean: expected 'true', saw 'tru\\n'"
    ),
    ("[keys]\nquit = [\"x\", \"x\"]", "\(configPath):2: 'keys.quit': 'x' is written twice"),
    // A table's header is where a message about the table points.
    (
      "[keys]\n[keys.sub]\na = 1", "\(configPath):2: 'keys.sub': unknown action; did you mean 'up'?"
    ),
    ("mouse = true\n\n[colours]\nx = 1", "\(configPath):3: 'colours': unknown setting"),
    (
      "mouse = true\n\ntheme = ",
      "\(configPath):3: invalid TOML: Error while parsing key-value pair: encountered end-of-file"
    ),
    (
      "fg = 010",
      "\(configPath):1: invalid TOML: Error while parsing decimal integer: leading zeroes are prohibited"
    ),
  ])
  func aMistakeIsOneLineNamingFileLineAndKey(text: String, message: String) {
    #expect(throws: (any Error).self) { try ConfigFile.parse(text, path: configPath) }
    do {
      _ = try ConfigFile.parse(text, path: configPath)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func thePathFollowsXDGConfigHomeOrHome() {
    #expect(
      ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])
        == "/x/reader/config.toml")
    #expect(
      ConfigFile.path(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])
        == "/h/.config/reader/config.toml")
    #expect(ConfigFile.path(environment: ["HOME": "/h"]) == "/h/.config/reader/config.toml")
    #expect(ConfigFile.path(environment: [:]) == nil)
  }

  @Test func everyActionHasAName() {
    #expect(ActionNames.all.count == Set(ActionNames.all.map(\.name)).count)
    for entry in ActionNames.all {
      #expect(ActionNames.action(named: entry.name) == entry.action)
    }
  }
}

private let configPath = "/c/config.toml"

import Foundation
import TestSupport
import Testing

/// `reader config` and the config file as the reader meets it: effective settings with their
/// sources, the file's path, and mistakes as one line with exit status 1. Every run has its
/// own XDG folders; the real ~/.config is never read.
@Suite struct ConfigCommandTests {
  private func writeConfig(_ text: String, in folder: URL) throws -> String {
    let directory = folder.appendingPathComponent("config/reader")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("config.toml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// `reader snapshot` draws what the reader would for this user: the config's key bindings
  /// and panes apply.
  @Test func snapshotsFollowTheConfig() throws {
    try withTemporaryFolder { folder in
      _ = try writeConfig("list = false\n\n[keys]\nnext-highlight = [\"]\", \"n\"]\n", in: folder)
      let result = try runReader(["snapshot", "--size", "100x6", "--keys", "nn"], in: folder)
      #expect(result.status == 0)
      let rows = result.output.split(separator: "\n")
      #expect(rows.last?.contains("Highlight 2/17") == true, "\(result.output)")
      #expect(rows.first?.hasPrefix(" 1. ") == true, "\(result.output)")
    }
  }

  @Test func listsEachSettingWithWhereItCameFrom() throws {
    try withTemporaryFolder { folder in
      let path = try writeConfig(
        "theme = \"light\"\nreading-width = 72\n\n[keys]\nnext-highlight = [\"]\", \"n\"]\n",
        in: folder)
      let result = try runReader(["config", "--no-mouse"], in: folder)
      #expect(result.errors.isEmpty)
      #expect(result.status == 0)
      #expect(
        result.output == """
          theme = "light"             # \(path):1
          mouse = false               # option --no-mouse
          bell = true                 # default
          history = true              # default
          reading-width = 72          # \(path):2
          list = auto                 # default
          sidebar = auto              # default

          [keys]
          next-highlight = ["]", "n"]  # \(path):5
          # next-match has no key left: bind it to another one

          """)
    }
  }

  @Test func noColorAndTheThemeOptionShowAsTheirSource() throws {
    try withTemporaryFolder { folder in
      _ = try writeConfig("theme = \"light\"\n", in: folder)
      let option = try runReader(["config", "--theme", "high-contrast"], in: folder)
      #expect(option.output.hasPrefix("theme = \"high-contrast\"     # option --theme\n"))
      let environment = try runReader(["config"], in: folder, extra: ["NO_COLOR": "1"])
      #expect(
        environment.output.hasPrefix("theme = \"monochrome\"        # environment (NO_COLOR)\n"))
    }
  }

  @Test func pathPrintsWhereTheFileIsLookedFor() throws {
    try withTemporaryFolder { folder in
      let result = try runReader(["config", "--path"], in: folder)
      #expect(result.output == folder.path + "/config/reader/config.toml\n")
      #expect(result.status == 0)
    }
  }

  @Test(arguments: [
    ("mose = false\n", ":1: 'mose': unknown setting; did you mean 'mouse'?"),
    (
      "theme = \"solarised\"\n",
      ":1: 'theme': theme 'solarised': no such theme; available: default, high-contrast, light, monochrome"
    ),
    (
      "list = true\n[keys]\nquit = 'x'\nsearch = 'x'\n",
      ":4: 'keys.search': 'x' is already bound to 'quit'"
    ),
  ])
  func aBrokenConfigStopsTheReaderWithOneLine(text: String, message: String) throws {
    try withTemporaryFolder { folder in
      let path = try writeConfig(text, in: folder)
      for arguments in [[], ["config"]] {
        let result = try runReader(arguments, in: folder, extra: ["TERM": "dumb"])
        #expect(result.status == 1, "\(arguments)")
        #expect(result.errors == "reader: \(path)\(message)\n", "\(arguments)")
        #expect(result.output.isEmpty)
      }
    }
  }

  @Test func aUserThemeThatIsNotTOMLNamesItsLine() throws {
    try withTemporaryFolder { folder in
      let themes = folder.appendingPathComponent("config/reader/themes")
      try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
      try "[text]\nfg = \"red\"\nbg = \n".write(
        to: themes.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
      let result = try runReader(["--theme", "broken"], in: folder, extra: ["TERM": "dumb"])
      #expect(result.status == 1)
      #expect(
        result.errors
          == "reader: \(themes.path)/broken.toml:3: theme 'broken': invalid TOML: Error while parsing key-value pair: expected value, saw '\\n'\n"
      )
    }
  }
}

import ReaderSettings
import ReaderUI
import TerminalText

/// `reader config`: the effective settings and where each came from; `--path` prints where
/// the config file is (or would be).
struct ConfigCommand: ReaderCommand {
  static let name = "config"
  static let spec = CommandSpec(
    name: name,
    abstract: "Show the effective settings and where each came from.",
    discussion: [
      "Settings are read from $XDG_CONFIG_HOME/reader/config.toml (by default "
        + "~/.config/reader/config.toml): theme, mouse, bell, history, reading-width, list, "
        + "sidebar, "
        + "and a [keys] table of action names. The options below are the reader's, to see "
        + "what they change."
    ],
    options: [
      OptionSpec(name: "path", valueName: nil, help: "Print the config file's path and stop."),
      OptionSpec(
        name: "theme", valueName: "theme", help: "As for the reader: the theme to use.",
        completion: .themes),
      OptionSpec(name: "no-mouse", valueName: nil, help: "As for the reader: ignore the mouse."),
    ],
    argumentName: nil,
    argumentHelp: "")

  let pathOnly: Bool
  let theme: String?
  let noMouse: Bool

  init(_ arguments: ParsedArguments) {
    pathOnly = arguments.flag("path")
    theme = arguments.value("theme")
    noMouse = arguments.flag("no-mouse")
  }

  func run() {
    let environment = processEnvironment()
    if pathOnly {
      guard let path = ConfigFile.path(environment: environment) else {
        fail("reader: neither XDG_CONFIG_HOME nor HOME is set")
      }
      writeAll(path + "\n", to: 1)
      return
    }
    var configuration = effectiveSettings(
      theme: theme, noMouse: noMouse, environment: environment)
    do {
      _ = try loadTheme(configuration, environment: environment, colors: true)
    } catch {
      fail("reader: \(error)")
    }
    configuration.apply(environment: environment)
    writeOutput(ConfigListing(configuration).text)
  }
}

/// `reader config`'s output: `name = value` and, after `#`, where the value came from.
struct ConfigListing {
  let configuration: Configuration

  init(_ configuration: Configuration) {
    self.configuration = configuration
  }

  var text: String {
    let settings = configuration
    var rows: [(String, SettingSource)] = [
      ("theme = \"\(settings.theme.value)\"", settings.theme.source),
      ("mouse = \(settings.mouse.value)", settings.mouse.source),
      ("bell = \(settings.bell.value)", settings.bell.source),
      ("history = \(settings.history.value)", settings.history.source),
      (
        "reading-width = " + (settings.readingWidth.value.map(String.init) ?? "auto"),
        settings.readingWidth.source
      ),
      ("list = " + (settings.list.value.map { "\($0)" } ?? "auto"), settings.list.source),
      ("sidebar = " + (settings.sidebar.value.map { "\($0)" } ?? "auto"), settings.sidebar.source),
    ]
    var text = ""
    text += Self.aligned(rows)
    rows = settings.keys.map { remap in
      let keys = remap.keys.map { "\"" + $0.replacingAll("\"", with: "\\\"") + "\"" }
      return (
        "\(ActionNames.name(of: remap.action)) = [\(keys.joined(separator: ", "))]", remap.source
      )
    }
    text += "\n[keys]\n"
    text += rows.isEmpty ? "# every key as in the help (?)\n" : Self.aligned(rows)
    for name in settings.keyBindings.actionsLeftWithoutKeys {
      text += "# \(name) has no key left: bind it to another one\n"
    }
    return text
  }

  private static func aligned(_ rows: [(String, SettingSource)]) -> String {
    let width = max(28, (rows.map(\.0.count).max() ?? 0) + 2)
    return rows.map { row in
      row.0 + String(repeating: " ", count: width - row.0.count) + "# \(row.1)\n"
    }.joined()
  }
}

/// Finds themes by name: the built-in ones (embedded in the binary, so an installed `reader`
/// has them) and the user's own in `$XDG_CONFIG_HOME/reader/themes/NAME.toml`.
public enum ThemeCatalog {
  /// Reads a user's theme file: its text and the theme's name in, the theme out.
  public typealias UserThemeReader = (String, String) throws(ThemeError) -> Theme

  /// The theme used when none is named.
  public static let defaultName = "default"
  /// The theme used when colour is off (`NO_COLOR`, or a terminal without colours).
  public static let monochromeName = "monochrome"

  /// The names of the built-in themes, sorted.
  public static var builtinNames: [String] { BuiltinThemes.texts.keys.sorted() }

  /// The text of a built-in theme file, exactly as in `Themes/NAME.toml`: a starting point
  /// for a user's own theme.
  public static func builtinText(named name: String) -> String? {
    BuiltinThemes.texts[name]
  }

  /// The folder of the user's themes: `$XDG_CONFIG_HOME/reader/themes`, or
  /// `$HOME/.config/reader/themes` when `XDG_CONFIG_HOME` is unset, empty or not absolute (as
  /// the XDG spec asks); nil without either.
  public static func userDirectory(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/reader/themes"
    }
    if let home = environment["HOME"], !home.isEmpty {
      return home + "/.config/reader/themes"
    }
    return nil
  }

  /// Every theme name the user can choose: built-ins and user files, sorted, without repeats.
  public static func availableNames(environment: [String: String]) -> [String] {
    let user = userDirectory(environment: environment).map(ThemeFileSystem.themeNames) ?? []
    return Set(builtinNames + user).sorted()
  }

  /// The theme to draw with.
  ///
  /// - `name`: nil for `default`. A user file of that name wins over the built-in; a user file
  ///   with a new name is a theme too. A name with neither is an error listing the available
  ///   names.
  /// - `NO_COLOR` set to anything non-empty, or `colorsAvailable == false`: the `monochrome`
  ///   theme, whatever `name` says (the user's `monochrome.toml` if there is one). `name` is
  ///   still checked to exist, so a typo is an error in every terminal, but not parsed.
  /// - A user file that is broken, unreadable or not UTF-8 is an error (naming the line when
  ///   there is one), never a silent fallback. `readUserTheme` reads it: the `reader` command
  ///   passes a full TOML reader; built-in themes are always read by `ThemeFile`.
  public static func load(
    name: String?, environment: [String: String], colorsAvailable: Bool,
    readUserTheme: UserThemeReader = { text, name throws(ThemeError) in
      try ThemeFile.parse(text, name: name)
    }
  ) throws(ThemeError) -> Theme {
    let requested = name ?? defaultName
    let colorOff = !(environment["NO_COLOR"] ?? "").isEmpty || !colorsAvailable
    if colorOff {
      guard exists(requested, environment: environment) else {
        throw unknown(requested, environment: environment)
      }
      return try loadNamed(monochromeName, environment: environment, reader: readUserTheme)
    }
    return try loadNamed(requested, environment: environment, reader: readUserTheme)
  }

  private static func loadNamed(
    _ name: String, environment: [String: String], reader: UserThemeReader
  ) throws(ThemeError) -> Theme {
    if let path = userPath(for: name, environment: environment) {
      switch ThemeFileSystem.readText(atPath: path) {
      case .text(let text):
        do {
          return try reader(text, name)
        } catch {
          // The message names the file, as a config file's does.
          var located = error
          located.path = path
          throw located
        }
      case .missing:
        break
      case .failed(let reason):
        throw ThemeError(theme: name, reason: .unreadable(path: path, reason: reason))
      case .notUTF8:
        throw ThemeError(theme: name, reason: .notUTF8(path: path))
      }
    }
    // The values the text reads to, made without reading it: parsing the default theme was
    // 0.6 M instructions of every start.
    guard let theme = BuiltinThemes.theme(named: name) else {
      throw unknown(name, environment: environment)
    }
    return theme
  }

  private static func exists(_ name: String, environment: [String: String]) -> Bool {
    if BuiltinThemes.texts[name] != nil { return true }
    guard let path = userPath(for: name, environment: environment) else { return false }
    if case .missing = ThemeFileSystem.readText(atPath: path) { return false }
    return true
  }

  /// The user file for `name`; nil for a name that is not a plain file name, so that
  /// `--theme ../x` cannot reach outside the folder.
  private static func userPath(for name: String, environment: [String: String]) -> String? {
    guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/"),
      let directory = userDirectory(environment: environment)
    else { return nil }
    return directory + "/" + name + ".toml"
  }

  private static func unknown(_ name: String, environment: [String: String]) -> ThemeError {
    ThemeError(
      theme: name, reason: .unknownTheme(available: availableNames(environment: environment)))
  }
}

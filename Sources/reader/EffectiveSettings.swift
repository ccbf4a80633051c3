import ReaderSettings
import ReaderUI

/// The settings a command runs with: the config file over the defaults, the command line
/// over that (`NO_COLOR` is applied when the theme is loaded). A broken config file stops the command with its
/// one-line message before the terminal is touched.
func effectiveSettings(theme: String?, noMouse: Bool, environment: [String: String])
  -> Configuration
{
  var configuration: Configuration
  do {
    configuration = try ConfigFile.load(environment: environment)
  } catch {
    fail("reader: \(error)")
  }
  if let theme { configuration.theme = Setting(theme, from: .option("--theme")) }
  if noMouse { configuration.mouse = Setting(false, from: .option("--no-mouse")) }
  return configuration
}

/// The theme the settings name (monochrome without colours), user files read as real TOML.
/// A name from the config file that is not a theme is reported at its line there.
func loadTheme(_ configuration: Configuration, environment: [String: String], colors: Bool)
  throws(ThemeError) -> Theme
{
  do {
    // NO_COLOR is the catalogue's to apply, so the name asked for is still checked to exist.
    return try ThemeCatalog.load(
      name: configuration.theme.value, environment: environment, colorsAvailable: colors,
      readUserTheme: { text, name throws(ThemeError) in
        try UserThemeFile.parse(text, name: name)
      })
  } catch {
    guard case .file(let path, let line) = configuration.theme.source else { throw error }
    fail("reader: \(path):\(line): 'theme': \(error)")
  }
}

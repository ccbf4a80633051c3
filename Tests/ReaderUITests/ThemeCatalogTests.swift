import Foundation
import ReaderScreen
import ReaderUI
import Testing

/// A fresh config folder with `reader/themes/` holding the given files, removed afterwards.
private func withConfig<Result>(
  _ files: [String: String], _ body: (_ config: String) throws -> Result
) throws -> Result {
  let config = FileManager.default.temporaryDirectory
    .appendingPathComponent("reader-theme-tests-\(UUID().uuidString)").path
  let themes = config + "/reader/themes"
  try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: config) }
  for (name, text) in files {
    try Data(text.utf8).write(to: URL(fileURLWithPath: themes + "/" + name))
  }
  return try body(config)
}

private func load(
  _ name: String?, _ environment: [String: String], colors: Bool = true
) -> Result<Theme, ThemeError> {
  Result { () throws(ThemeError) in
    try ThemeCatalog.load(name: name, environment: environment, colorsAvailable: colors)
  }
}

private let noUserFolder: [String: String] = [:]

@Suite struct ThemeCatalogTests {
  @Test func noNameMeansDefault() throws {
    let theme = try load(nil, noUserFolder).get()
    #expect(theme.name == "default")
    #expect(theme.usesColor)
  }

  @Test func builtinsLoadByName() throws {
    for name in ThemeCatalog.builtinNames {
      #expect(try load(name, noUserFolder).get().name == name)
    }
  }

  @Test func unknownNameListsTheAvailableThemes() throws {
    try withConfig(["solar.toml": "[text]\n", "notes.txt": "x"]) { config in
      let failure = ThemeError(
        theme: "nope",
        reason: .unknownTheme(
          available: ["default", "high-contrast", "light", "monochrome", "solar"]))
      #expect(load("nope", ["XDG_CONFIG_HOME": config]) == .failure(failure))
      #expect(
        failure.description
          == "theme 'nope': no such theme; available: default, high-contrast, light, "
          + "monochrome, solar")
    }
  }

  @Test func aUserFileOverridesTheBuiltinOfTheSameName() throws {
    try withConfig(["light.toml": "name = \"my light\"\n[text]\nfg = \"red\"\n"]) { config in
      let theme = try load("light", ["XDG_CONFIG_HOME": config]).get()
      #expect(theme.name == "my light")
      #expect(theme.attributes(for: .title) == TextAttributes(foreground: .palette(1)))
      // Other built-ins are untouched.
      #expect(try load("default", ["XDG_CONFIG_HOME": config]).get() == load("default", [:]).get())
    }
  }

  @Test func aUserFileCanAddANewTheme() throws {
    try withConfig(["solar.toml": "[highlight]\nfg = \"#ff8800\"\n"]) { config in
      let theme = try load("solar", ["XDG_CONFIG_HOME": config]).get()
      #expect(theme.name == "solar")
      #expect(
        theme.attributes(for: .highlight) == TextAttributes(foreground: .palette(208), bold: true))
      #expect(
        ThemeCatalog.availableNames(environment: ["XDG_CONFIG_HOME": config])
          == ["default", "high-contrast", "light", "monochrome", "solar"])
    }
  }

  @Test func homeConfigIsUsedWithoutXDGConfigHome() throws {
    try withConfig(["solar.toml": "[text]\nbold = true\n"]) { config in
      // Lay the same folder out as $HOME/.config.
      let home = config + "-home"
      try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: home) }
      try FileManager.default.createSymbolicLink(
        atPath: home + "/.config", withDestinationPath: config)
      #expect(try load("solar", ["HOME": home]).get().attributes(for: .text).bold)
      #expect(
        try load("solar", ["HOME": home, "XDG_CONFIG_HOME": ""]).get().attributes(for: .text).bold)
      // A relative XDG_CONFIG_HOME is ignored, as the XDG spec asks.
      #expect(
        try load("solar", ["HOME": home, "XDG_CONFIG_HOME": "rel"]).get().attributes(for: .text)
          .bold)
      // XDG_CONFIG_HOME, when set, wins over HOME.
      #expect(throws: ThemeError.self) {
        try ThemeCatalog.load(
          name: "solar", environment: ["HOME": home, "XDG_CONFIG_HOME": home], colorsAvailable: true
        )
      }
    }
    #expect(ThemeCatalog.userDirectory(environment: ["HOME": "/h"]) == "/h/.config/reader/themes")
    #expect(
      ThemeCatalog.userDirectory(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/x"])
        == "/x/reader/themes")
    #expect(ThemeCatalog.userDirectory(environment: [:]) == nil)
  }

  @Test func aBrokenUserFileIsAnErrorNamingTheLine() throws {
    try withConfig(["light.toml": "[text]\n\ncolour = \"red\"\n"]) { config in
      let result = load("light", ["XDG_CONFIG_HOME": config])
      #expect(
        result
          == .failure(
            ThemeError(
              theme: "light", line: 3, reason: .unknownKey("colour", table: "text"),
              path: config + "/reader/themes/light.toml")))
    }
  }

  @Test func aUserFileThatIsNotUTF8IsAnError() throws {
    let config = FileManager.default.temporaryDirectory
      .appendingPathComponent("reader-theme-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: config + "/reader/themes", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: config) }
    let path = config + "/reader/themes/bad.toml"
    try Data([0x5B, 0xFF, 0x5D, 0x0A]).write(to: URL(fileURLWithPath: path))
    #expect(
      load("bad", ["XDG_CONFIG_HOME": config])
        == .failure(ThemeError(theme: "bad", reason: .notUTF8(path: path))))
  }

  @Test func aNameCannotLeaveTheThemesFolder() throws {
    try withConfig(["solar.toml": "[text]\n"]) { config in
      let environment = ["XDG_CONFIG_HOME": config + "/reader/themes/sub"]
      #expect(throws: ThemeError.self) {
        try ThemeCatalog.load(name: "../solar", environment: environment, colorsAvailable: true)
      }
    }
  }

  @Test func noColorSelectsMonochrome() throws {
    let monochrome = try load("monochrome", noUserFolder).get()
    #expect(!monochrome.usesColor)
    #expect(try load(nil, ["NO_COLOR": "1"]).get() == monochrome)
    #expect(try load("light", ["NO_COLOR": "yes"]).get() == monochrome)
    // An empty NO_COLOR does not count, as no-color.org says.
    #expect(try load("light", ["NO_COLOR": ""]).get().name == "light")
  }

  @Test func aTerminalWithoutColoursSelectsMonochrome() throws {
    let monochrome = try load("monochrome", noUserFolder).get()
    #expect(try load(nil, noUserFolder, colors: false).get() == monochrome)
    #expect(try load("high-contrast", noUserFolder, colors: false).get() == monochrome)
  }

  @Test func withoutColourTheNameIsStillChecked() throws {
    #expect(throws: ThemeError.self) {
      try ThemeCatalog.load(name: "nope", environment: ["NO_COLOR": "1"], colorsAvailable: true)
    }
    try withConfig(["solar.toml": "[text]\n", "monochrome.toml": "[text]\nunderline = true\n"]) {
      config in
      // A user's own monochrome wins here too.
      let theme = try load("solar", ["XDG_CONFIG_HOME": config], colors: false).get()
      #expect(theme.name == "monochrome")
      #expect(theme.attributes(for: .text) == TextAttributes(underline: true))
    }
  }
}

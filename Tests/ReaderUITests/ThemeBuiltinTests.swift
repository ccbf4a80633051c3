import Foundation
import ReaderScreen
import ReaderUI
import Testing

/// The checkout's `Themes/`, found from this file's path; nil when the tests run elsewhere.
private let themesFolder: String? = {
  let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path
  var isFolder: ObjCBool = false
  return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    ? path : nil
}()

@Suite struct ThemeBuiltinTests {
  @Test func theBuiltinNames() {
    #expect(ThemeCatalog.builtinNames == ["default", "high-contrast", "light", "monochrome"])
  }

  @Test(arguments: ["default", "high-contrast", "light", "monochrome"])
  func parsesAndSetsEveryRole(name: String) throws {
    let text = try #require(ThemeCatalog.builtinText(named: name))
    let theme = try ThemeFile.parse(text, name: name)
    #expect(theme.name == name)
    for role in Role.allCases {
      #expect(theme.defines(role), "[\(RoleNames.name(of: role))] missing from \(name)")
    }
    #expect(theme.usesColor == (name != "monochrome"))
  }

  @Test(arguments: ["default", "high-contrast", "light", "monochrome"])
  func highlightsSelectionAndStatusStandOut(name: String) throws {
    let theme = try ThemeFile.parse(try #require(ThemeCatalog.builtinText(named: name)), name: name)
    let text = theme.attributes(for: .text)
    let highlight = theme.attributes(for: .highlight)
    let current = theme.attributes(for: .currentHighlight)
    #expect(highlight.bold)
    #expect(highlight != text)
    #expect(current != highlight)
    #expect(theme.attributes(for: .searchMatch) != current)
    #expect(theme.attributes(for: .selection) != text)
    #expect(theme.attributes(for: .inactiveSelection) != theme.attributes(for: .selection))
    let status = theme.attributes(for: .status)
    if theme.usesColor {
      // A colour beside the text's: both highlights are visible without relying on bold alone.
      #expect(highlight.foreground != text.foreground || highlight.background != text.background)
      // The current highlight and the status line are bars of their own background.
      #expect(current.background != text.background)
      #expect(status.background != text.background)
    } else {
      #expect(current.reverse)
      #expect(status.reverse)
      #expect(theme.attributes(for: .selection).reverse)
      for role in Role.allCases {
        #expect(theme.attributes(for: role).foreground == .terminalDefault)
        #expect(theme.attributes(for: role).background == .terminalDefault)
      }
    }
  }

  /// A start takes a built-in theme as a value (`BuiltinThemeValues.swift`, generated with the
  /// texts): it must be what the text reads to, so that a user's copy of the file draws alike.
  @Test(arguments: ["default", "high-contrast", "light", "monochrome"])
  func theValuesAreWhatTheTextsReadTo(name: String) throws {
    let text = try #require(ThemeCatalog.builtinText(named: name))
    // No HOME and no XDG_CONFIG_HOME: no user file can stand in for the built-in one.
    let value = try ThemeCatalog.load(name: name, environment: [:], colorsAvailable: true)
    #expect(value == (try ThemeFile.parse(text, name: name)), "run Scripts/embed-themes.sh")
  }

  @Test(.enabled(if: themesFolder != nil))
  func embeddedCopiesMatchTheThemesFolderByteForByte() throws {
    let folder = try #require(themesFolder)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".toml") }.sorted()
    #expect(
      files.map { String($0.dropLast(5)) } == ThemeCatalog.builtinNames,
      "run Scripts/embed-themes.sh")
    for file in files {
      let name = String(file.dropLast(5))
      let bytes = try #require(FileManager.default.contents(atPath: folder + "/" + file))
      // Bytes, not Strings: String equality would accept a change of Unicode normalisation.
      let embedded = try #require(ThemeCatalog.builtinText(named: name))
      let identical = Array(embedded.utf8) == Array(bytes)
      #expect(
        identical, "Themes/\(file) differs from its embedded copy: run Scripts/embed-themes.sh")
    }
  }
}

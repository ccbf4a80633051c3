import ReaderScreen
import ReaderSettings
import ReaderUI
import Testing

/// User themes read as real TOML: what the small built-in reader refused now works, a role
/// set in part inherits the rest from `[text]`, and mistakes name their line.
@Suite struct UserThemeFileTests {
  @Test func takesBOMQuotedKeysInlineTablesAndComments() throws {
    let text = """
      \u{FEFF}name = "Solar" # the display name
      "color" = true
      text = { fg = "white", bg = 17 }
      ["highlight"]  # a quoted table name
      fg = "yellow"
      """
    let theme = try UserThemeFile.parse(text, name: "solar")
    #expect(theme.name == "Solar")
    #expect(
      theme.attributes(for: .text)
        == TextAttributes(foreground: .palette(7), background: .palette(17)))
    #expect(
      theme.attributes(for: .highlight)
        == TextAttributes(foreground: .palette(3), background: .palette(17), bold: true))
  }

  @Test func aRoleSetInPartTakesTheRestFromText() throws {
    let text = """
      [text]
      fg = "white"
      bg = "blue"
      underline = true
      [title]
      bold = true
      """
    let theme = try UserThemeFile.parse(text, name: "t")
    #expect(
      theme.attributes(for: .title)
        == TextAttributes(
          foreground: .palette(7), background: .palette(4), bold: true, underline: true))
    // A role left out is drawn like text.
    #expect(theme.attributes(for: .quote) == theme.attributes(for: .text))
  }

  @Test func readsEveryBuiltInThemeAsTheBuiltInReaderDoes() throws {
    for name in ThemeCatalog.builtinNames {
      let text = try #require(ThemeCatalog.builtinText(named: name))
      let builtin = try ThemeFile.parse(text, name: name)
      let user = try UserThemeFile.parse(text, name: name)
      for role in Role.allCases {
        #expect(user.attributes(for: role) == builtin.attributes(for: role), "\(name) \(role)")
      }
    }
  }

  @Test(arguments: [
    (
      "[highlight]\ncolour = \"red\"",
      "theme 't' line 2: unknown key 'colour' in [highlight]; keys are: fg, bg, bold, italic, underline, reverse, dim"
    ),
    (
      "[hilite]\nfg = \"red\"",
      "theme 't' line 1: unknown table [hilite]; a table names a role: \(RoleNames.all.map(\.name).joined(separator: ", "))"
    ),
    (
      "name = \"t\"\ncolor = true\n[hilite]\nfg = \"red\"",
      "theme 't' line 3: unknown table [hilite]; a table names a role: \(RoleNames.all.map(\.name).joined(separator: ", "))"
    ),
    (
      "[text]\nfg = \"chartreuse\"",
      "theme 't' line 2: bad value \"chartreuse\" for 'fg': expected a colour name (default, red, bright-red …), 0–255 or \"#rrggbb\""
    ),
    (
      "[text]\nfg = 300",
      "theme 't' line 2: bad value 300 for 'fg': expected a colour name (default, red, bright-red …), 0–255 or \"#rrggbb\""
    ),
    (
      "[text]\nbold = \"yes\"",
      "theme 't' line 2: bad value \"yes\" for 'bold': expected true or false"
    ),
    (
      "[text]\nfg = 010",
      "theme 't' line 2: invalid TOML: Error while parsing decimal integer: leading zeroes are prohibited"
    ),
    (
      "[text]\n[text]",
      "theme 't' line 2: invalid TOML: Error while parsing table header: cannot redefine existing table 'text'"
    ),
  ])
  func aMistakeNamesItsLine(text: String, message: String) {
    #expect(throws: ThemeError.self) { try UserThemeFile.parse(text, name: "t") }
    do {
      _ = try UserThemeFile.parse(text, name: "t")
    } catch {
      #expect(error.description == message)
    }
  }
}

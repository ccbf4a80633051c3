import ReaderScreen
import ReaderUI
import Testing

@Suite struct ThemeFileTests {
  @Test func readsTopKeysTablesAndEveryFlag() throws {
    let text = """
      # a comment line
      name = "Solar"   # trailing comment
      color = false

      [text]
      fg = "default"
      bg = 'black'

        [ current-highlight ]  # spaces around the name
      fg = 208
      bg = "#ff0000"
      bold = true
      italic = true
      underline = true
      reverse = true
      dim = true
      """
    let theme = try ThemeFile.parse(text, name: "solar")
    #expect(theme.name == "Solar")
    #expect(!theme.usesColor)
    #expect(theme.defines(.text))
    #expect(theme.defines(.currentHighlight))
    #expect(!theme.defines(.title))
    #expect(theme.attributes(for: .text) == TextAttributes(background: .palette(0)))
    #expect(
      theme.attributes(for: .currentHighlight)
        == TextAttributes(
          foreground: .palette(208), background: .palette(196), bold: true, dim: true,
          italic: true, underline: true, reverse: true))
  }

  @Test func aRoleLeftOutIsDrawnLikeText() throws {
    let theme = try ThemeFile.parse("[text]\nfg = \"green\"\n", name: "t")
    #expect(theme.name == "t")
    #expect(theme.usesColor)
    #expect(theme.attributes(for: .quote) == TextAttributes(foreground: .palette(2)))
  }

  @Test func everyRoleHasATableName() throws {
    for role in Role.allCases {
      let name = RoleNames.name(of: role)
      let theme = try ThemeFile.parse("[\(name)]\nunderline = true\n", name: "t")
      #expect(theme.defines(role), "[\(name)]")
      #expect(RoleNames.role(named: name) == role)
    }
    #expect(Set(Role.allCases.map(RoleNames.name(of:))).count == Role.allCases.count)
    #expect(RoleNames.name(of: .editorNote) == "editor-note")
    #expect(RoleNames.name(of: .inactiveSelection) == "inactive-selection")
    #expect(RoleNames.name(of: .statusAccent) == "status-accent")
    #expect(RoleNames.name(of: .overlayTitle) == "overlay-title")
  }

  @Test func stringsTakeEscapesAndHashes() throws {
    let theme = try ThemeFile.parse(
      "name = \"a \\\"b\\\" \\\\ # not a comment\" # a comment\n", name: "t")
    #expect(theme.name == "a \"b\" \\ # not a comment")
  }

  @Test func windowsLineEndingsAreAccepted() throws {
    let theme = try ThemeFile.parse("[title]\r\nbold = true\r\n", name: "t")
    #expect(theme.attributes(for: .title) == TextAttributes(bold: true))
  }

  /// Lines are counted the same with either ending, and a lone carriage return inside a line
  /// is not an ending; names keep accents and combining marks as written.
  @Test func linesAreCountedAcrossEndingsAndNamesKeepTheirScalars() throws {
    let named = try ThemeFile.parse("name = 'Cafe\u{301} “noir”'\r\ncolor = false\n", name: "t")
    #expect(named.name == "Cafe\u{301} “noir”")
    #expect(!named.usesColor)
    #expect(
      error("# one\r\n[text]\r\nbold = maybe\r\n")
        == ThemeError(
          theme: "solar", line: 3,
          reason: .badValue(key: "bold", value: "maybe", expected: "true or false")))
    #expect(
      error("[text]\nbold = true\rdim = true\n")
        == ThemeError(theme: "solar", line: 2, reason: .trailingText("= true")))
  }

  // MARK: errors, each naming the line

  private func error(_ text: String) -> ThemeError? {
    do {
      _ = try ThemeFile.parse(text, name: "solar")
      return nil
    } catch {
      return error
    }
  }

  @Test func unknownKeyInATable() {
    let failure = error("# c\n\n[highlight]\ncolour = \"red\"\n")
    #expect(failure?.line == 4)
    #expect(failure?.reason == .unknownKey("colour", table: "highlight"))
    #expect(
      failure?.description
        == "theme 'solar' line 4: unknown key 'colour' in [highlight]; keys are: fg, bg, bold, "
        + "italic, underline, reverse, dim")
  }

  @Test func unknownKeyAtTheTop() {
    let failure = error("name = \"x\"\ncolours = true\n")
    #expect(failure?.line == 2)
    #expect(failure?.reason == .unknownKey("colours", table: nil))
    #expect(
      failure?.description
        == "theme 'solar' line 2: unknown key 'colours' at the top; keys there are: name, color")
  }

  @Test func unknownTable() {
    let failure = error("[text]\n[hilight]\n")
    #expect(failure?.line == 2)
    #expect(failure?.reason == .unknownTable("hilight"))
    #expect(
      failure?.description.hasPrefix(
        "theme 'solar' line 2: unknown table [hilight]; a table names a role: text, title, ")
        == true)
  }

  @Test func badColourValues() {
    let expected = "a colour name (default, red, bright-red …), 0–255 or \"#rrggbb\""
    #expect(
      error("[text]\nfg = \"yelow\"\n")?.reason
        == .badValue(key: "fg", value: "\"yelow\"", expected: expected))
    #expect(
      error("[text]\n\nbg = 256\n")
        == ThemeError(
          theme: "solar", line: 3,
          reason: .badValue(key: "bg", value: "256", expected: expected)))
    #expect(error("[text]\nfg = \"#12345\"\n")?.line == 2)
    #expect(error("[text]\nfg = \"#gg0000\"\n")?.line == 2)
    #expect(error("[text]\nfg = -1\n")?.line == 2)
    #expect(error("[text]\nfg = true\n")?.line == 2)
    #expect(
      error("[text]\nfg = yellow\n")?.description
        == "theme 'solar' line 2: bad value yellow for 'fg': expected \(expected)")
  }

  @Test func badFlagAndTopValues() {
    #expect(
      error("[title]\nbold = yes\n")
        == ThemeError(
          theme: "solar", line: 2,
          reason: .badValue(key: "bold", value: "yes", expected: "true or false")))
    #expect(
      error("[title]\nbold = \"true\"\n")?.reason
        == .badValue(key: "bold", value: "\"true\"", expected: "true or false"))
    #expect(
      error("color = 1\n")?.reason
        == .badValue(key: "color", value: "1", expected: "true or false"))
    #expect(
      error("name = solar\n")?.reason
        == .badValue(key: "name", value: "solar", expected: "a string"))
  }

  @Test func unterminatedStrings() {
    #expect(
      error("[text]\nfg = \"red\n")
        == ThemeError(theme: "solar", line: 2, reason: .unterminatedString))
    #expect(error("name = 'x\n")?.reason == .unterminatedString)
    #expect(error("name = \"x\\\"\n")?.reason == .unterminatedString)
    #expect(
      error("[text]\nfg = \"red\n")?.description == "theme 'solar' line 2: unterminated string")
  }

  @Test func badEscape() {
    let failure = error("name = \"a\\qb\"\n")
    #expect(failure?.line == 1)
    #expect(failure?.reason == .badEscape("\\q"))
  }

  @Test func duplicateTable() {
    let failure = error("[text]\nbold = true\n\n[text]\n")
    #expect(failure == ThemeError(theme: "solar", line: 4, reason: .duplicateTable("text")))
    #expect(failure?.description == "theme 'solar' line 4: duplicate table [text]")
  }

  @Test func duplicateKey() {
    #expect(
      error("[text]\nbold = true\nbold = false\n")
        == ThemeError(theme: "solar", line: 3, reason: .duplicateKey("bold", table: "text")))
    #expect(
      error("name = \"a\"\nname = \"b\"\n")?.description
        == "theme 'solar' line 2: duplicate key 'name' at the top")
  }

  @Test func missingEquals() {
    let failure = error("[text]\nfg \"red\"\n")
    #expect(failure == ThemeError(theme: "solar", line: 2, reason: .missingEquals("fg \"red\"")))
    #expect(failure?.description == "theme 'solar' line 2: missing '=' in 'fg \"red\"'")
    #expect(error("[text]\nbold\n")?.reason == .missingEquals("bold"))
  }

  @Test func missingKey() {
    #expect(
      error("[text]\n= true\n")
        == ThemeError(theme: "solar", line: 2, reason: .missingKey("= true")))
    #expect(error("\"fg\" = \"red\"\n")?.reason == .missingKey("\"fg\" = \"red\""))
  }

  @Test func trailingText() {
    #expect(
      error("[text]\nfg = \"red\" \"blue\"\n")
        == ThemeError(theme: "solar", line: 2, reason: .trailingText("\"blue\"")))
    #expect(error("[text] extra\n")?.reason == .trailingText("extra"))
  }

  @Test func malformedTables() {
    #expect(
      error("[text\n") == ThemeError(theme: "solar", line: 1, reason: .malformedTable("[text")))
    #expect(error("[]\n")?.reason == .malformedTable("[]"))
    #expect(error("[[text]]\n")?.reason == .malformedTable("[[text]]"))
  }

  @Test func unsupportedTOMLIsAnErrorNotIgnored() {
    #expect(error("[text]\nfg = [1, 2]\n")?.line == 2)
    #expect(error("[text]\nfg = { a = 1 }\n")?.line == 2)
    #expect(error("[text]\nfg.x = 1\n")?.line == 2)
    #expect(error("name = \"\"\"x\"\"\"\n")?.line == 1)
  }
}

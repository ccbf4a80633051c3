import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// Links in the reading pane, headless: `Tab` into them, the selected one drawn in its role,
/// the status line, and what `Enter` and `o` do with each kind.
@Suite struct LinkSelectionTests {
  let marked: Set<Role> = [.selectedLink, .link, .statusAccent]

  func rows(keys: String) throws -> [String] {
    let screen = try frame(
      try LinkFixture.document(), 70, 20, keys: keys,
      options: ReaderOptions(fileLabel: "letters.md"))
    return screen.styledText(marking: marked).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
  }

  @Test func tabSelectsTheFirstLinkInViewAndTheStatusLineSaysWhereItLeads() throws {
    let rows = try rows(keys: "<Tab>")
    #expect(
      rows[3]
        == "  2 The lamp room's …│ The keeper wrote to ⟦sln:the harbour office⟧ every")
    #expect(
      rows[19]
        == "⟦sa: link 1/6 ⟧https://example.org/office")
  }

  @Test func tabStepsThroughInlineLinksAndRelatedEntriesInReadingOrder() throws {
    #expect(
      try rows(keys: "<Tab><Tab>")[4]
        == "    Arvid… 2025-01-12│ week, and once to ⟦sln:a newspaper⟧ that never")
    #expect(
      try rows(keys: "<Tab><Tab><Tab><Tab>")[8]
        == "                     │ can be asked for ⟦sln:by mail⟧.")
    let fifth = try rows(keys: "<Tab><Tab><Tab><Tab><Tab>")
    #expect(
      fifth[12]
        == "                     │ ⟦ln:• ⟧⟦sln:Fog signals and their makers⟧ ·\u{A0}2025-01-09")
    #expect(fifth[19].hasPrefix("⟦sa: link 5/6 ⟧https://example.org/fog "))
    // A related entry naming an article of the compilation says so instead of its address.
    let sixth = try rows(keys: "<Tab><Tab><Tab><Tab><Tab><Tab>")
    #expect(sixth[13] == "                     │ ⟦ln:• ⟧⟦sln:THE LAMP ROOM’S “NEW” LENS⟧")
    #expect(sixth[19].hasPrefix("⟦sa: link 6/6 ⟧article 2 "))
  }

  @Test func shiftTabGoesBackAndLeavesBeforeTheFirstLink() throws {
    #expect(
      try rows(keys: "<Tab><Tab><S-Tab>")[3]
        == "  2 The lamp room's …│ The keeper wrote to ⟦sln:the harbour office⟧ every")
    let left = try rows(keys: "<Tab><S-Tab>")
    #expect(!left.joined().contains("⟦sln:"))
    #expect(left[19].hasSuffix("? help"))
  }

  @Test func escAndAnyOtherKeyLeaveTheLinks() throws {
    #expect(!(try rows(keys: "<Tab><Esc>").joined().contains("⟦sln:")))
    #expect(!(try rows(keys: "<Tab>j").joined().contains("⟦sln:")))
  }

  @Test func tabAfterTheLastLinkFocusesTheNextPane() throws {
    let model = try program(
      try LinkFixture.document(), 70, 20, keys: "<Tab><Tab><Tab><Tab><Tab><Tab><Tab>",
      options: ReaderOptions(fileLabel: "letters.md"))
    #expect(model.model.links.selected == nil)
    #expect(model.state.focus == .list)
  }

  @Test func withNoLinkInViewTabStillMovesThePaneFocus() throws {
    // The second article has no links.
    let model = try program(
      try LinkFixture.document(), 70, 20, keys: "}<Tab>",
      options: ReaderOptions(fileLabel: "letters.md"))
    #expect(model.model.links.selected == nil)
    #expect(model.state.focus == .list)
  }

  @Test func refusedSchemesSaySoInTheStatusLine() throws {
    #expect(
      try rows(keys: "<Tab><Tab><Enter>")[19]
        == "⟦sa: link 2/6 ⟧javascript:alert… ⟦sa:refused: javascript: links are not opened ⟧")
    #expect(
      try rows(keys: "<Tab><Tab><Tab>o")[19]
        == "⟦sa: link 3/6 ⟧file:///srv/archive     ⟦sa:refused: file: links are not opened ⟧")
  }

  @Test func theSelectedLinkRoleIsInEveryBuiltinThemeAndDistinctFromLinkAndSelection() throws {
    for name in ThemeCatalog.builtinNames {
      let theme = try ThemeFile.parse(
        try #require(ThemeCatalog.builtinText(named: name)), name: name)
      let selected = theme.attributes(for: .selectedLink)
      #expect(theme.defines(.selectedLink), "\(name)")
      #expect(selected != theme.attributes(for: .link), "\(name)")
      #expect(selected != theme.attributes(for: .selection), "\(name)")
      #expect(selected != theme.attributes(for: .text), "\(name)")
    }
  }
}

/// The update on its own: `Enter` on links, events in and commands out.
@Suite struct LinkUpdateTests {
  func model(_ lines: WrappedLineCache) throws -> ReaderModel {
    var model = ReaderModel(document: try LinkFixture.document())
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 70, height: 20), to: &model, lines: lines)
    return model
  }

  func press(_ keys: [Key], _ model: inout ReaderModel, _ lines: WrappedLineCache) -> [Command] {
    keys.flatMap { Update.apply(.key($0), to: &model, lines: lines) }
  }

  @Test func enterOnARelatedEntryNamingAnArticleOpensItAndDoubleQuoteComesBack() throws {
    let lines = WrappedLineCache()
    var model = try model(lines)
    let commands = press(Array(repeating: .tab, count: 6) + [.enter], &model, lines)
    #expect(commands == [])
    #expect(model.state.openArticle == 1)
    #expect(model.links.selected == nil)
    #expect(model.state.message == "article 2 ('' goes back)")
    _ = press([.character("'"), .character("'")], &model, lines)
    #expect(model.state.openArticle == 0)
  }

  @Test func enterOnALinkToTheWebAsksTheRuntimeToOpenItsAddress() throws {
    let lines = WrappedLineCache()
    var model = try model(lines)
    let commands = press([.tab, .enter], &model, lines)
    #expect(commands == [.openAddress("https://example.org/office")])
    #expect(model.state.message == "opening https://example.org/office")
    #expect(model.state.openArticle == 0)
  }

  @Test func oOpensTheAddressEvenOfAnEntryThatNamesAnArticle() throws {
    let lines = WrappedLineCache()
    var model = try model(lines)
    let commands = press(Array(repeating: .tab, count: 6) + [.character("o")], &model, lines)
    #expect(commands == [.openAddress("https://example.org/lens")])
    #expect(model.state.openArticle == 0)
  }

  @Test func refusedAddressesAskForNothing() throws {
    let lines = WrappedLineCache()
    var model = try model(lines)
    #expect(press([.tab, .tab, .enter], &model, lines) == [])
    #expect(model.state.message == "refused: javascript: links are not opened")
    #expect(press([.tab, .character("o")], &model, lines) == [])
    #expect(model.state.message == "refused: file: links are not opened")
  }

  @Test func aFailedOpenIsReportedInTheStatusLine() throws {
    let lines = WrappedLineCache()
    var model = try model(lines)
    _ = Update.apply(.addressNotOpened("could not start nowhere"), to: &model, lines: lines)
    #expect(model.state.message == "could not start nowhere")
  }

  /// Plain text has related entries without addresses: the sample's first article lists the
  /// second by its title.
  @Test func aPlainTextRelatedEntryOpensTheArticleItNames() throws {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: Document.sample())
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 110, height: 30), to: &model, lines: lines)
    _ = press([.character("G"), .tab], &model, lines)
    #expect(
      model.links.selected?.title
        == "Voices from the platform: the first week on the Saltmarsh Line")
    #expect(model.links.selected?.address == nil)
    _ = press([.enter], &model, lines)
    #expect(model.state.openArticle == 1)
  }
}

/// Which addresses open, and the title folding that decides what a link names.
@Suite struct LinkAddressTests {
  @Test(arguments: [
    "https://example.org/a", "HTTP://example.org", "mailto:someone@example.org",
  ])
  func webAndMailOpen(_ address: String) {
    #expect(LinkAddress.verdict(address) == .open)
  }

  @Test func everythingElseIsRefusedWithTheReason() {
    #expect(
      LinkAddress.verdict("javascript:alert(1)")
        == .refused("refused: javascript: links are not opened"))
    #expect(
      LinkAddress.verdict("DATA:text/html,<b>x</b>")
        == .refused("refused: data: links are not opened"))
    #expect(
      LinkAddress.verdict("file:///etc/passwd") == .refused("refused: file: links are not opened"))
    #expect(
      LinkAddress.verdict("ftp://example.org") == .refused("refused: ftp: links are not opened"))
    #expect(
      LinkAddress.verdict("../other.html")
        == .refused("refused: the address names no scheme (only http, https and mailto open)"))
    for control in ["\u{1B}]52;c;x\u{07}", "\n", "\u{7F}", "\u{9B}", "\u{202E}"] {
      #expect(
        LinkAddress.verdict("https://example.org/" + control)
          == .refused("refused: the address holds control characters"))
    }
  }

  @Test func titlesMatchAcrossCaseQuotesDashesAndSpacing() {
    #expect(
      TitleMatch.fold("THE LAMP ROOM’S  “NEW” LENS — part 2…")
        == TitleMatch.fold("The lamp room's \"new\" lens - part 2..."))
    #expect(TitleMatch.fold("Lens") != TitleMatch.fold("Lenses"))
  }
}

/// Two articles of one title: a related entry's date names the one it means.
@Suite struct RepeatedTitleLinkTests {
  @Test func aRelatedEntrysDateTellsTwoArticlesOfOneTitleApart() throws {
    let text = """
      Same title

      by Ann Lee [1-1-2024 published].

      The first body, about the harbour.

      Same title

      by Bo Chen [1-2-2024 published].

      The second body, about the tides.

      Other news

      by Cy Dale [1-3-2024 published].

      The third body.

      Related

      Same title [1-2-2024]

      """
    let reader = try program(parsed(text), 100, 20, keys: "}}<Tab><Enter>")
    #expect(reader.state.openArticle == 1)
  }
}

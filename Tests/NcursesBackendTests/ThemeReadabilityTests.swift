import ReaderScreen
import ReaderUI
import Testing

@testable import NcursesBackend

/// Issue 14 item 6: on `TERM=xterm` (8 colours) borders, headers, bylines and dates were drawn
/// black on the default background, invisible on a dark terminal. Every role of every built-in
/// theme, on 8, 16 and 256 colours, must be neither black on the default background nor in the
/// colour of its own background.
@Suite struct ThemeReadabilityTests {
  static let cases: [(String, Int)] = ThemeCatalog.builtinNames.flatMap { name in
    [8, 16, 256].map { (name, $0) }
  }

  @Test(arguments: cases)
  func everyRoleIsReadable(theme name: String, colorCount: Int) throws {
    let theme = try ThemeFile.parse(try #require(ThemeCatalog.builtinText(named: name)), name: name)
    for role in Role.allCases {
      let style = theme.attributes(for: role)
      let colors = readableColors(for: style, colorCount: colorCount)
      // What the terminal draws: reverse swaps the two.
      let (drawnText, drawnBackground) =
        style.reverse
        ? (colors.background, colors.foreground) : (colors.foreground, colors.background)
      let label = "\(name) [\(RoleNames.name(of: role))] on \(colorCount) colours"
      #expect(!(drawnText == 0 && drawnBackground == -1), "black on the default: \(label)")
      #expect(
        !(drawnText == -1 && drawnBackground == 0 && !style.reverse), "default on black: \(label)")
      #expect(drawnText == -1 || drawnText != drawnBackground, "text as its background: \(label)")
    }
  }

  @Test func aGreyBandOnEightColoursIsTheDefaultColoursSwapped() {
    // The selection of a pane not focused: white on grey, which 8 colours make white on black,
    // no band at all on a dark terminal.
    let band = TextAttributes(foreground: .palette(15), background: .palette(8))
    #expect(
      readableColors(for: band, colorCount: 8)
        == ReadableColors(foreground: -1, background: -1, dim: false, reverse: true))
    #expect(readableColors(for: band, colorCount: 16).background == 8)
    let black = TextAttributes(foreground: .palette(15), background: .palette(0))
    #expect(readableColors(for: black, colorCount: 8).reverse == false)
  }

  @Test func brightBlackOnEightColoursIsTheDefaultColourDimmed() {
    let border = TextAttributes(foreground: .palette(8))
    #expect(
      readableColors(for: border, colorCount: 8)
        == ReadableColors(foreground: -1, background: -1, dim: true))
    #expect(
      readableColors(for: border, colorCount: 16)
        == ReadableColors(foreground: 8, background: -1, dim: false))
  }

  @Test func whiteOnTheDefaultIsTheDefaultOnFewColours() {
    let white = TextAttributes(foreground: .palette(15))
    #expect(readableColors(for: white, colorCount: 16).foreground == -1)
    #expect(readableColors(for: white, colorCount: 256).foreground == 15)
  }

  @Test func textInItsBackgroundColourIsMadeToContrast() {
    // White on bright white: both white (7) on 8 colours; black text then.
    let same = TextAttributes(foreground: .palette(7), background: .palette(15))
    #expect(
      readableColors(for: same, colorCount: 8)
        == ReadableColors(foreground: 0, background: 7, dim: false))
    // Grey on black: both black on 8 colours; white text then.
    let dark = TextAttributes(foreground: .palette(8), background: .palette(0))
    #expect(
      readableColors(for: dark, colorCount: 8)
        == ReadableColors(foreground: 7, background: 0, dim: false))
  }
}

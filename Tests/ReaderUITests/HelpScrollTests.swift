import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// The help says where its window is and that there is more, and scrolls with the reading
/// keys; it tells how to select text with the terminal's own selection.
@Suite struct HelpScrollTests {
  private func edges(_ keys: String) throws -> [String] {
    let screen = try frame(.sample(), 80, 24, keys: keys, options: sampleOptions)
    return [screen.row(0), screen.row(1), screen.row(22)]
  }

  @Test func theBoxShowsItsWindowAndWhatIsHidden() throws {
    #expect(
      try edges("?") == [
        " Articles ┌─ Keys 1–21 of 31 ───────────────────────────────────────┐",
        "▸ 1 The Sa│ q               quit                                    │",
        "          └─ ↓ more · j k PgDn PgUp g G · Esc closes ───────────────┘",
      ])
    let atTheEnd = [
      " Articles ┌─ Keys 11–31 of 31 ──────────────────────────────────────┐",
      "▸ 1 The Sa│ 12 Enter        open article 12                         │",
      "          └─ ↑ more · j k PgDn PgUp g G · Esc closes ───────────────┘",
    ]
    #expect(try edges("?G") == atTheEnd)
    #expect(try edges("?<PgDn>") == atTheEnd)
    #expect(try edges("?jjjjjjjjjjjj") == atTheEnd)
    #expect(
      try edges("?Gk") == [
        " Articles ┌─ Keys 10–30 of 31 ──────────────────────────────────────┐",
        "▸ 1 The Sa│ Enter           open the article / jump to the quote    │",
        "          └─ ↑↓ more · j k PgDn PgUp g G · Esc closes ──────────────┘",
      ])
    #expect(try edges("?G<PgUp>") == edges("?"))
    #expect(try edges("?Gg") == edges("?"))
  }

  @Test func aBoxThatHoldsEverythingSaysOnlyHowToClose() throws {
    let screen = try frame(.sample(), 80, 40, keys: "?", options: sampleOptions)
    #expect(
      screen.row(3) == "  2 Voices┌─ Keys ──────────────────────────────────────────────────┐")
    #expect(
      screen.row(35).hasPrefix(
        "          └─ Esc closes ────────────────────────────────────────────┘"))
  }

  @Test func itSaysHowToSelectTextWithTheTerminal() throws {
    let screen = try frame(.sample(), 80, 24, keys: "?G", options: sampleOptions)
    #expect(
      screen.row(20).hasPrefix(
        "          │ mouse           click opens, drag selects, wheel moves  │"))
    #expect(
      screen.row(21).hasPrefix(
        "          │ Shift-drag      select text to copy (the terminal's)    │"))
  }
}

import Foundation
import Testing

/// Links in tmux, in a Markdown compilation of our own: `Tab` into the links, `Enter` on a
/// related entry opens the article it names, `Enter` on a web link starts `$BROWSER` (a script
/// recording its arguments) with the address as one argument.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct LinksTmuxTests {
  static let letters = """
    # Harbour Letters

    ## The pilot's logbook

    *by Sela Krough [2-3-2025 published]*

    The pilot kept [a logbook](https://example.org/log?a=1&b=$(date)) for thirty years.

    Related

    [Gulls over the breakwater](https://example.org/gulls)

    [THE NIGHT FERRY’S “LAST” RUN](https://example.org/ferry)

    ## The night ferry's "last" run

    *by Tam Oduya [2-9-2025 published]*

    The ferry ran late, as it always had, and nobody minded.
    """

  /// Writes the letters and a browser that records its arguments beside them.
  func prepare(_ scratch: Scratch) throws {
    try scratch.write(Self.letters, to: "letters.md")
    try scratch.write(
      """
      for word in "$@"; do printf '%s\\n' "$word"; done > browser-argv.partial
      mv browser-argv.partial browser-argv

      """, to: "browser.sh")
  }

  @Test func tabAndEnterFollowARelatedEntryAndOpenAWebLinkWithTheBrowser() throws {
    let scratch = try Scratch()
    try prepare(scratch)
    let reader = try ReaderInTmux(
      ["letters.md"], prefix: "env BROWSER=\"sh $PWD/browser.sh\"", width: 80, height: 20,
      scratch: scratch)
    reader.waitFor("Article 1/2")
    try reader.tmux.sendKeys("Tab")
    reader.waitFor("link 1/3")
    try reader.tmux.sendKeys("Tab", "Tab")
    reader.waitFor("link 3/3 article 2")
    try reader.tmux.sendKeys("Enter")
    reader.waitFor("Article 2/2")
    #expect(try reader.lines().contains { $0.contains("The ferry ran late") })
    try reader.tmux.type("''")
    reader.waitFor("Article 1/2")
    try reader.tmux.sendKeys("Tab")
    reader.waitFor("link 1/3 https://example.org/log?a=1&b")
    try reader.tmux.sendKeys("Enter")
    reader.waitFor("opening https://example.org/log?a=1&b=$(date)")
    reader.waitUntil(whenever: "the browser has written its arguments") {
      scratch.read("browser-argv") != nil
    }
    #expect(scratch.read("browser-argv") == "https://example.org/log?a=1&b=$(date)")
    try reader.quitAndExpectRestored()
  }
}

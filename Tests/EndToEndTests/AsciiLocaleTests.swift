import Foundation
import TestSupport
import Testing

/// With `LC_ALL=C` the terminal can only be sent ASCII: the panes' lines and marks are drawn
/// in ASCII, and the status line says why the rest shows as `?`.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct AsciiLocaleTests {
  @Test func aLocaleWithoutUTF8DrawsInASCIIAndSaysSo() throws {
    let reader = try ReaderInTmux(prefix: "env LC_ALL=C", width: 100, height: 24)
    reader.waitUntil(whenever: "the notice is shown") {
      try reader.statusLine().contains("not UTF-8: other characters show as ?")
    }
    let lines = try reader.lines()
    #expect(lines[0].contains(" | "), "\(lines[0])")
    #expect(lines.joined().unicodeScalars.allSatisfy { $0.isASCII })
    try reader.quitAndExpectRestored()
  }

  /// In the C locale curses cannot read a character past ASCII, and `wget_wch` went on
  /// swallowing the bytes after one while it tried: `aé b` typed in the search prompt left
  /// `a `. Typed characters are read as UTF-8 (what the terminal sends), shown as `?`.
  @Test func textTypedPastASCIIKeepsWhatFollows() throws {
    let reader = try ReaderInTmux(prefix: "env LC_ALL=C", width: 100, height: 24)
    reader.waitUntil(whenever: "the notice is shown") {
      try reader.statusLine().contains("not UTF-8")
    }
    try reader.tmux.type("/")
    reader.waitUntil(whenever: "the prompt is open") { try reader.statusLine().hasPrefix(" /") }
    try reader.tmux.type("a\u{E9} b")
    reader.waitUntil(whenever: "all of it is in the prompt") {
      try reader.statusLine().hasPrefix(" /a? b|")
    }
    try reader.tmux.sendKeys("Escape")
    reader.waitUntil(whenever: "the prompt is closed") {
      try !reader.statusLine().hasPrefix(" /")
    }
    try reader.quitAndExpectRestored()
  }
}

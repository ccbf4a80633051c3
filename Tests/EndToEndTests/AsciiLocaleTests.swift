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
}

import Foundation
import TestSupport
import Testing

/// The real `reader` in tmux under a huge window, a storm of resizes, and a file whose name
/// would retitle the terminal: the screen stays what `reader snapshot` says, and the terminal
/// comes back as it was.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct HostileTerminalTests {
  @Test func aHugeWindowIsDrawnWholeAndQuitsCleanly() throws {
    let scratch = try Scratch()
    let path = scratch.directory.appendingPathComponent("document.txt").path
    let expected = try EndToEnd.snapshot(["--size", "500x200", path], in: scratch)
    #expect(expected.count == 200)
    let reader = try ReaderInTmux([path], width: 500, height: 200, scratch: scratch)
    reader.waitUntil(whenever: "the pane shows what `reader snapshot` shows at 500×200") {
      try reader.lines() == expected
    }
    try reader.quitAndExpectRestored()
  }

  @Test func aStormOfResizesEndsOnTheSnapshotOfTheLastSize() throws {
    let scratch = try Scratch()
    let path = scratch.directory.appendingPathComponent("document.txt").path
    let expected = try EndToEnd.snapshot(["--size", "100x30", path], in: scratch)
    let reader = try ReaderInTmux([path], width: 80, height: 24, scratch: scratch)
    reader.waitFor("Article 1/1")
    let sizes = [(1, 1), (300, 100), (2, 2), (80, 24), (1, 60), (250, 1), (13, 7), (300, 100)]
    for step in 0..<30 {
      let (width, height) = sizes[step % sizes.count]
      try reader.tmux.resize(width: width, height: height)
    }
    try reader.tmux.resize(width: 100, height: 30)
    reader.waitUntil(whenever: "the pane shows what `reader snapshot` shows at 100×30") {
      try reader.lines() == expected
    }
    #expect(try reader.tmux.display("#{pane_width}x#{pane_height}") == "100x30")
    try reader.quitAndExpectRestored()
  }

  /// The name holds `ESC ] 0 ; title BEL` (which sets the window title) and a line feed.
  @Test func aFileNameWithAnEscapeAndANewLineIsShownNotObeyed() throws {
    let scratch = try Scratch()
    let name = "evil\u{1B}]0;pwned\u{07}\nname.txt"
    try scratch.write(EndToEnd.sampleDocument, to: name)
    let path = scratch.directory.appendingPathComponent(name).path
    let expected = try EndToEnd.snapshot(["--size", "100x30", path], in: scratch)
    #expect(expected.last?.hasPrefix(" evil^[]0;pwned^G^Jname.txt │ Article 1/1 │ ") == true)
    let reader = try ReaderInTmux([path], width: 100, height: 30, scratch: scratch)
    reader.waitUntil(whenever: "the pane shows what `reader snapshot` shows") {
      try reader.lines() == expected
    }
    #expect(try !reader.tmux.display("#{pane_title}").contains("pwned"))
    try reader.quitAndExpectRestored()
    #expect(try !reader.tmux.display("#{pane_title}").contains("pwned"))
  }
}

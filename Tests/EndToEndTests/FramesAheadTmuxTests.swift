import Foundation
import TestSupport
import Testing

/// Keys pressed one at a time, each after the last frame has settled: the terminal loop has
/// then drawn the moving keys' frames ahead and answers them with bytes encoded before the
/// key came. The pane must show, key after key, what `reader snapshot` draws for the same
/// keys, also after a resize drops the frames drawn for the old size.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct FramesAheadTmuxTests {
  @Test func eachKeyShowsTheFrameSnapshotDraws() throws {
    let scratch = try Scratch()
    let reader = try ReaderInTmux(width: 120, height: 24, scratch: scratch)
    reader.waitFor("Highlight –/17")
    var pressed = ""
    let keys = [
      "j", "j", "j", "k", " ", " ", "b", "]", "]", "[", "}", "}", "{", "G", "g", "S", "S",
    ]
    for key in keys {
      try reader.tmux.type(key)
      pressed += key == " " ? "<Space>" : key
      let expected = try EndToEnd.snapshot(["--size", "120x24", "--keys", pressed], in: scratch)
      guard
        reader.waitUntil(
          whenever: "the pane shows the snapshot after \(pressed)",
          {
            try reader.lines() == expected
          })
      else { break }
    }
    try reader.tmux.resize(width: 90, height: 20)
    try reader.tmux.type("j")
    pressed += "j"
    let resized = try EndToEnd.snapshot(["--size", "90x20", "--keys", pressed], in: scratch)
    reader.waitUntil(whenever: "the pane shows the snapshot at 90×20 after \(pressed)") {
      try reader.lines() == resized
    }
    try reader.quitAndExpectRestored()
  }
}

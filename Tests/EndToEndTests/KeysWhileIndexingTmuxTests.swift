import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Keys that come faster than the index's ticks while a large file is read: each is answered
/// from a frame drawn ahead, and the index must still move on under them. A loop that waited
/// for a quiet tick never got one while the keys kept coming, and the status line said
/// "indexing" for as long as they did.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct KeysWhileIndexingTmuxTests {
  /// About 24 MB of articles of our own: indexing it takes a good part of a second.
  static let articleCount = 24_000

  static func compilation() -> String {
    var text = ""
    text.reserveCapacity(articleCount * 1_050)
    let body = String(
      repeating: "The river pilots logged the crossing at dawn and again at dusk. ", count: 12)
    for number in 1...articleCount {
      text += "Pilot log \(number)\n\nby Ines Varro [5-\(number % 28 + 1)-2024 published].\n\n"
      text += "The **morning tide** came in at \(number) minutes past. \(body)\n\n"
    }
    return text
  }

  @Test func theIndexMovesOnUnderKeysDrawnAhead() throws {
    let scratch = try Scratch()
    try scratch.write(Self.compilation(), to: "pilots.txt")
    let reader = try ReaderInTmux(
      ["--no-history", "pilots.txt"], width: 120, height: 30, scratch: scratch)
    reader.waitFor("│ Article 1/")
    // `j` and `k` in turn, about every 30 ms, each drawn ahead (the last two keys): until the
    // status line counts every article, or 20 seconds.
    let deadline = Date().addingTimeInterval(20)
    var status = try reader.statusLine()
    var presses = 0
    while Date() < deadline {
      try reader.tmux.type(presses % 2 == 0 ? "j" : "k")
      presses += 1
      var pause = timespec(tv_sec: 0, tv_nsec: 30_000_000)
      nanosleep(&pause, nil)
      if presses % 4 == 0 {
        status = try reader.statusLine()
        if !status.contains("indexing") && status.contains("/\(Self.articleCount) ") { break }
      }
    }
    #expect(!status.contains("indexing"), "after \(presses) keys: \(status)")
    #expect(
      status.contains("│ Article 1/\(Self.articleCount) │"), "after \(presses) keys: \(status)")
    try reader.quitAndExpectRestored()
  }
}

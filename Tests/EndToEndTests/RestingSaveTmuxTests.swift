import Foundation
import Testing

/// The place is saved while reading: scroll inside an article, let the view rest until the
/// store has written it, `kill -9` the reader, and the next start comes back to that line.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct RestingSaveTmuxTests {
  /// Whether the database's write-ahead log holds `text`: a saved place is kept with a quote
  /// of the paragraph on top, so its words appear there once the save is written.
  func logHolds(_ text: String, _ scratch: Scratch) -> Bool {
    let path = scratch.directory.appendingPathComponent("xdg-data/reader/reader.sqlite3-wal").path
    guard let data = FileManager.default.contents(atPath: path) else { return false }
    return data.range(of: Data(text.utf8)) != nil
  }

  func open(_ scratch: Scratch) throws -> ReaderInTmux {
    for name in ["pid", "status", "before", "after"] {
      try? FileManager.default.removeItem(at: scratch.directory.appendingPathComponent(name))
    }
    return try ReaderInTmux(["stories.txt"], width: 90, height: 14, scratch: scratch)
  }

  @Test func aKilledReaderComesBackToWhereTheViewRestedInsideTheArticle() throws {
    let scratch = try Scratch()
    try scratch.write(MemoryEndToEndTests.compilation, to: "stories.txt")
    let top: String
    do {
      let reader = try open(scratch)
      reader.waitFor("Article 1/3")
      // Down until the second paragraph starts the view: its words are what the save quotes.
      for _ in 0..<20 where try !reader.lines()[1].contains("│ Paragraph 2 of story 1") {
        let shown = try reader.lines()
        try reader.tmux.type("j")
        reader.waitUntil(whenever: "the text has scrolled") { try reader.lines() != shown }
      }
      top = try reader.lines()[1]
      #expect(top.contains("│ Paragraph 2 of story 1"))
      reader.waitUntil(whenever: "the place the view rests at is saved") {
        logHolds("Paragraph 2 of story 1", scratch)
      }
      let pid = try #require(scratch.read("pid").flatMap { Int32($0) })
      #expect(kill(pid, SIGKILL) == 0)
      reader.waitUntil(whenever: "the program has been killed") { scratch.read("status") != nil }
      #expect(scratch.read("status") == "137")
    }
    let again = try open(scratch)
    again.waitFor("back where you left off")
    #expect(try again.lines()[1] == top)
    #expect(try again.statusLine().contains("Article 1/3"))
    try again.quitAndExpectRestored()
  }
}

import Foundation
import TestSupport
import Testing

/// Files that are awkward by size or by bytes, opened in a real terminal: a 20 MB file that is
/// one line, and Markus Kuhn's UTF-8 decoder stress test (one NUL, 378 bad sequences).
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct HugeInputTests {
  /// About 20 MB on one line: the title and byline, then one paragraph of words, the last one
  /// `finale`.
  private static func oneLineFile() -> String {
    let words = ["river", "stone", "東京", "lantern", "épée", "mill", "orchard", "tide"]
    var body = ""
    body.reserveCapacity(20_100_000)
    var index = 0
    while body.utf8.count < 20_000_000 {
      body += words[index % words.count]
      body += " "
      index += 1
    }
    return "One long line\n\nby Ann Lee [2024-01-31].\n\n" + body + "finale\n"
  }

  @Test func aTwentyMegabyteLineOpensScrollsToItsEndAndQuits() throws {
    let scratch = try Scratch()
    try scratch.write(Self.oneLineFile(), to: "one-line.txt")
    let path = scratch.directory.appendingPathComponent("one-line.txt").path
    let reader = try ReaderInTmux([path], width: 100, height: 30, scratch: scratch)
    reader.waitFor("Article 1/1")
    reader.waitFor("│ river stone 東京 lantern épée mill")
    try reader.tmux.type("G")
    reader.waitUntil(whenever: "the end of the line is shown") {
      let lines = try reader.lines()
      return lines.contains { $0.contains("finale") } && lines.last?.contains("100%") == true
    }
    try reader.quitAndExpectRestored()
  }

  @Test(.enabled(if: SharedFixtures.runs(needing: "testdata/UTF-8-test.txt"), "no UTF-8-test.txt"))
  func kuhnsStressTestIsShownAsDamagedUTF8() throws {
    let source = try #require(SharedFixtures.testData("UTF-8-test.txt"))
    let scratch = try Scratch()
    let path = scratch.directory.appendingPathComponent("UTF-8-test.txt").path
    try FileManager.default.copyItem(atPath: source, toPath: path)
    let reader = try ReaderInTmux([path], width: 120, height: 40, scratch: scratch)
    reader.waitFor("Article 1/")
    #expect(
      try reader.lines().contains { $0.contains("UTF-8 decoder capability and stress test") })
    // Read as UTF-8, its Greek test word can be searched for (as Windows-1252 it would be
    // "Îºá½¹ÏƒÎ¼Îµ"), and the status line counts the match.
    try reader.tmux.type("/κόσμε")
    try reader.tmux.sendKeys("Enter")
    reader.waitFor("\"κόσμε\"")
    reader.waitUntil(whenever: "the match is counted") {
      try reader.statusLine().contains("/κόσμε 1/1")
    }
    try reader.quitAndExpectRestored()
  }
}

import Foundation
import TestSupport
import Testing

/// Issue 14 item 3: a page of joined emoji, then Space, left pieces of the old page on a tmux
/// screen, because tmux drew each ZWJ sequence in two columns where the screen model had six.
/// Page by page, the terminal must show exactly what `reader snapshot` shows for the same keys.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct JoinedEmojiTests {
  static let emojiDocument: String = {
    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
    let coder = "\u{1F469}\u{1F3FD}\u{200D}\u{1F4BB}"
    let rainbow = "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}"
    let thumbs = "\u{1F44D}\u{1F3FF}"
    let keycap = "1\u{FE0F}\u{20E3}"
    let heart = "\u{2764}\u{FE0F}"
    let flag = "\u{1F1FA}\u{1F1E6}"
    let parts = [family, coder, rainbow, thumbs, keycap, heart, flag, "\u{1F3FD}", "漢字"]
    var text = "Joined emoji\n\nby Mara Quill [3-14-2024 published].\n\n"
    for number in 1...40 {
      let line = (0..<6).map { parts[($0 + number) % parts.count] }.joined(separator: " word ")
      text += "Paragraph \(number): \(line) \(family)\(family)\(coder) end.\n\n"
    }
    return text
  }()

  @Test func emojiFilePagesAsTheSnapshotShows() throws {
    try pageThrough(Self.emojiDocument, named: "emoji.txt", pages: 12)
  }

  @Test(.enabled(if: SharedFixtures.runs(needing: "testdata/blns.txt"), "needs ../shared"))
  func naughtyStringsPageAsTheSnapshotShows() throws {
    let path = try #require(SharedFixtures.testData("blns.txt"))
    try pageThrough(
      try String(contentsOfFile: path, encoding: .utf8), named: "blns.txt", pages: 120)
  }

  /// Opens `text` at 100×24, presses Space `pages` times, and after each press expects the pane
  /// to equal `reader snapshot` with as many Spaces.
  private func pageThrough(_ text: String, named name: String, pages: Int) throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(text, to: name)
    let path = scratch.directory.appendingPathComponent(name).path
    let reader = try ReaderInTmux([path], width: 100, height: 24, scratch: scratch)
    var previous: [String] = []
    for page in 0...pages {
      if page > 0 { try reader.tmux.type(" ") }
      let keys = String(repeating: "<Space>", count: page)
      let expected = try EndToEnd.snapshot(["--size", "100x24", "--keys", keys, path], in: scratch)
      let same = reader.waitUntil(whenever: "page \(page) is the snapshot") {
        try reader.lines() == expected
      }
      if !same {
        Issue.record("snapshot after \(page) Spaces:\n\(expected.joined(separator: "\n"))")
        break
      }
      // Past the end nothing changes any more.
      if expected == previous {
        // The whole file was paged through, not cut short by `pages`.
        #expect(page > 1)
        break
      }
      #expect(page < pages, "the file is longer than \(pages) pages")
      previous = expected
    }
    try reader.quitAndExpectRestored()
  }
}

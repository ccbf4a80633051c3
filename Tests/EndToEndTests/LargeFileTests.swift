import Foundation
import Testing

/// `reader FILE` shows the first screen after indexing only the first articles and indexes the
/// rest in the background: the status line must still name the file and, once indexing is
/// done, count every article.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct LargeFileTests {
  /// More articles than the reader indexes before its first frame (64).
  static let articleCount = 200

  static func compilation() -> String {
    (1...articleCount).map { number in
      """
      Harbour Ledger Entry \(number)

      by Mara Quill [3-14-2024 published].

      The ferry counted \(number) crossings before the **tide turned** at the quay.

      """
    }.joined(separator: "\n")
  }

  @Test func aFileWithManyArticlesIsCountedInFullAndNamedInTheStatusLine() throws {
    let scratch = try Scratch()
    try scratch.write(LargeFileTests.compilation(), to: "many.txt")
    let reader = try ReaderInTmux(["many.txt"], scratch: scratch)
    reader.waitFor(" many.txt │ Article 1/\(LargeFileTests.articleCount) │ Highlight –/")
    #expect(try reader.lines().first { $0.contains("Harbour Ledger Entry 1") } != nil)
    // Past the articles indexed before the first frame.
    try reader.tmux.type(String(repeating: "}", count: 70))
    reader.waitFor("│ Article 71/\(LargeFileTests.articleCount) │")
    #expect(try reader.lines().first { $0.contains("Harbour Ledger Entry 71") } != nil)
    #expect(try !reader.statusLine().contains("indexing"))
    try reader.quitAndExpectRestored()
  }

  @Test func pipedStandardInputWithManyArticlesIsCountedInFull() throws {
    let scratch = try Scratch()
    try scratch.write(LargeFileTests.compilation(), to: "many.txt")
    let reader = try ReaderInTmux(["-"], prefix: "cat many.txt |", scratch: scratch)
    reader.waitFor("│ Article 1/\(LargeFileTests.articleCount) │")
    try reader.quitAndExpectRestored()
  }
}

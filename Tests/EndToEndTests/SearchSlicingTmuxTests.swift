import Foundation
import Testing

/// In the terminal, a typed search that must read further than one slice goes on while the
/// reader waits for keys: the loop runs the scan as idle work, so a miss ends in `not found`
/// and a far match is jumped to, with no further key pressed.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct SearchSlicingTmuxTests {
  static let articleCount = 200

  /// About 3.2 MB: more than one slice of a typed search (2 MiB). No `w` and no `zqxjv` in
  /// it, but for one `wombatsx` in the last article but ten.
  static func compilation() -> String {
    let body = String(
      repeating: "The ferry counted its crossings before the tide turned at the old stone pier. ",
      count: 200)
    return (1...articleCount).map { number in
      """
      Harbour Ledger Entry \(number)

      by Mara Quill [3-14-2024 published].

      \(number == articleCount - 10 ? "Here the keeper saw a wombatsx. " : "")\(body)

      """
    }.joined(separator: "\n")
  }

  @Test func aMissAndAFarMatchArriveWithoutAnotherKey() throws {
    let scratch = try Scratch()
    try scratch.write(Self.compilation(), to: "ledger.txt")
    let reader = try ReaderInTmux(["ledger.txt"], scratch: scratch)
    reader.waitFor("│ Article 1/\(Self.articleCount) │")
    try reader.tmux.type("/zqxjv")
    reader.waitFor("not found")
    #expect(try reader.statusLine().contains("/zqxjv▏"))
    try reader.tmux.sendKeys("Escape")
    // Alone, not read as Alt with the `/` after it.
    reader.waitFor("? help")
    try reader.tmux.type("/wombatsx")
    reader.waitFor("Here the keeper saw a wombatsx.")
    #expect(try reader.lines().contains { $0.contains("Harbour Ledger Entry 190") })
    try reader.tmux.sendKeys("Enter")
    reader.waitFor("? help")
    try reader.quitAndExpectRestored()
  }
}

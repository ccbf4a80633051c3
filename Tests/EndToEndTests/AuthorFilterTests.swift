import Foundation
import TestSupport
import Testing

/// Showing one author's articles: `a` and a name typed in, or `--author` on the command line.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct AuthorFilterTests {
  /// The article numbers the list pane shows: its rows that start with a number.
  private func listedArticles(_ lines: [String]) -> [Int] {
    lines.dropFirst().dropLast().compactMap { line in
      let list = line.prefix { $0 != "│" }
      return list.split(separator: " ").first { $0 != "▸" }.flatMap { Int($0) }
    }
  }

  @Test func typingPartOfANameShowsOnlyThatAuthorsArticles() throws {
    let reader = try ReaderInTmux()
    reader.waitFor("│ Highlight –/17 │")
    #expect(listedArticles(try reader.lines()) == [1, 2, 3, 4, 5])

    try reader.tmux.type("a")
    reader.waitFor("Name: ")
    try reader.tmux.type("halv")
    reader.waitFor("Name: halv")
    try reader.tmux.sendKeys("Enter")
    // The status line is drawn last: once it has changed, the whole frame has.
    reader.waitFor("│ author: Kenji Halvorsen │")
    let lines = try reader.lines()
    #expect(lines.first?.hasPrefix(" By Kenji Halvorsen (2 of 5) ") == true)
    #expect(listedArticles(lines) == [3, 5])
    #expect(lines.last?.contains("│ Article 1/2 │") == true)

    try reader.tmux.type("A")
    reader.waitUntil(whenever: "the status line no longer names the author") {
      try !reader.statusLine().contains("author:")
    }
    #expect(try reader.lines().first?.hasPrefix(" Articles (5) ") == true)
    #expect(listedArticles(try reader.lines()) == [1, 2, 3, 4, 5])
    #expect(try reader.statusLine().contains("│ Article 3/5 │"))
    try reader.quitAndExpectRestored()
  }

  @Test func theAuthorOptionTakesASurname() throws {
    let reader = try ReaderInTmux(["--author", "Wren"])
    reader.waitFor("│ author: Tomasz Wren │")
    let lines = try reader.lines()
    #expect(lines.first?.hasPrefix(" By Tomasz Wren (1 of 5) ") == true)
    #expect(lines.first?.contains("│ 2. Voices from the platform") == true)
    #expect(listedArticles(lines) == [2])
    try reader.quitAndExpectRestored()
  }

  /// Refused before the terminal is touched: nothing at all reaches the pane.
  @Test func anUnknownAuthorIsRefusedWithTheAuthorsListed() throws {
    let scratch = try Scratch()
    let command = [EndToEnd.readerPath, "--author", "Nobody"].map(shellQuoted)
      .joined(separator: " ")
    // The program waits for `go`, so the pane's output is copied from its first byte; the
    // brackets around it show the copy works.
    try scratch.write(
      """
      until [ -e go ]; do sleep 0.05; done
      printf '['
      \(command) 2> errors
      echo $? > status
      printf ']'
      exec sleep 600

      """, to: "refused.sh")
    let tmux = try TmuxSession(
      width: 120, height: 32, in: scratch, command: "sh ./refused.sh")
    let output = scratch.directory.appendingPathComponent("pane-output").path
    try tmux.copyOutput(to: output)
    try scratch.write("", to: "go")
    guard
      waitUntil(
        "the pane has shown the end", { scratch.read("pane-output")?.hasSuffix("]") == true })
    else { return }
    #expect(scratch.read("pane-output") == "[]")
    #expect(scratch.read("status") == "1")
    #expect(
      scratch.read("errors")
        == #"reader: no author named "Nobody"; known authors: Odile Ferrant, Tomasz Wren, Mirela Osei, Kenji Halvorsen"#
    )
  }
}

/// The same refusal without a terminal at all: it comes before the terminal is looked at.
@Suite struct UnknownAuthorTests {
  @Test func anUnknownAuthorInAFileIsRefusedWithTheAuthorsListed() throws {
    let scratch = try Scratch()
    try scratch.write(
      """
      Lanterns Along the Quay


      by Mara Quill and Oren Vale [3-14-2024 published].

      The ferry was late again.
      """, to: "two-authors.txt")
    let result = try EndToEnd.run(
      ["--author", "Nobody", scratch.directory.appendingPathComponent("two-authors.txt").path],
      in: scratch)
    #expect(result.status == 1)
    #expect(result.output.isEmpty)
    #expect(
      result.errors == #"reader: no author named "Nobody"; known authors: Mara Quill, Oren Vale"#
        + "\n")
  }
}

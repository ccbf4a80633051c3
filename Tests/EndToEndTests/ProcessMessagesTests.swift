import Foundation
import Testing

/// Error messages quote what they refuse (an author name from the file, a theme or size as
/// typed) on standard error, which is usually the terminal: controls in them are shown as
/// `^[` and `<U+202E>`, never written as they are.
@Suite struct ProcessMessagesTests {
  static let document = """
    Harbour notes

    by Mara \u{1B}[2JQuill and Bo\u{202E} Chen [3-14-2024 published].

    The ferry was late.

    """

  @Test(arguments: [[String](), ["snapshot"]])
  func anUnknownAuthorListsTheFilesAuthorsVisibly(command: [String]) throws {
    let scratch = try Scratch()
    try scratch.write(Self.document, to: "hostile.txt")
    let path = scratch.directory.appendingPathComponent("hostile.txt").path
    let result = try EndToEnd.run(
      command + ["--author", "Nobody\u{1B}]0;x\u{07}", path], in: scratch)
    #expect(result.status == 1)
    #expect(result.output.isEmpty)
    #expect(
      result.errors
        == "reader: no author named \"Nobody^[]0;x^G\"; known authors: Mara ^[[2JQuill, Bo<U+202E> Chen\n"
    )
  }

  @Test func anUnknownThemeNameIsQuotedVisibly() throws {
    let scratch = try Scratch()
    let path = scratch.directory.appendingPathComponent("document.txt").path
    let result = try EndToEnd.run(["--theme", "x\u{1B}[2J\n", path], in: scratch)
    #expect(result.status == 1)
    #expect(
      result.errors.hasPrefix("reader: theme 'x^[[2J^J': no such theme; available: "),
      "\(result.errors)")
    #expect(!result.errors.dropLast().contains("\n"))
  }

  @Test(arguments: [
    (["--size", "x\u{1B}[2J"], "Error: --size must look like 80x24 (got x^[[2J)\n"),
    (["--keys", "<x\u{1B}[2J>"], "Error: unknown key name <x^[[2J> in --keys\n"),
  ])
  func aBadSnapshotArgumentIsQuotedVisibly(arguments: [String], message: String) throws {
    let scratch = try Scratch()
    let result = try EndToEnd.run(["snapshot"] + arguments, in: scratch)
    #expect(result.status != 0)
    #expect(result.errors.hasPrefix(message), "\(result.errors)")
    #expect(!result.errors.contains("\u{1B}"))
  }
}

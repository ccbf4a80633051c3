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

  /// A file named like an option, from a glob, reaches the argument parser's messages.
  @Test(arguments: [
    (["snapshot", "--size", "x\u{1B}[2J"], "Error: --size must look like 80x24 (got x^[[2J)\n"),
    (["snapshot", "--keys", "<x\u{1B}[2J>"], "Error: unknown key name <x^[[2J> in --keys\n"),
    (["--x\u{1B}]0;t\u{07}"], "Error: Unknown option '--x^[]0;t^G'\n"),
    (
      ["export", "--format", "x\u{9B}2J"], "Error: The value 'x<U+009B>2J' is invalid for '--format"
    ),
  ])
  func aBadArgumentIsQuotedVisibly(arguments: [String], message: String) throws {
    let scratch = try Scratch()
    let result = try EndToEnd.run(arguments, in: scratch)
    #expect(result.status == 64)
    #expect(result.errors.hasPrefix(message), "\(result.errors)")
    #expect(!result.errors.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" })
  }

  /// Help still goes to standard output, whole, with status 0.
  @Test func helpIsUnchanged() throws {
    let result = try EndToEnd.run(["--help"], in: try Scratch())
    #expect(result.status == 0)
    #expect(result.errors.isEmpty)
    #expect(result.output.hasPrefix("OVERVIEW: A terminal reader for compilations of articles.\n"))
    #expect(result.output.contains("\nSUBCOMMANDS:\n"))
  }
}

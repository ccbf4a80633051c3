import Foundation
import Testing

/// `reader`'s own argument reading: help for every subcommand, options in either form and
/// order, and usage errors with status 64 that say what to do.
@Suite struct CommandLineTests {
  private func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String)
  {
    try EndToEnd.run(arguments, in: try Scratch())
  }

  @Test func subcommandHelpListsArgumentsAndOptionsWithValuesAndDefaults() throws {
    let expected = """
      OVERVIEW: Write a compilation and your highlights as JSON, Markdown or CSV.

      USAGE: reader export [--format <format>] [--sample] [--suggest] [<file>]

      ARGUMENTS:
        <file>                  The compilation to read; `-` or nothing (with piped
                                input) reads standard input.

      OPTIONS:
        --format <format>       The output format: json, markdown or csv (your
                                highlights, for Readwise). (values: json, markdown,
                                csv; default: json)
        --sample                Export the built-in sample compilation.
        --suggest               Add suggested key sentences to the JSON
                                (`suggestions`).
        -h, --help              Show help information.


      """
    for arguments in [["help", "export"], ["export", "--help"], ["export", "-h"]] {
      let result = try run(arguments)
      #expect(result.status == 0, "\(arguments)")
      #expect(result.output == expected, "\(arguments)")
      #expect(result.errors.isEmpty)
    }
  }

  @Test func rootHelpNamesEverySubcommandAndTheDefault() throws {
    let result = try run(["help"])
    #expect(result.status == 0)
    #expect(
      result.output.contains(
        """
        SUBCOMMANDS:
          open (default)          Open a compilation in the terminal (the default).
          export                  Write a compilation and your highlights as JSON,
                                  Markdown or CSV.
          snapshot                Print the screen the reader would show after a
                                  sequence of keys.
          forget                  Forget where you were in a file, and your highlights
                                  and notes in it.
          highlights              List your highlights and notes, newest first.
          config                  Show the effective settings and where each came from.
          version                 Print the version and the commit it was built from.
          help                    Show help for reader or for one subcommand.

          See 'reader help <subcommand>' for detailed help.

        """))
    #expect(try run(["--help"]).output == result.output)
  }

  @Test func helpForAnUnknownSubcommandIsAUsageError() throws {
    let result = try run(["help", "exprot"])
    #expect(result.status == 64)
    #expect(result.output.isEmpty)
    #expect(
      result.errors == """
        Error: Unknown subcommand 'exprot'. Did you mean 'export'?
        Usage: reader help [<subcommand>]
          See 'reader help --help' for more information.

        """)
  }

  @Test(arguments: [["--version"], ["version"]])
  func versionNamesTheNumberAndTheCommit(arguments: [String]) throws {
    // `swift test` builds without the commit that `make` passes.
    let result = try run(arguments)
    #expect(result.status == 0)
    #expect(result.output == "reader 0.2.0 (unknown commit)\n")
    #expect(result.errors.isEmpty)
  }

  @Test func optionsTakeTheirValueAttachedOrSeparateAndInAnyOrder() throws {
    let separate = try run(["snapshot", "--size", "30x4", "--keys", "}"])
    let attached = try run(["snapshot", "--keys=}", "--size=30x4"])
    #expect(separate.status == 0)
    #expect(separate.output.split(separator: "\n").count == 4)
    #expect(attached.output == separate.output)
    let markdown = try run(["export", "--sample", "--format=markdown"])
    #expect(markdown.status == 0)
    #expect(markdown.output.hasPrefix("## "))
  }

  @Test func anArgumentAfterTwoDashesIsAFileEvenWhenItLooksLikeAnOption() throws {
    let result = try run(["export", "--", "--help"])
    #expect(result.status == 1)
    #expect(result.errors == "reader: --help: no such file\n")
  }

  @Test(arguments: [
    (
      ["export", "--format"],
      """
      Error: Missing value for '--format <format>'
      Help:  --format <format>  The output format: json, markdown or csv (your highlights, \
      for Readwise).
      Usage: reader export [--format <format>] [--sample] [--suggest] [<file>]
        See 'reader export --help' for more information.

      """
    ),
    (
      ["export", "--format", "xml"],
      """
      Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'json', \
      'markdown' and 'csv'.
      Help:  --format <format>  The output format: json, markdown or csv (your highlights, \
      for Readwise).
      Usage: reader export [--format <format>] [--sample] [--suggest] [<file>]
        See 'reader export --help' for more information.

      """
    ),
    (
      ["--author", "--theme", "x"],
      """
      Error: Missing value for '--author <author>'
      Help:  --author <author>  Show only this author's articles (full name or surname, any case).
      Usage: reader open [--author <author>] [--theme <theme>] [--no-mouse] [--no-history] \
      [<file>]
        See 'reader open --help' for more information.

      """
    ),
    (
      ["--auth", "Wren"],
      """
      Error: Unknown option '--auth'. Did you mean '--author'?
      Usage: reader open [--author <author>] [--theme <theme>] [--no-mouse] [--no-history] \
      [<file>]
        See 'reader open --help' for more information.

      """
    ),
    (
      ["export", "--sample=yes"],
      """
      Error: The option '--sample' does not take any value, but 'yes' was specified.
      Usage: reader export [--format <format>] [--sample] [--suggest] [<file>]
        See 'reader export --help' for more information.

      """
    ),
    (
      ["a.txt", "b.txt"],
      """
      Error: Unexpected argument 'b.txt'
      Usage: reader open [--author <author>] [--theme <theme>] [--no-mouse] [--no-history] \
      [<file>]
        See 'reader open --help' for more information.

      """
    ),
    (
      ["snapshot", "--size", "0x3"],
      """
      Error: --size must look like 80x24 (got 0x3)
      Usage: reader snapshot [--size <size>] [--keys <keys>] [--author <author>] [--styles] \
      [<file>]
        See 'reader snapshot --help' for more information.

      """
    ),
    (
      ["---theme", "light"],
      """
      Error: Unknown option '---theme'. Did you mean '--theme'?
      Usage: reader open [--author <author>] [--theme <theme>] [--no-mouse] [--no-history] [<file>]
        See 'reader open --help' for more information.

      """
    ),
    (
      // Snapshots print roles, not colours: a theme would change nothing, so it is refused.
      ["snapshot", "--theme", "light"],
      """
      Error: Unknown option '--theme'
      Usage: reader snapshot [--size <size>] [--keys <keys>] [--author <author>] [--styles] \
      [<file>]
        See 'reader snapshot --help' for more information.

      """
    ),
    (
      ["version", "extra"],
      """
      Error: Unexpected argument 'extra'
      Usage: reader version
        See 'reader version --help' for more information.

      """
    ),
  ])
  func aUsageErrorSaysWhatIsWrongAndHowToAsk(arguments: [String], message: String) throws {
    let result = try run(arguments)
    #expect(result.status == 64)
    #expect(result.output.isEmpty)
    #expect(result.errors == message)
  }
}

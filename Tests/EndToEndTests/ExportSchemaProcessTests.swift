import Foundation
import TestSupport
import Testing

/// The `reader` binary's JSON export follows FORMAT.md's version 2 for the inputs only the
/// command line reaches: standard input and the built-in sample.
@Suite struct ExportSchemaProcessTests {
  static let compilation = """
    Über **die Brücke**

    by Zoë Ärnström [2024-05-01].

    Ein Absatz mit **langem
    Umbruch 𝄞** und é.

    """

  private func check(_ output: String, input: String) throws {
    let json = try #require(ParsedJSON.parse(output))
    #expect(ExportChecks.problems(in: json) == [])
    #expect(json["input"]?.string == input)
    #expect((json["highlightCount"]?.int ?? 0) > 0)
  }

  @Test func standardInput() throws {
    let scratch = try Scratch()
    try scratch.write(Self.compilation, to: "piped.txt")
    let result = try run(
      "/bin/sh",
      [
        "-c", #"exec "$0" export - < "$1""#, EndToEnd.readerPath,
        scratch.directory.appendingPathComponent("piped.txt").path,
      ],
      environment: ["HOME": scratch.directory.path, "PATH": "/usr/bin:/bin"],
      in: scratch.directory)
    #expect(result.status == 0, "\(result.errors)")
    try check(result.output, input: "text")
    #expect(ParsedJSON.parse(result.output)?["source"]?.string == "-")
  }

  @Test func theSample() throws {
    let scratch = try Scratch()
    let result = try EndToEnd.run(["export", "--sample"], in: scratch)
    #expect(result.status == 0, "\(result.errors)")
    try check(result.output, input: "text")
  }
}

import Foundation
import TestSupport
import Testing

/// Your highlights as a user meets them, in tmux with private XDG folders: select, keep, add
/// a note, quit, open again; the highlight is drawn, and exported.
@Suite(.serialized) struct NotesEndToEndTests {
  static let compilation: String = {
    let paragraphs = (1...4).map { number in
      "Short start \(number). Then a longer part of paragraph \(number) follows, about the "
        + "ferry and the tide tables kept in the harbour office."
    }
    return "The ferry log\n\nby Ines Marlow [5-1-2024 published].\n\n"
      + paragraphs.joined(separator: "\n\n") + "\n"
  }()

  func open(in scratch: Scratch) throws -> ReaderInTmux {
    for name in ["pid", "status", "before", "after"] {
      try? FileManager.default.removeItem(at: scratch.directory.appendingPathComponent(name))
    }
    let reader = try ReaderInTmux(
      ["notes.txt"],
      prefix: "env -u NO_COLOR TERM=xterm-256color XDG_CONFIG_HOME=\"$PWD/xdg-config\"", width: 90,
      height: 14,
      scratch: scratch)
    reader.waitFor("Article 1/1")
    return reader
  }

  @Test func aHighlightWithANoteIsDrawnAfterReopeningAndExported() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(Self.compilation, to: "notes.txt")
    let first = try open(in: scratch)
    // The top line is then the first paragraph: `v` selects its first sentence.
    try first.tmux.type("jjvw")
    first.waitFor("w b ) ( $ extend")
    try first.tmux.type("h")
    first.waitFor("highlight kept")
    try first.tmux.type("c")
    first.waitFor("Enter save")
    try first.tmux.type("ask the harbour master")
    try first.tmux.sendKeys("Enter")
    first.waitFor("note saved")
    try first.quitAndExpectRestored()

    let second = try open(in: scratch)
    second.waitFor("back where you left off")
    var kept: (before: StyledCell?, cells: [StyledCell], after: StyledCell?)?
    second.waitUntil(whenever: "the highlight is drawn") {
      kept = try second.styledCapture().occurrence(of: "Short start 1. Then")
      return kept != nil
    }
    let pane = try second.tmux.capture(escapes: true)
    #expect(kept?.cells.allSatisfy(\.coloured) == true, "\(pane)")
    #expect(kept?.after?.coloured == false)
    try second.quitAndExpectRestored()

    let environment = ["XDG_DATA_HOME": scratch.directory.path + "/xdg-data"]
    let json = try run(["export", "--format", "json", "notes.txt"], environment, in: scratch)
    #expect(json.contains("\"exact\": \"Short start 1. Then\","))
    #expect(json.contains("\"note\": \"ask the harbour master\","))
    #expect(json.contains("\"orphaned\": false"))
    let csv = try run(["highlights", "--format", "csv"], environment, in: scratch)
    let rows = csv.components(separatedBy: "\r\n")
    #expect(rows.first == "Highlight,Title,Author,URL,Note,Location,Date")
    #expect(
      rows.dropFirst().first?.hasPrefix(
        "Short start 1. Then,The ferry log,Ines Marlow,,ask the harbour master,1,") == true)

    // An article added above it: the exports file the highlight under the article it is in
    // now, as the reading pane does, not the number it was kept under.
    try scratch.write(
      "Harbour notice\n\nby Ola Berg [5-2-2024 published].\n\nThe quay closes at noon.\n\n"
        + Self.compilation, to: "notes.txt")
    let moved = try run(["export", "--format", "json", "notes.txt"], environment, in: scratch)
    let annotation = try #require(
      ParsedJSON.parse(moved)?["annotations"]?.array?.first)
    #expect(annotation["article"]?.int == 2)
    let markdown = try run(
      ["export", "--format", "markdown", "notes.txt"], environment, in: scratch)
    let heading = try #require(markdown.range(of: "## The ferry log"))
    #expect(
      markdown.range(of: "Short start 1. Then", range: heading.upperBound..<markdown.endIndex)
        != nil
    )

    // Its words gone as well: orphaned, and still filed under its article's title.
    try scratch.write(
      "Harbour notice\n\nby Ola Berg [5-2-2024 published].\n\nThe quay closes at noon.\n\n"
        + Self.compilation.replacingOccurrences(of: "Short start 1. Then", with: "Rewritten."),
      to: "notes.txt")
    let gone = try run(["export", "--format", "json", "notes.txt"], environment, in: scratch)
    let orphan = try #require(ParsedJSON.parse(gone)?["annotations"]?.array?.first)
    #expect(orphan["orphaned"] == .bool(true))
    #expect(orphan["article"]?.int == 2)
  }

  /// A highlight is on disk once its confirmation shows: a kill -9 the next moment loses
  /// nothing.
  @Test func aHighlightSurvivesAKillRightAfterItsConfirmation() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(Self.compilation, to: "notes.txt")
    let reader = try open(in: scratch)
    try reader.tmux.type("jjvh")
    reader.waitFor("highlight kept")
    let pid = try #require(scratch.read("pid").flatMap { Int32($0) })
    #expect(kill(pid, SIGKILL) == 0)
    reader.waitUntil(whenever: "the program has been killed") { scratch.read("status") != nil }
    #expect(scratch.read("status") == "137")
    let environment = ["XDG_DATA_HOME": scratch.directory.path + "/xdg-data"]
    let listed = try run(["highlights", "notes.txt"], environment, in: scratch)
    #expect(listed.hasPrefix("## The ferry log\n\n*"))
    #expect(listed.hasSuffix("*\n\n> Short start 1.\n"))
  }

  /// `reader arguments` in `scratch` with `environment` added; its standard output.
  func run(_ arguments: [String], _ environment: [String: String], in scratch: Scratch) throws
    -> String
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: EndToEnd.readerPath)
    process.arguments = arguments
    process.currentDirectoryURL = scratch.directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self)
  }
}

import Foundation
import TestSupport
import Testing

/// Position memory as a user meets it, in tmux with private XDG folders: read, quit, open
/// again (also after an edit above the place, and under a new name).
@Suite(.serialized) struct MemoryEndToEndTests {
  /// Three articles, each long enough to scroll in a short pane.
  static let compilation: String = (1...3).map { number in
    let paragraphs = (1...6).map { paragraph in
      "Paragraph \(paragraph) of story \(number) walks along the harbour wall, counting "
        + "boats and gulls, and stops at bollard \(number * 10 + paragraph) to look back."
    }
    return "The harbour story \(number)\n\nby Ines Marlow [5-\(number)-2024 published].\n\n"
      + paragraphs.joined(separator: "\n\n")
  }.joined(separator: "\n\n")

  /// Opens `file`, waits for the first frame, and returns the session.
  func open(_ file: String, in scratch: Scratch, extra: [String] = []) throws -> ReaderInTmux {
    // What the last session recorded must not pass for this one's.
    for name in ["pid", "status", "before", "after"] {
      try? FileManager.default.removeItem(at: scratch.directory.appendingPathComponent(name))
    }
    let reader = try ReaderInTmux(extra + [file], width: 90, height: 14, scratch: scratch)
    reader.waitFor("Article")
    return reader
  }

  /// Reads to story 3, two lines down, quits; returns the top line of the text it showed.
  func readAndQuit(_ scratch: Scratch) throws -> String {
    let reader = try open("stories.txt", in: scratch)
    try reader.tmux.type("}}")
    reader.waitFor("Article 3/3")
    // Each `j` is waited for: the place saved on quitting must be the one read here.
    for _ in 0..<2 {
      let before = try reader.lines()
      try reader.tmux.type("j")
      reader.waitUntil(whenever: "the text has scrolled") { try reader.lines() != before }
    }
    let shown = try reader.lines()
    try reader.quitAndExpectRestored()
    return shown[1]
  }

  @Test func reopeningComesBackWhereYouLeftOff() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(Self.compilation, to: "stories.txt")
    let top = try readAndQuit(scratch)
    let again = try open("stories.txt", in: scratch)
    again.waitFor("back where you left off")
    #expect(try again.lines()[1] == top)
    #expect(try again.statusLine().contains("Article 3/3"))
    try again.quitAndExpectRestored()
  }

  @Test func anEditAboveThePlaceAndANewNameDoNotLoseIt() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(Self.compilation, to: "stories.txt")
    _ = try readAndQuit(scratch)
    let edited = Self.compilation.replacingOccurrences(
      of: "Paragraph 2 of story 1", with: "A paragraph added later.\n\nParagraph 2 of story 1")
    try scratch.write(edited, to: "stories.txt")
    let afterEdit = try open("stories.txt", in: scratch)
    afterEdit.waitFor("back where you left off")
    #expect(try afterEdit.statusLine().contains("Article 3/3"))
    try afterEdit.quitAndExpectRestored()
    try scratch.write(edited, to: "renamed.txt")
    let renamed = try open("renamed.txt", in: scratch)
    renamed.waitFor("back where you left off")
    #expect(try renamed.statusLine().contains("Article 3/3"))
    try renamed.quitAndExpectRestored()
  }

  @Test func noHistoryAndForgetLeaveNothingToComeBackTo() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(Self.compilation, to: "stories.txt")
    _ = try readAndQuit(scratch)
    let privately = try open("stories.txt", in: scratch, extra: ["--no-history"])
    #expect(try privately.statusLine().contains("Article 1/3"))
    try privately.quitAndExpectRestored()
    let environment = ["XDG_DATA_HOME": scratch.directory.path + "/xdg-data"]
    let forget = try runWithEnvironment(["forget", "stories.txt"], environment, in: scratch)
    #expect(forget == "reader: forgot 1 entry for stories.txt\n")
    let fresh = try open("stories.txt", in: scratch)
    // The store opens after the first frame: give it a moment to say anything, then check.
    fresh.waitFor("Article 1/3")
    try fresh.tmux.type("}")
    fresh.waitFor("Article 2/3")
    #expect(try !fresh.tmux.capture().contains("back where you left off"))
    try fresh.quitAndExpectRestored()
  }

  /// With nothing remembered yet, `forget` says so and creates no database.
  @Test func forgetWithoutADatabaseCreatesNone() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(Self.compilation, to: "stories.txt")
    let environment = ["XDG_DATA_HOME": scratch.directory.path + "/xdg-data"]
    let forget = try runWithEnvironment(["forget", "stories.txt"], environment, in: scratch)
    #expect(forget == "reader: nothing is remembered yet, of stories.txt or any file\n")
    #expect(!FileManager.default.fileExists(atPath: scratch.directory.path + "/xdg-data"))
  }

  /// A file deleted since it was read is forgotten by its path, not refused as missing.
  @Test func aDeletedFileIsForgottenByItsPath() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(Self.compilation, to: "stories.txt")
    _ = try readAndQuit(scratch)
    try FileManager.default.removeItem(at: scratch.directory.appendingPathComponent("stories.txt"))
    let environment = ["XDG_DATA_HOME": scratch.directory.path + "/xdg-data"]
    let forget = try runWithEnvironment(["forget", "stories.txt"], environment, in: scratch)
    #expect(
      forget == "reader: forgot 1 entry for stories.txt (gone from disk: forgotten by its path)\n")
    // Gone and no longer remembered: a mistyped name, most likely.
    let again = try run(
      EndToEnd.readerPath, ["forget", "stories.txt"],
      environment: environment.merging(["HOME": scratch.directory.path]) { a, _ in a },
      in: scratch.directory)
    #expect(again.status == 1)
    #expect(
      again.errors
        == "reader: no such file, and nothing remembered under that path: stories.txt\n")
  }

  /// A save is on disk before the frame that follows it: a kill -9 right after loses nothing.
  @Test func aKilledReaderKeepsTheLastArticleItShowed() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(Self.compilation, to: "stories.txt")
    do {
      let reader = try open("stories.txt", in: scratch)
      try reader.tmux.type("}}")
      reader.waitFor("Article 3/3")
      let pid = try #require(scratch.read("pid").flatMap { Int32($0) })
      #expect(kill(pid, SIGKILL) == 0)
      reader.waitUntil(whenever: "the program has been killed") { scratch.read("status") != nil }
      #expect(scratch.read("status") == "137")
    }
    let again = try open("stories.txt", in: scratch)
    again.waitFor("back where you left off")
    #expect(try again.statusLine().contains("Article 3/3"))
    try again.quitAndExpectRestored()
  }

  /// `reader arguments` in `scratch` with `environment` added; its standard output.
  func runWithEnvironment(
    _ arguments: [String], _ environment: [String: String], in scratch: Scratch
  ) throws -> String {
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

import Foundation
import TestSupport
import Testing

/// Issue 14 item 1: `: > file` while the reader shows the file. A mapped file lost its pages
/// and the next key that drew text from them ended the reader with SIGBUS.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct TruncatedFileTests {
  @Test func truncatingTheOpenFileDoesNotCrashTheReader() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(LargeFileTests.compilation(), to: "many.txt")
    let reader = try ReaderInTmux(["many.txt"], scratch: scratch)
    reader.waitFor("│ Article 1/\(LargeFileTests.articleCount) │")
    let path = scratch.directory.appendingPathComponent("many.txt").path
    #expect(truncate(path, 0) == 0)
    let last = LargeFileTests.articleCount
    try reader.tmux.type(String(repeating: "}", count: last - 1) + "G")
    reader.waitFor("│ Article \(last)/\(last) │")
    #expect(try reader.lines().first { $0.contains("Harbour Ledger Entry \(last)") } != nil)
    for keys in ["g", " ", "}}}}", "]", "j"] { try reader.tmux.type(keys) }
    try reader.tmux.type("/ferry\r")
    reader.waitUntil(whenever: "the search has counted") {
      let status = try reader.statusLine()
      return status.contains("│ /ferry ") && status.contains("/\(last) │")
    }
    #expect(try reader.statusLine().contains("many.txt"))
    try reader.quitAndExpectRestored()
  }
}

/// A file rewritten while it is open: the status line says so, and `R` reads it again,
/// keeping the reader on the same article.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct ChangedFileTests {
  @Test func aRewrittenFileIsSaidAndRReloadsIt() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(LargeFileTests.compilation(), to: "many.txt")
    let reader = try ReaderInTmux(["many.txt"], scratch: scratch)
    let count = LargeFileTests.articleCount
    reader.waitFor("│ Article 1/\(count) │")
    try reader.tmux.type("}}")
    reader.waitFor("│ Article 3/\(count) │")
    let added = "An added first piece\n\nby New Writer [1-1-2024 published].\n\nFresh words.\n\n\n"
    try scratch.write(added + LargeFileTests.compilation(), to: "many.txt")
    reader.waitFor("changed on disk: R reloads")
    try reader.tmux.type("R")
    reader.waitFor("reloaded")
    reader.waitFor("│ Article 4/\(count + 1) │")
    #expect(try reader.lines().contains { $0.contains("Harbour Ledger Entry 3") })
    try reader.quitAndExpectRestored()
  }
}

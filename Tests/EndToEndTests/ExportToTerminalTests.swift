import Foundation
import TestSupport
import Testing

/// An export written to a terminal has its controls made visible, but keeps its line ends:
/// CSV's carriage return and line feed pairs included.
@Suite(.serialized, .enabled(if: EndToEnd.canRunInTmux, Comment(rawValue: EndToEnd.tmuxNote)))
struct ExportToTerminalTests {
  @Test func aCSVExportOnATerminalKeepsItsLines() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    let script = try scratch.scenario(arguments: ["export", "--format", "csv", "document.txt"])
    let tmux = try TmuxSession(width: 100, height: 24, in: scratch, command: script, options: [])
    #expect(waitUntil("the export has ended") { scratch.read("status") != nil })
    #expect(scratch.read("status") == "0")
    let rows = trimmedRows(try tmux.capture())
    #expect(rows.first?.hasPrefix("Highlight,") == true, "\(rows)")
    #expect(!rows.contains { $0.contains("^M") || $0.contains("^J") }, "\(rows)")
  }
}

import Foundation
import Testing

/// A drag as a terminal reports it: button 1's press and release written into the pane in
/// the form the program asked for (SGR where the terminal's description has it, else the
/// older X10 bytes), the words between selected, `h` keeping them.
extension NotesEndToEndTests {
  /// The report of button 1 going down (`press`) or up at the 0-based cell (`x`, `y`).
  static func mouseReport(press: Bool, x: Int, y: Int, sgr: Bool) -> String {
    if sgr { return "\u{1B}[<0;\(x + 1);\(y + 1)\(press ? "M" : "m")" }
    let button = press ? 0 : 3
    return "\u{1B}[M"
      + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x)))
      + String(UnicodeScalar(UInt8(33 + y)))
  }

  @Test(arguments: [("xterm-256color", true), ("tmux-256color", false)])
  func aDragSelectsTheWordsAndHKeepsThem(term: String, sgr: Bool) throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.directory) }
    try scratch.write(Self.compilation, to: "notes.txt")
    let reader = try ReaderInTmux(
      ["notes.txt"],
      prefix: "env -u NO_COLOR TERM=\(term) XDG_CONFIG_HOME=\"$PWD/xdg-config\"", width: 90,
      height: 14, scratch: scratch)
    reader.waitFor("Article 1/1")
    let rows = try reader.lines()
    let y = try #require(rows.firstIndex { $0.contains("Short start 1. Then") })
    let row = Array(rows[y].unicodeScalars)
    let start = try #require(
      (0..<row.count).first { String(String.UnicodeScalarView(row[$0...])).hasPrefix("start 1") })
    // From the "a" of "start" to the "e" of "Then".
    // In one write, as a quick drag comes: curses then queues both behind one KEY_MOUSE.
    try reader.tmux.type(
      Self.mouseReport(press: true, x: start + 2, y: y, sgr: sgr)
        + Self.mouseReport(press: false, x: start + 10, y: y, sgr: sgr))
    reader.waitFor("w b ) ( $ extend")
    let drawn = try reader.styledCapture().occurrence(of: "start 1. Then")
    let pane = try reader.tmux.capture(escapes: true)
    #expect(drawn?.cells.allSatisfy { $0.bold && $0.coloured } == true, "\(pane)")
    #expect(drawn?.before?.coloured == false, "\(pane)")
    #expect(drawn?.after?.coloured == false, "\(pane)")
    try reader.tmux.type("h")
    reader.waitFor("highlight kept")
    try reader.quitAndExpectRestored()
    let environment = ["XDG_DATA_HOME": scratch.directory.path + "/xdg-data"]
    let json = try run(["export", "--format", "json", "notes.txt"], environment, in: scratch)
    #expect(json.contains("\"exact\": \"start 1. Then\","))
  }
}

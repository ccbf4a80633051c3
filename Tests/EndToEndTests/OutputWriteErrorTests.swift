import Foundation
import Testing

/// An export, a snapshot or a listing written to a full disk fails with a message and status
/// 1: a script must not take output that was never written for a finished export.
@Suite(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "needs /dev/full"))
struct OutputWriteErrorTests {
  @Test(arguments: [
    ["export", "--format", "json"], ["export", "--format", "markdown"], ["snapshot"],
    ["--help"], ["--version"], ["manpage"],
  ])
  func writingToAFullDiskFails(command: [String]) throws {
    let scratch = try Scratch()
    let path = scratch.directory.appendingPathComponent("document.txt").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: EndToEnd.readerPath)
    // Help, the version and the man page read no file.
    let readsAFile = command != ["manpage"] && command.first?.hasPrefix("-") == false
    process.arguments = readsAFile ? command + [path] : command
    process.environment = ["HOME": scratch.directory.path, "XDG_DATA_HOME": scratch.directory.path]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(message == "reader: could not write the output: No space left on device\n")
  }
}

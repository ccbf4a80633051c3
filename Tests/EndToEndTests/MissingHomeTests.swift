import Foundation
import Testing

/// With neither `XDG_DATA_HOME` nor `HOME` there is no place for the memory: the commands that
/// read it say so, as the reader's status line does, instead of answering as if it were empty.
@Suite struct MissingHomeTests {
  static let text = "The Pier\n\nby Rosa Vane [5-6-2024 published].\n\nThe **pier** opens.\n"

  /// `reader arguments` with no HOME and no XDG_DATA_HOME.
  func runHomeless(_ arguments: [String], in folder: URL) throws -> ProcessOutcome {
    try run(
      EndToEnd.readerPath, arguments,
      environment: [
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
      ], in: folder)
  }

  @Test func highlightsForgetAndExportSayThereIsNoMemory() throws {
    try withTemporaryFolder { folder in
      let file = folder.appendingPathComponent("pier.txt").path
      try Self.text.write(toFile: file, atomically: true, encoding: .utf8)
      let message = "reader: memory off: neither XDG_DATA_HOME nor HOME is set\n"
      for arguments in [["highlights"], ["highlights", file], ["forget", file]] {
        let outcome = try runHomeless(arguments, in: folder)
        #expect(outcome.status == 1, "\(arguments)")
        #expect(outcome.errors == message, "\(arguments)")
        #expect(outcome.output.isEmpty, "\(arguments)")
      }
      // The export goes on without your highlights, saying why.
      let export = try runHomeless(["export", file], in: folder)
      #expect(export.status == 0)
      #expect(export.errors == message)
      #expect(export.output.contains("\"annotations\": [],"))
    }
  }
}

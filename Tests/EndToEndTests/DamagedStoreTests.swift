import Foundation
import Testing

/// A store that cannot be read: `reader highlights`, whose only job is reading it, fails with
/// status 1; an export still writes the document, with the warning on standard error.
@Suite struct DamagedStoreTests {
  @Test func highlightsFailsAndExportWarns() throws {
    try withTemporaryFolder { folder in
      let data = folder.appendingPathComponent("data/reader")
      try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
      try Data(repeating: 0x5A, count: 4096).write(
        to: data.appendingPathComponent("reader.sqlite3"))
      let environment = ["XDG_DATA_HOME": folder.appendingPathComponent("data").path]
      let listed = try run(
        EndToEnd.readerPath, ["highlights"], environment: environment, in: folder)
      #expect(listed.status == 1)
      #expect(listed.output.isEmpty)
      #expect(listed.errors.hasPrefix("reader: memory off: the database is damaged"), "\(listed)")
      let exported = try run(
        EndToEnd.readerPath, ["export", "--sample", "--format", "csv"], environment: environment,
        in: folder)
      #expect(exported.status == 0)
      #expect(exported.output.hasPrefix("Highlight,"), "\(exported.output.prefix(80))")
      #expect(exported.errors.contains("memory off"), "\(exported.errors)")
    }
  }
}

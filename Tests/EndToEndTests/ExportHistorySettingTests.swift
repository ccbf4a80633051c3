import Foundation
import ReaderStore
import TestSupport
import Testing

/// `history = false` in the config keeps `reader export` away from the memory, as it keeps
/// the reader: FORMAT.md's `annotations` is `[]` when history is off, and the CSV has only
/// its header.
@Suite struct ExportHistorySettingTests {
  static let text = """
    The Tide Table

    by Nell Ashby [4-2-2024 published].

    High water comes at noon, and the **boats go out an hour before it**.

    """

  /// A store under `folder/data` holding one highlight of `tides.txt`, by its text.
  func keepAHighlight(in folder: URL) throws {
    let store = try ReadingStore.open(
      at: StoreLocation(directory: folder.appendingPathComponent("data/reader").path))
    let identity = DocumentIdentity(fingerprint: Fingerprint(of: Array(Self.text.utf8)), path: nil)
    try store.save(
      StoredAnnotation(
        id: "h1",
        anchor: QuoteAnchor(
          article: 1, articleTitle: "The Tide Table",
          quote: TextQuote(exact: "High water comes at noon", prefix: "", suffix: ", and the")),
        author: "Nell Ashby", source: "tides.txt", note: "a private note",
        created: "2026-12-01T10:00:00Z"),
      of: identity)
  }

  @Test func historyFalseLeavesYourHighlightsOutOfEveryExport() throws {
    try withTemporaryFolder { folder in
      // The reader runs in the tests' folder: the file is named by its full path.
      let file = folder.appendingPathComponent("tides.txt").path
      try Self.text.write(toFile: file, atomically: true, encoding: .utf8)
      try keepAHighlight(in: folder)
      // With history on, the highlight is exported: the checks below can fail.
      let kept = try runReader(["export", file], in: folder)
      #expect(kept.status == 0, "\(kept.errors)")
      #expect(kept.output.contains("\"note\": \"a private note\""))

      let config = folder.appendingPathComponent("config/reader")
      try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
      try "history = false\n".write(
        to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
      let json = try runReader(["export", file], in: folder)
      #expect(json.status == 0)
      #expect(json.output.contains("\"annotations\": [],"), "\(json.output)")
      #expect(!json.output.contains("a private note"))
      let markdown = try runReader(["export", "--format", "markdown", file], in: folder)
      #expect(markdown.status == 0)
      #expect(!markdown.output.contains("Your highlights"), "\(markdown.output)")
      let csv = try runReader(["export", "--format", "csv", file], in: folder)
      #expect(csv.output == "Highlight,Title,Author,URL,Note,Location,Date\r\n")
    }
  }
}

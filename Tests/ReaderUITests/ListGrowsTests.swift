import ReaderCore
import TestSupport
import Testing

@testable import ReaderUI

/// The article list is drawn again when indexing adds articles within one generation: a
/// Windows-1252 file is parsed again from its start once converted, and its first snapshot
/// of the new generation may hold no article yet (the list stayed empty until a key).
@Suite struct ListGrowsTests {
  private func snapshot(_ titles: [String], generation: Int, complete: Bool) throws
    -> IndexSnapshot
  {
    let text = titles.map { "\($0)\n\nby Ann Lee.\n\nThe text of \($0).\n\n" }.joined()
    let document = try DocumentLoader.parse(bytes: Array(text.utf8), source: "g.txt")
    return IndexSnapshot(
      document: document, indexedBytes: complete ? text.utf8.count : 10,
      totalBytes: text.utf8.count, isComplete: complete, generation: generation)
  }

  @Test func articlesAddedToTheSameGenerationAreListed() throws {
    let empty = try snapshot([], generation: 1, complete: false)
    let caches = ViewCaches()
    let lines = caches.lines
    var model = ReaderModel(
      document: empty.document, indexing: IndexProgress(empty), generation: 0)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 80, height: 10), to: &model, lines: lines)
    _ = Update.apply(.indexed(empty), to: &model, lines: lines)
    var screen = FrameView.render(model, fileLabel: "g.txt", caches: caches, width: 80, height: 10)
    #expect(screen.row(0).hasPrefix(" Articles (0)"))
    let whole = try snapshot(["Harbour", "Tides", "Boats"], generation: 1, complete: true)
    _ = Update.apply(.indexed(whole), to: &model, lines: lines)
    screen = FrameView.render(model, fileLabel: "g.txt", caches: caches, width: 80, height: 10)
    #expect(screen.row(0).hasPrefix(" Articles (3)"))
    #expect(screen.row(1).hasPrefix("▸ 1 Harbour"))
    #expect(screen.row(3).hasPrefix("  2 Tides"))
  }
}

import ReaderCore
import TestSupport
import Testing

@testable import ReaderUI

/// A snapshot of a new generation (the text parsed again from its start: a markup file's
/// whole source after the prefix shown first) keeps the reader's article and paragraph.
@Suite struct GenerationPlaceTests {
  private func stories(_ titles: [String]) -> String {
    titles.map { title in
      """
      \(title)

      by Ann Lee [1-2-2024 published].

      A short dek for \(title).

      First paragraph of \(title), with **a bold phrase** in it.

      Second paragraph of \(title), long enough to be body text.

      Third paragraph of \(title), long enough to be body text too.


      """
    }.joined()
  }

  private func snapshot(_ text: String, generation: Int, complete: Bool) throws -> IndexSnapshot {
    let document = try DocumentLoader.parse(bytes: Array(text.utf8), source: "s.md")
    return IndexSnapshot(
      document: document, indexedBytes: complete ? text.utf8.count : 10,
      totalBytes: text.utf8.count,
      isComplete: complete, generation: generation)
  }

  @Test func aNewGenerationKeepsTheArticleAndParagraph() throws {
    let titles = (1...6).map { "Story \($0)" }
    let first = try snapshot(stories(titles), generation: 0, complete: false)
    let lines = WrappedLineCache()
    var model = ReaderModel(
      document: first.document, indexing: IndexProgress(first), generation: 0)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 80, height: 12), to: &model, lines: lines)
    for key in try KeyString.parse("}}}jjjjj") {
      _ = Update.apply(.key(key), to: &model, lines: lines)
    }
    let article = model.state.openArticle
    let offset = model.state.anchor.block - model.document.articles[article].blocks.lowerBound
    let title = model.document.articles[article].title
    #expect(article > 0)
    #expect(offset > 0)
    // The whole source has one more article before this one, so its number moves.
    let whole = try snapshot(stories(["Story 0"] + titles), generation: 1, complete: true)
    _ = Update.apply(.indexed(whole), to: &model, lines: lines)
    #expect(model.generation == 1)
    #expect(model.state.openArticle == article + 1)
    #expect(model.document.articles[article + 1].title == title)
    #expect(
      model.state.anchor.block - model.document.articles[article + 1].blocks.lowerBound == offset)
  }
}

import ReaderCore
import Testing

@testable import ReaderUI

/// The skim view cuts a paragraph down to its highlighted sentences, joined by ` … `; its
/// lines' offsets counted into that cut text, while selections, your highlights and a
/// search's start count into the paragraph's whole text. `v` there selected a sentence the
/// view had left out (and `h` kept it), and marks landed on the wrong words.
@Suite struct SkimSelectionTests {
  static let text = """
    Harbour news

    by Ann Lee.

    The boats came in late that night. The tide was low and the wind had dropped. \
    In the morning **the harbour wall held**, as it always has.

    Nobody minded the wait.

    """

  func selected(_ model: ReaderModel) -> String? {
    guard case .selecting(let span) = model.notes.mode else { return nil }
    return ShownText(block: span.block, article: span.article, in: model.document)
      .string(span.range)
  }

  @Test func offsetsInTheSkimViewCountInTheWholeParagraph() throws {
    let document = try parsed(Self.text)
    let lines = ArticleLines(
      document: document, article: 0, width: 60, search: nil, skim: true)
    let block = document.articles[0].blocks.lowerBound + 2
    let shown = ShownText(block: block, article: 0, in: document)
    let line = try #require(
      (0..<lines.count).map { lines.line(at: $0) }.first { $0.block == block })
    let first = try #require(line.offsets.first { $0 >= 0 })
    // The line reads "… In the morning the harbour wall held, as it always has.": its first
    // character of text is the "I" of "In", far into the paragraph.
    #expect(shown.string(first..<first + 14) == "In the morning")
  }

  @Test func vInTheSkimViewSelectsASentenceItShows() throws {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: try parsed(Self.text), mouseEnabled: false)
    _ = Update.start(&model, lines: lines)
    // Four rows: the cut paragraph can stand on top, below the title.
    _ = Update.apply(.resize(width: 60, height: 5), to: &model, lines: lines)
    _ = press("S", &model, lines)
    // The cut paragraph on top of the pane.
    model.state.anchor = ReadingAnchor(
      block: model.document.articles[0].blocks.lowerBound + 2, row: 0)
    _ = press("v", &model, lines)
    #expect(selected(model) == "In the morning the harbour wall held, as it always has.")
  }

  /// The top line ends a kept sentence (`… as it always has.`), and the sentences after it in
  /// its paragraph are left out: `v` goes on to the next one the view shows.
  @Test func vSkipsSentencesTheSkimViewLeavesOut() throws {
    let text = Self.text.replacingOccurrences(
      of: "as it always has.", with: "as it always has. Gulls rested on it.")
    let lines = WrappedLineCache()
    var model = ReaderModel(document: try parsed(text), mouseEnabled: false)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 60, height: 5), to: &model, lines: lines)
    _ = press("S", &model, lines)
    let block = model.document.articles[0].blocks.lowerBound + 2
    model.state.anchor = ReadingAnchor(block: block, row: 1)
    _ = press("v", &model, lines)
    #expect(selected(model) == "Nobody minded the wait." || model.notes.mode == .none)
    #expect(selected(model) != "Gulls rested on it.")
  }

  /// `j` and `k` in the skim view go to the sentences it shows, not to those it leaves out.
  @Test func jAndKInTheSkimViewStepOverSentencesItLeavesOut() throws {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: try parsed(Self.text), mouseEnabled: false)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 60, height: 20), to: &model, lines: lines)
    _ = press("Svj", &model, lines)
    #expect(selected(model) == "by Ann Lee")
    _ = press("j", &model, lines)
    #expect(selected(model) == "In the morning the harbour wall held, as it always has.")
    _ = press("j", &model, lines)
    #expect(model.state.message == "no sentence after this one in the article")
    _ = press("k", &model, lines)
    #expect(selected(model) == "by Ann Lee")
  }

  /// `H` then `Enter` on one of yours that the skim view leaves out showed the fold standing
  /// for it; the full text is shown instead, and the status line says why.
  @Test func jumpingToYourHighlightTheSkimViewLeavesOutShowsTheFullText() throws {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: try parsed(Self.text), mouseEnabled: false)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 60, height: 20), to: &model, lines: lines)
    _ = press("S", &model, lines)
    let block = model.document.articles[0].blocks.lowerBound + 2
    let hidden = TextSpan(article: 0, block: block, range: 0..<34)
    var state = model.state
    Update(model, lines: lines).jump(&state, toYours: hidden)
    #expect(!state.skim)
    #expect(state.message?.contains("skim view leaves out") == true)
    let shown = TextSpan(article: 0, block: block, range: 107..<121)
    var kept = model.state
    Update(model, lines: lines).jump(&kept, toYours: shown)
    #expect(kept.skim)
  }
}

import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// The `H` list on the small document (highlights 1–2 in article 1, 3–4 in article 3) and on
/// the sample.
@Suite struct HighlightListTests {
  @Test func listsEveryHighlightUnderItsArticleWithItsSentence() throws {
    let screen = try frame(tinyDocument(), 80, 12, keys: "H")
    #expect(
      screen.text().split(separator: "\n").map(String.init) == [
        "┌─ Highlights (4) ─────────────────────────────────────────────────────────────┐",
        "│ Find: ▏                                                                      │",
        "│ 1. First steps                                                               │",
        "│    The opening has one bold phrase in it.                                    │",
        "│    We will open the line soon.                                               │",
        "│ 3. Third time                                                                │",
        "│    Bold start and a lantern and bold end.                                    │",
        "│    Bold start and a lantern and bold end.                                    │",
        "│                                                                              │",
        "│                                                                              │",
        "└─ ↓↑ j k move · type to narrow · Enter jumps · Esc closes ────────────────────┘",
        " test.txt │ Article 1/3 │ Highlight –/4 │ 83%                            ? help",
      ])
  }

  @Test func theCurrentHighlightIsMarkedAndSelectedAndThePhraseStandsOutInBold() throws {
    let screen = try frame(tinyDocument(), 80, 12, keys: "]]H")
    #expect(
      screen.styledText(marking: [.highlight, .selection, .overlayTitle]).split(separator: "\n")
        .map(String.init)[2...6] == [
          "⟦ot:│⟧ ⟦ot:1. First steps⟧                                                               ⟦ot:│⟧",
          "⟦ot:│⟧ ⟦ot:   ⟧The opening has ⟦hl:one bold phrase⟧ in it.                                    ⟦ot:│⟧",
          "⟦ot:│⟧⟦sel:  ▸ We will ⟧⟦sel+b:open the line⟧⟦sel: soon.                                               ⟧⟦ot:│⟧",
          "⟦ot:│⟧ ⟦ot:3. Third time⟧                                                                ⟦ot:│⟧",
          "⟦ot:│⟧ ⟦ot:   ⟧⟦hl:Bold start⟧ and a lantern and bold end.                                    ⟦ot:│⟧",
        ])
  }

  @Test func keysMoveNarrowAndJump() throws {
    let document = tinyDocument()
    let moved = try program(document, 80, 12, keys: "Hjj")
    #expect(moved.state.overlay == .highlights(query: "", selection: 2))
    let back = try program(document, 80, 12, keys: "Hjjjjjk")
    #expect(back.state.overlay == .highlights(query: "", selection: 2))
    let narrowed = try program(document, 80, 12, keys: "Hend")
    #expect(narrowed.state.overlay == .highlights(query: "end", selection: 3))
    #expect(
      try frame(document, 80, 12, keys: "Hend").text().split(separator: "\n").map(String.init)[
        0...4] == [
          "┌─ Highlights holding “end” ───────────────────────────────────────────────────┐",
          "│ Find: end▏                                                                   │",
          "│ 3. Third time                                                                │",
          "│    Bold start and a lantern and bold end.                                    │",
          "│                                                                              │",
        ])
    let nothing = try frame(document, 80, 12, keys: "Hzebra")
    #expect(
      nothing.row(2)
        == "│ (no highlight matches)                                                       │")
    // Enter with nothing listed keeps the list and what was typed, and says why.
    let stays = try program(document, 80, 12, keys: "Hzebra<Enter>")
    #expect(stays.state.overlay == .highlights(query: "zebra", selection: nil))
    #expect(stays.state.message == "no highlight matches “zebra”: Backspace widens, Esc closes")
    #expect(try program(document, 80, 12, keys: "Hzebra<Enter><Esc>").state.overlay == nil)
    // Typed text takes j and k once something is typed.
    #expect(
      try program(document, 80, 12, keys: "Hoj").state.overlay
        == .highlights(query: "oj", selection: nil))
    let jumped = try program(document, 80, 12, keys: "Hjjj<Enter>")
    #expect(jumped.state.overlay == nil)
    #expect(jumped.state.currentHighlight == 3)
    #expect(jumped.state.openArticle == 2)
    #expect(try program(document, 80, 12, keys: "Hjj<Esc>").state.currentHighlight == nil)
  }

  @Test func withAnAuthorFilterOnlyTheirHighlightsAreListed() throws {
    let options = ReaderOptions(authorFilter: "Bo Chen", fileLabel: "test.txt")
    let none = try frame(tinyDocument(), 80, 12, keys: "H", options: options)
    #expect(none.row(11).hasSuffix("no highlights by this author"))
    let ann = ReaderOptions(authorFilter: "Ann Lee", fileLabel: "test.txt")
    #expect(
      try frame(tinyDocument(), 80, 12, keys: "H", options: ann).row(0)
        == "┌─ Highlights by Ann Lee (4) ──────────────────────────────────────────────────┐")
  }

  @Test func sentencesAreCutAtTheirEnds() {
    #expect(
      HighlightSentence.sentenceStart(of: "One. Two “three.” Four and ", cut: false) == "Four and ")
    #expect(HighlightSentence.sentenceStart(of: "no stop here ", cut: true) == "…no stop here ")
    #expect(HighlightSentence.sentenceEnd(of: " and more. Next one.", cut: false) == " and more.")
    #expect(HighlightSentence.sentenceEnd(of: " said “yes.” Then", cut: false) == " said “yes.”")
    #expect(HighlightSentence.sentenceEnd(of: " runs on ", cut: true) == " runs on…")
  }

  /// Stops, closers and spaces beyond ASCII, and spaces trimmed at the cut ends.
  @Test func sentencesEndAtStopsBeyondASCII() {
    #expect(HighlightSentence.sentenceStart(of: "Wait… «Non.»\u{00A0}Then ", cut: false) == "Then ")
    #expect(HighlightSentence.sentenceStart(of: "Ça va?\n\tÉté ", cut: true) == "Été ")
    #expect(HighlightSentence.sentenceStart(of: "v1.2 is out ", cut: false) == "v1.2 is out ")
    #expect(HighlightSentence.sentenceStart(of: " \u{2003} café ", cut: true) == "…café ")
    #expect(HighlightSentence.sentenceStart(of: "   ", cut: true) == "")
    #expect(
      HighlightSentence.sentenceEnd(of: " (see below).) Next", cut: false) == " (see below).)")
    #expect(HighlightSentence.sentenceEnd(of: " v1.2 ships…", cut: false) == " v1.2 ships…")
    #expect(HighlightSentence.sentenceEnd(of: " naïve \u{00A0} ", cut: true) == " naïve…")
    #expect(HighlightSentence.sentenceEnd(of: "  ", cut: true) == "")
  }

  /// A highlight far into a paragraph of a megabyte: its row reads a few hundred bytes.
  @Test func aHighlightDeepInAHugeParagraphShowsItsSentence() throws {
    var builder = DocumentBuilder()
    builder.article("Long", by: ["Ann Lee"])
    let filler = String(repeating: "word ", count: 200_000)
    builder.paragraph(
      .plain(filler + "Then it came. The "), .bold("deep phrase"),
      .plain(" ends here. More " + filler))
    let screen = try frame(builder.build(), 80, 8, keys: "H")
    #expect(
      screen.row(3)
        == "│    The deep phrase ends here.                                                │")
  }
}

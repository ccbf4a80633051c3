import ReaderCore
import ReaderScreen
import ReaderUI
import Testing

/// A key that cannot move says so in the status line, in words of its own, so that even after
/// another key's message the screen changes and the key is seen to have been read.
@Suite struct KeysAnswerTests {
  /// Two articles and not one highlight of the editor's.
  private func plainDocument() -> Document {
    var builder = DocumentBuilder()
    builder.article("Plain words", by: ["Ann Lee"])
    builder.paragraph(.plain("Nothing in this article is bold."))
    builder.article("More plain words", by: ["Bo Chen"])
    builder.paragraph(.plain("Nor in this one."))
    return builder.build()
  }

  @Test func highlightKeysWithoutHighlightsEachAnswer() throws {
    var reader = try program(plainDocument(), 100, 12)
    let before = reader.render(width: 100, height: 12)
    reader.handle(.key(.character("]")))
    let next = reader.render(width: 100, height: 12)
    reader.handle(.key(.character("[")))
    let previous = reader.render(width: 100, height: 12)
    #expect(next.row(11).hasSuffix(" no highlights for ] to go to"))
    #expect(previous.row(11).hasSuffix(" no highlights for [ to go back to"))
    #expect(before != next)
    #expect(next != previous)
  }

  @Test func underAnAuthorFilterTheyNameIt() throws {
    let previous = try frame(plainDocument(), 100, 12, keys: "a<Enter>[")
    #expect(previous.row(11).hasSuffix("no highlights by this author for [ to go back to"))
  }

  /// With highlights, `[` before the first one wraps to the last and says so.
  @Test func previousBeforeTheFirstHighlightWraps() throws {
    let screen = try frame(tinyDocument(), 100, 12, keys: "[")
    #expect(screen.row(11).hasSuffix("wrapped to last highlight"))
  }

  /// `s` (or `l`) where the pane cannot fit says why instead of changing nothing in silence.
  @Test func aPaneWithNoRoomSaysSo() throws {
    let narrow = try program(tinyDocument(), 40, 12, keys: "ls")
    #expect(narrow.state.layout.shows(.list))
    #expect(!narrow.state.layout.shows(.sidebar))
    #expect(narrow.state.message == "no room for the sidebar at this width: l hides the list")
    let tiny = try program(tinyDocument(), 20, 12, keys: "l")
    #expect(!tiny.state.layout.shows(.list))
    #expect(tiny.state.message == "no room for the article list at this width")
    // Where it fits, it just appears.
    let wide = try program(tinyDocument(), 200, 12, keys: "ss")
    #expect(wide.state.layout.shows(.sidebar))
    #expect(wide.state.message == nil)
  }

  /// In a file with no article, the keys that move through the text say so.
  @Test func anEmptyFileAnswersEveryMove() throws {
    var builder = DocumentBuilder()
    let empty = builder.build()
    #expect(empty.articles.isEmpty)
    for (keys, message) in [
      ("j", "no article to move in"), ("G", "no article to move in"),
      ("}", "no article to move in"), ("{", "no article to move in"),
      ("v", "nothing to select"), ("c", "history is off: notes are not kept"),
    ] {
      let reader = try program(empty, 80, 12, keys: keys)
      #expect(reader.state.message == message, "\(keys)")
    }
  }

  /// Help and the `H` list answer a move past their ends.
  @Test func listsAnswerAMovePastTheirEnds() throws {
    #expect(try program(tinyDocument(), 100, 12, keys: "?k").state.message == "top of the keys")
    #expect(try program(tinyDocument(), 100, 12, keys: "?Gj").state.message == "end of the keys")
    #expect(
      try program(tinyDocument(), 100, 12, keys: "?x").state.message?.hasPrefix("help: ") == true)
    #expect(try program(tinyDocument(), 100, 12, keys: "?j").state.message == nil)
    let top = try program(tinyDocument(), 100, 12, keys: "Hk")
    #expect(top.state.message == "top of the list")
    #expect(top.state.overlay != nil)
    #expect(
      try program(tinyDocument(), 100, 12, keys: "Hjjjjjj").state.message == "end of the list")
    #expect(try program(tinyDocument(), 100, 12, keys: "Hj").state.message == nil)
  }

  /// Ctrl-C cancels what is open (the search prompt, a selection, a list) as `Esc` does and
  /// says that a second one quits; with nothing open it quits.
  @Test func ctrlCCancelsWhatIsOpenAndThenQuits() throws {
    let document = tinyDocument()
    for keys in ["/lantern", "v", "H", "a"] {
      let cancelled = try program(document, 80, 24, keys: keys + "<C-c>")
      #expect(!cancelled.isFinished, "\(keys)")
      #expect(!cancelled.cancelsOnInterrupt, "\(keys)")
      #expect(cancelled.state.overlay == nil, "\(keys)")
      #expect(cancelled.state.search?.isEditing != true, "\(keys)")
      #expect(cancelled.state.message?.hasSuffix("Ctrl-C again quits") == true, "\(keys)")
      #expect(try program(document, 80, 24, keys: keys + "<C-c><C-c>").isFinished, "\(keys)")
    }
    #expect(try program(document, 80, 24, keys: "<C-c>").isFinished)
    #expect(try program(document, 80, 24, keys: "/lantern").cancelsOnInterrupt)
  }
}

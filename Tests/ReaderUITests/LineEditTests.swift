import ReaderCore
import Testing

@testable import ReaderUI

/// The prompts' line editor: a shell's keys move the cursor and edit at it; what is shown
/// keeps the cursor in view.
@Suite struct LineEditTests {
  func edited(_ text: String, _ keys: [Key]) -> (String, Int?) {
    var line = LineEdit(text)
    for key in keys {
      let handled = line.apply(key)
      #expect(handled, "\(key)")
    }
    return (line.text, line.cursor)
  }

  @Test func keysMoveAndEditAtTheCursor() {
    #expect(edited("harbour", [.left, .left, .character("X")]) == ("harboXur", 6))
    #expect(
      edited("harbour", [.home, .character("Y"), .end, .character("Z")]) == ("YharbourZ", nil))
    #expect(edited("harbour", [.control("a"), .delete]) == ("arbour", 0))
    #expect(edited("harbour", [.control("b"), .control("b"), .backspace]) == ("harbur", 4))
    #expect(edited("harbour", [.left, .left, .control("k")]) == ("harbo", nil))
    #expect(edited("harbour", [.left, .left, .control("u")]) == ("ur", 0))
    #expect(edited("the old harbour", [.control("w")]) == ("the old ", nil))
    #expect(
      edited("the old  harbour", [.left, .left, .left, .left, .left, .left, .left, .control("w")])
        == ("the harbour", 4))
    // At the end, Delete takes the last character, as it did before the cursor moved.
    #expect(edited("harbour", [.delete]) == ("harbou", nil))
    #expect(edited("", [.backspace, .delete, .left, .right]) == ("", nil))
    var line = LineEdit("harbour")
    let enter = line.apply(.enter)
    let escape = line.apply(.escape)
    #expect(!enter && !escape && line.text == "harbour")
  }

  @Test func pastedTextGoesInAtTheCursor() {
    var line = LineEdit("harbour", cursor: 3)
    line.insert("d ar")
    #expect(line.text == "hard arbour")
    #expect(line.cursor == 7)
    var atEnd = LineEdit("harbour")
    atEnd.insert(" wall")
    #expect(atEnd.text == "harbour wall" && atEnd.cursor == nil)
  }

  @Test func aLongTextLosesItsStartToKeepTheCursorInView() {
    let line = LineEdit("abcdefghijklmnopqrstuvwxyz", cursor: 20)
    let shown = line.shown(width: 10)
    #expect(shown == ("…mnopqrst", "uvwxyz"))
    #expect(LineEdit("abc", cursor: 1).shown(width: 10) == ("a", "bc"))
    #expect(LineEdit("日本語の文章", cursor: nil).shown(width: 6) == ("…文章", ""))
  }

  /// In the search prompt the query is edited at the cursor, the match found again.
  @Test func theSearchPromptEditsAtTheCursor() throws {
    let frame = try frame(tinyDocument(), 80, 12, keys: "/lntern<Left><Left><Left><Left><Left>a")
    #expect(frame.row(11).hasPrefix(" /la▏ntern"))
    #expect(frame.row(3).contains("lantern"))
  }
}

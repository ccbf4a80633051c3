import ReaderCore
import Testing

@testable import ReaderUI

/// Folding whitespace on bytes gives what folding it on characters gives.
@Suite struct BlockTextFoldingTests {
  private func bodyText(_ paragraph: String) throws -> String {
    let document = try DocumentLoader.parse(
      bytes: Array("Title\n\nby Ann Lee\n\nA standfirst.\n\n\(paragraph)\n".utf8), source: "t")
    let block = document.articles[0].blocks.upperBound - 1
    return BlockText.text(of: BlockText.pieces(of: block, article: 0, in: document))
  }

  @Test func asciiWhitespaceFolds() throws {
    #expect(try bodyText("one  two\tthree\r\n   four\nfive") == "one  two three four five")
  }

  @Test func aSpaceJoinedToAMarkIsNoSpace() throws {
    // " \u{301}" is one character, not a space: the line break before it becomes a gap of
    // its own, as the character-by-character folding has it.
    #expect(try bodyText("x\n \u{301}y") == "x  \u{301}y")
    #expect(try bodyText("x\n \u{1F3FB}y") == "x  \u{1F3FB}y")
  }

  @Test func aSpaceAfterAPrependedSignIsNoSpace() throws {
    #expect(try bodyText("\u{600} \nb") == "\u{600}  b")
  }

  @Test func otherNonASCIIKeepsTheFastFolding() throws {
    #expect(try bodyText("Привет\n  мир “quoted” 漢字\tok") == "Привет мир “quoted” 漢字 ok")
  }
}

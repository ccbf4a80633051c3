import Testing

@testable import ReaderUI

/// Words and sentences as selection mode moves by them (UTF-8 offsets).
@Suite struct ShownTextTests {
  let text = ShownText("One two. “Three four!” Five… six Mr. ok  ")

  @Test func sentencesStartAfterATerminatorAndItsClosers() {
    // "Mr." ends a sentence too: abbreviations are not told apart.
    #expect(text.sentenceStarts() == [0, 9, 27, 35, 43])
    #expect(text.sentence(startingAtOrAfter: 1) == 9..<26)
    #expect(text.sentenceEnd(after: 26) == 34)
    #expect(text.sentenceEnd(before: 34, after: 9) == 26)
    #expect(text.sentenceEnd(before: 26, after: 9) == nil)
  }

  @Test func wordsMoveTheEnd() {
    #expect(text.wordEnd(after: 3) == 8)
    #expect(text.wordEnd(before: 8) == 3)
    #expect(text.trimmedEnd == 45)
    #expect(text.string(0..<8) == "One two.")
    #expect(text.context(before: 27, count: 6) == "our!” ")
  }

  @Test func aTitleWithoutATerminatorIsOneSentence() {
    let title = ShownText("A title with no stop")
    #expect(title.sentence(startingAtOrAfter: 0) == 0..<20)
    #expect(title.sentence(startingAtOrAfter: 1) == nil)
  }
}

import Testing

@testable import ReaderCore

/// The byte-level word and sentence splitter the attribution rules read text with: the same
/// words `Character`s gave, for ASCII and for any other text.
@Suite struct ProseWordsTests {
  private func words(_ text: String) -> [String] {
    Array(text.utf8).withUnsafeBufferPointer { bytes in
      ProseWords.words(bytes, 0..<bytes.count).map { word in
        "\(word.text)\(word.capitalised ? "^" : "")\(word.endsClause ? "," : "")"
      }
    }
  }

  private func sentences(_ text: String) -> [String] {
    Array(text.utf8).withUnsafeBufferPointer { bytes in
      ProseWords.sentences(bytes, 0..<bytes.count).map {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)
      }
    }
  }

  @Test func asciiWordsLosePunctuationAndPossessives() {
    #expect(
      words("\"Well,\" Ann Lee's aide said (twice) -- 42!")
        == ["Well^,", "Ann^", "Lee^", "aide", "said", "twice,", "42,"])
  }

  @Test func everyUnicodeSpaceSeparatesWords() {
    let spaces = [
      "\u{A0}", "\u{85}", "\u{1680}", "\u{2003}", "\u{2028}", "\u{202F}", "\u{205F}", "\u{3000}",
      "\t", "\r\n",
    ]
    for space in spaces {
      #expect(
        words("she\(space)said") == ["she", "said"],
        "separator U+\(space.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    // A character that only looks like a space in some fonts is not one.
    #expect(words("a\u{200B}b") == ["a\u{200B}b"])
  }

  @Test func wordsWithOtherTextKeepCharacterRules() {
    #expect(words("“Zoë’s") == ["Zoë^"])
    #expect(words("Élodie,") == ["Élodie^,"])
    #expect(words("«ça»") == ["ça,"])
    #expect(words("— …") == [])
  }

  @Test func sentencesEndAfterClosingMarks() {
    #expect(
      sentences("He left. “Go!” she said.\u{A0}Then (quietly.) it ended? Yes")
        == ["He left.", "“Go!”", "she said.", "Then (quietly.)", "it ended?", "Yes"])
    #expect(sentences("No end here") == ["No end here"])
    #expect(
      sentences("Dots... then more.  Two spaces") == ["Dots...", "then more.", " Two spaces"])
  }
}

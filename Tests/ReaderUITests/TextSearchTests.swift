import Testing

@testable import ReaderUI

/// An ASCII query is searched in the text's bytes; it must find exactly what comparing the
/// text's characters finds, whatever surrounds the ASCII.
@Suite struct TextSearchTests {
  /// Pieces that join with ASCII next to them, or look like it, or are it.
  static let palette = [
    "ab", "AB", "a", "b", "e\u{301}", "\u{301}", " ", "\u{200D}", "👍", "🏽", "\u{600}", "東",
    "k", "\u{212A}", ";", "\u{37E}", "é", "🇯🇵", "\u{903}", "ba", "Ab", "\t",
  ]

  /// A deterministic pseudo-random text of `count` palette pieces.
  static func text(seed: UInt64, count: Int) -> String {
    var state = seed
    var result = ""
    for _ in 0..<count {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      result += palette[Int(state >> 33) % palette.count]
    }
    return result
  }

  @Test func byteSearchFindsWhatCharacterSearchFinds() {
    for query in ["ab", "a", "ba", "b a", "aba", "AB", "bab"] {
      let search = TextSearch(query)
      for seed in 0..<300 as Range<UInt64> {
        let text = Self.text(seed: seed, count: 40)
        #expect(
          search.offsets(in: text) == search.characterOffsets(in: text),
          "query \(query) in \(text.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
  }

  @Test func byteSearchRespectsCharacterBoundaries() {
    let search = TextSearch("ab")
    // A mark after the b, a prepended sign before the a: neither is a whole match.
    #expect(search.offsets(in: "xab\u{301} \u{600}ab ab") == [7])
    #expect(
      search.offsets(in: "xab\u{301} \u{600}ab ab")
        == search.characterOffsets(in: "xab\u{301} \u{600}ab ab"))
    #expect(search.offsets(in: "AB東ab") == [0, 3])
  }

  @Test func queriesWithCharactersOthersFoldToAreComparedAsCharacters() {
    // The Kelvin sign folds to k: the byte path would miss it.
    #expect(TextSearch("k").offsets(in: "\u{212A} k") == [0, 2])
  }
}

/// The ranges `joinsPrevious` settles without looking up properties hold no scalar that
/// joins the one before.
@Suite struct ScalarJoinTests {
  @Test func fastRangesAgreeWithTheProperties() {
    let ranges: [ClosedRange<UInt32>] = [
      0...0x2FF, 0x370...0x482, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
    ]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let properties = scalar.properties
        let joins =
          properties.isGraphemeExtend || properties.isEmojiModifier
          || properties.generalCategory == .spacingMark || value == 0x200D
        #expect(!joins, "U+\(String(value, radix: 16))")
      }
    }
    #expect("\u{301}".unicodeScalars.first!.joinsPrevious)
    #expect("\u{483}".unicodeScalars.first!.joinsPrevious)
  }
}

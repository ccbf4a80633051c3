import ReaderCore

/// A small seeded generator for the tests that press random keys: the same seed, the same
/// keys, on every machine.
struct SeededKeys {
  var state: UInt64

  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}

/// An article of wide characters, emoji and bold words, twelve paragraphs long: rows whose
/// cells are not one a character.
func wideDocument() -> Document {
  var wide = DocumentBuilder()
  wide.article("幅の広い文字", by: ["Ann Lee"])
  for number in 1...12 {
    wide.paragraph(
      .plain("段落 \(number): 日本語の文章と "), .bold("太字の言葉"),
      .plain(" と emoji 👩‍👩‍👧 が並ぶ行です。the 長い行は折り返されて次の行に続きます。"))
  }
  return wide.build()
}

/// `As I wrote in 2021, a “…”`: the author quoting their own earlier writing. The quotation is
/// the article's author's when the same sentence, before it, has `I wrote`, `I have written`
/// or `I had written` and the article has exactly one author.
///
/// Only writing counts: a narrator's `I said, “…”` in a story is the narrator's, not the
/// author's, so saying verbs are left to `QuoteAttribution`, which gives pronouns nobody.
enum FirstPersonAttribution {
  /// How far back from the quotation mark the sentence is read, in bytes.
  static let reach = 400
  private static let phrases: [[UInt8]] = ["I wrote", "I have written", "I had written"].map {
    Array($0.utf8)
  }

  static func author(
    for quotation: InlineQuotation, in text: UnsafeBufferPointer<UInt8>,
    paragraph: Range<Int>, authors: [String]
  ) -> String? {
    guard authors.count == 1 else { return nil }
    let end = quotation.outer.lowerBound
    var start = max(paragraph.lowerBound, end - reach)
    // The sentence starts after the last `. `, `! ` or `? ` before the quotation.
    var index = end - 1
    while index > start {
      let byte = text[index - 1]
      if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"))
        && Bytes.isWhitespace(text[index])
      {
        start = index
        break
      }
      index -= 1
    }
    for phrase in phrases {
      var at = start
      while let found = Bytes.find(phrase, in: text, at..<end) {
        let before = found == paragraph.lowerBound || !Bytes.isASCIILetter(text[found - 1])
        let after = found + phrase.count
        if before && (after >= end || !Bytes.isASCIILetter(text[after])) { return authors[0] }
        at = found + 1
      }
    }
    return nil
  }
}

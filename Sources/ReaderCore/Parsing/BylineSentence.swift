/// A byline that goes on after its names in a sentence of its own (`By Ann Lee. Translated
/// from the Spanish by Bo Chen.`, `By Ann Lee. Photographs by Bo Chen.`): the names end at the
/// full stop, and the sentence after it says more, as a description does.
///
/// The stop must end a word that is no initial or title (`J. R. Ward`, `Mary St. John`, `Dr.
/// Ann Lee`), be followed by a space and a capital letter, and the sentence after it must hold
/// a word in lower case, as a sentence does and a list of names does not.
enum BylineSentence {
  /// Where the names end (the full stop) in `range`, or nil when the byline is one sentence.
  static func namesEnd(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var index = range.lowerBound
    while index + 2 < range.upperBound {
      defer { index += 1 }
      guard text[index] == UInt8(ascii: "."), text[index + 1] == UInt8(ascii: " "),
        text[index + 2] >= UInt8(ascii: "A"), text[index + 2] <= UInt8(ascii: "Z")
      else { continue }
      var wordStart = index
      while wordStart > range.lowerBound && Bytes.isASCIILetter(text[wordStart - 1]) {
        wordStart -= 1
      }
      guard index - wordStart >= 2, !isAbbreviation(text, wordStart..<index),
        hasLowercaseWord(text, index + 2..<range.upperBound)
      else { continue }
      return index
    }
    return nil
  }

  /// Titles and name parts written with a full stop after them.
  private static let abbreviations: Set<[UInt8]> = Set(
    [
      "mr", "mrs", "ms", "dr", "jr", "sr", "st", "prof", "rev", "hon", "gen", "col", "capt",
      "lt", "sgt", "gov", "sen", "rep", "mt", "fr", "esq", "ph", "mme", "mlle",
    ]
    .map { Array($0.utf8) })

  private static func isAbbreviation(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>)
    -> Bool
  {
    word.count <= 5 && abbreviations.contains(word.map { Bytes.lowercased(text[$0]) })
  }

  /// Whether `range` holds a word of two letters or more that starts in lower case.
  private static func hasLowercaseWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Bool
  {
    var index = range.lowerBound
    var atWordStart = true
    while index + 1 < range.upperBound {
      let byte = text[index]
      if atWordStart && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
        && Bytes.isASCIILetter(text[index + 1])
      {
        return true
      }
      atWordStart = byte == UInt8(ascii: " ")
      index += 1
    }
    return false
  }
}

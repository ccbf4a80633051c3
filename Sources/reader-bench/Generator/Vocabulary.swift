/// The word lists, encoded once as UTF-8 so that writing a word is a plain byte copy.
struct Vocabulary {
  let function: [[UInt8]]
  let determiners: [[UInt8]]
  let prepositions: [[UInt8]]
  let pronouns: [[UInt8]]
  let conjunctions: [[UInt8]]
  let nouns: [[UInt8]]
  let verbs: [[UInt8]]
  let adjectives: [[UInt8]]
  let adverbs: [[UInt8]]
  let foreign: [[UInt8]]
  let firstNames: [[UInt8]]
  let lastNames: [[UInt8]]
  let roleTitles: [[UInt8]]
  let institutions: [[UInt8]]
  let descriptions: [[UInt8]]
  let desks: [[UInt8]]
  let months: [[UInt8]]

  init() {
    func encode(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }
    function = encode(WordLists.function)
    determiners = encode(WordLists.determiners)
    prepositions = encode(WordLists.prepositions)
    pronouns = encode(WordLists.pronouns)
    conjunctions = encode(WordLists.conjunctions)
    nouns = encode(WordLists.nouns)
    verbs = encode(WordLists.verbs)
    adjectives = encode(WordLists.adjectives)
    adverbs = encode(WordLists.adverbs)
    foreign = encode(WordLists.foreign)
    firstNames = encode(WordLists.firstNames)
    lastNames = encode(WordLists.lastNames)
    roleTitles = encode(WordLists.roleTitles)
    institutions = encode(WordLists.institutions)
    descriptions = encode(WordLists.descriptions)
    desks = encode(WordLists.desks)
    months = encode(WordLists.months)
  }
}

/// UTF-8 bytes the generator writes often.
enum Glyph {
  static let space: UInt8 = 0x20
  static let newline: UInt8 = 0x0A
  static let leftDoubleQuote: [UInt8] = [0xE2, 0x80, 0x9C]
  static let rightDoubleQuote: [UInt8] = [0xE2, 0x80, 0x9D]
  static let apostrophe: [UInt8] = [0xE2, 0x80, 0x99]
  static let emDash: [UInt8] = [0xE2, 0x80, 0x94]
  static let enDash: [UInt8] = [0xE2, 0x80, 0x93]
  static let bullet: [UInt8] = [0xE2, 0x80, 0xA2]
}

/// The four ways an editor marks bold, with the tag names in the case variants seen in
/// pasted HTML.
enum BoldMarker: CaseIterable {
  case asterisks, underscores, bTag, strongTag

  func opener(upperCase: Bool) -> [UInt8] {
    switch self {
    case .asterisks: return Array("**".utf8)
    case .underscores: return Array("__".utf8)
    case .bTag: return Array((upperCase ? "<B>" : "<b>").utf8)
    case .strongTag: return Array((upperCase ? "<STRONG>" : "<strong>").utf8)
    }
  }

  func closer(upperCase: Bool) -> [UInt8] {
    switch self {
    case .asterisks: return Array("**".utf8)
    case .underscores: return Array("__".utf8)
    case .bTag: return Array((upperCase ? "</B>" : "</b>").utf8)
    case .strongTag: return Array((upperCase ? "</STRONG>" : "</strong>").utf8)
    }
  }
}

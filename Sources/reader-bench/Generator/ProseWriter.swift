/// Writes sentences and paragraphs of plausible article prose into a byte buffer: words from
/// the vocabulary, names, numbers, inline quotations, scare quotes, the occasional non-ASCII
/// word, and (when asked) one bold highlight in any of the four syntaxes.
struct ProseWriter {
  var rng: SplitMix64
  let words: Vocabulary
  /// Bold phrases written so far.
  private(set) var highlights = 0

  init(rng: SplitMix64, words: Vocabulary) {
    self.rng = rng
    self.words = words
  }

  // MARK: Words

  /// Appends one word chosen by a rough English part-of-speech mix. `sentenceStart` words are
  /// ASCII and capitalised, and never `by` (a paragraph opening with "By" after a one-line
  /// paragraph would read as a byline).
  mutating func word(into out: inout [UInt8], sentenceStart: Bool = false) {
    let roll = rng.below(1000)
    let start = out.count
    switch roll {
    case ..<380:
      var choice = rng.pick(words.function)
      while sentenceStart, choice.count == 2, choice[0] == 0x62, choice[1] == 0x79 {
        choice = rng.pick(words.function)
      }
      out.append(contentsOf: choice)
    case ..<640: out.append(contentsOf: rng.pick(words.nouns))
    case ..<770: out.append(contentsOf: rng.pick(words.verbs))
    case ..<900: out.append(contentsOf: rng.pick(words.adjectives))
    case ..<935: out.append(contentsOf: rng.pick(words.adverbs))
    case ..<965:
      if sentenceStart {
        out.append(contentsOf: rng.pick(words.nouns))
      } else {
        name(into: &out, full: rng.chance(50))
      }
    case ..<985: number(into: &out)
    default:
      if sentenceStart {
        out.append(contentsOf: rng.pick(words.adjectives))
      } else {
        out.append(contentsOf: rng.pick(words.foreign))
      }
    }
    if sentenceStart, out[start] >= 0x61, out[start] <= 0x7A { out[start] -= 0x20 }
  }

  mutating func name(into out: inout [UInt8], full: Bool) {
    if full {
      out.append(contentsOf: rng.pick(words.firstNames))
      out.append(Glyph.space)
    }
    out.append(contentsOf: rng.pick(words.lastNames))
  }

  mutating func number(into out: inout [UInt8]) {
    switch rng.below(4) {
    case 0: appendDecimal(rng.within(1990...2025), to: &out)
    case 1:
      appendDecimal(rng.within(2...99), to: &out)
      out.append(0x25)  // %
    case 2:
      appendDecimal(rng.within(1...999), to: &out)
      out.append(0x2C)
      appendDecimal(rng.within(100...999), to: &out)
    default: appendDecimal(rng.within(2...60), to: &out)
    }
  }

  /// `count` words separated by spaces, never starting a sentence.
  mutating func run(of count: Int, into out: inout [UInt8]) {
    for index in 0..<count {
      if index > 0 { out.append(Glyph.space) }
      word(into: &out)
    }
  }

  // MARK: Sentences and paragraphs

  /// One sentence, usually one or two clauses, sometimes with a quotation or a scare quote.
  mutating func sentence(into out: inout [UInt8]) {
    let shape = rng.below(100)
    if shape < 6 {
      quotedSentence(into: &out)
      return
    }
    clause(into: &out, sentenceStart: true, scareQuote: shape < 12)
    if rng.chance(35) {
      out.append(contentsOf: rng.pick(words.conjunctions))
      out.append(Glyph.space)
      clause(into: &out, sentenceStart: false, scareQuote: false)
    }
    out.append(rng.chance(95) ? 0x2E : 0x3F)  // . or ?
  }

  /// Subject, verb, object and now and then a prepositional phrase or two.
  private mutating func clause(into out: inout [UInt8], sentenceStart: Bool, scareQuote: Bool) {
    let start = out.count
    switch rng.below(100) {
    case ..<20: name(into: &out, full: true)
    case ..<35:
      out.append(contentsOf: rng.pick(words.pronouns))
      if !sentenceStart { out[start] |= 0x20 }  // lower-case the ASCII initial
    default: nounPhrase(into: &out)
    }
    if sentenceStart, out[start] >= 0x61, out[start] <= 0x7A { out[start] -= 0x20 }
    out.append(Glyph.space)
    if rng.chance(12) {
      out.append(contentsOf: rng.pick(words.adverbs))
      out.append(Glyph.space)
    }
    out.append(contentsOf: rng.pick(words.verbs))
    out.append(Glyph.space)
    if scareQuote {
      out.append(contentsOf: rng.pick(words.determiners))
      out.append(Glyph.space)
      out.append(contentsOf: Glyph.leftDoubleQuote)
      out.append(contentsOf: rng.pick(words.nouns))
      out.append(contentsOf: Glyph.rightDoubleQuote)
    } else if rng.chance(10) {
      number(into: &out)
      out.append(contentsOf: Array(" of ".utf8))
      nounPhrase(into: &out)
    } else {
      nounPhrase(into: &out)
    }
    var phrases = rng.below(4)
    while phrases > 0 {
      out.append(Glyph.space)
      out.append(contentsOf: rng.pick(words.prepositions))
      out.append(Glyph.space)
      if rng.chance(6) {
        out.append(contentsOf: rng.pick(words.foreign))
      } else {
        nounPhrase(into: &out)
      }
      phrases -= 1
    }
  }

  /// A determiner, perhaps an adjective, a noun, and sometimes `of` another noun.
  private mutating func nounPhrase(into out: inout [UInt8]) {
    out.append(contentsOf: rng.pick(words.determiners))
    out.append(Glyph.space)
    if rng.chance(40) {
      out.append(contentsOf: rng.pick(words.adjectives))
      out.append(Glyph.space)
    }
    out.append(contentsOf: rng.pick(words.nouns))
    if rng.chance(15) {
      out.append(contentsOf: Array(" of the ".utf8))
      out.append(contentsOf: rng.pick(words.nouns))
    }
  }

  /// A sentence holding a quotation of four or more words, attributed or not.
  private mutating func quotedSentence(into out: inout [UInt8]) {
    let curly = rng.chance(85)
    let open = curly ? Glyph.leftDoubleQuote : [0x22]
    let close = curly ? Glyph.rightDoubleQuote : [0x22]
    if rng.chance(50) {
      // “Quoted words,” Name said.
      out.append(contentsOf: open)
      word(into: &out, sentenceStart: true)
      out.append(Glyph.space)
      run(of: rng.within(4...14), into: &out)
      out.append(0x2C)
      out.append(contentsOf: close)
      out.append(Glyph.space)
      switch rng.below(3) {
      case 0: out.append(contentsOf: Array("he said.".utf8))
      case 1: out.append(contentsOf: Array("she said.".utf8))
      default:
        out.append(contentsOf: Array("said ".utf8))
        name(into: &out, full: true)
        out.append(0x2E)
      }
    } else {
      // Lead-in words “quoted words words words words.”
      word(into: &out, sentenceStart: true)
      out.append(Glyph.space)
      run(of: rng.within(3...9), into: &out)
      out.append(Glyph.space)
      out.append(contentsOf: open)
      run(of: rng.within(4...12), into: &out)
      out.append(0x2E)
      out.append(contentsOf: close)
    }
  }

  /// A paragraph of `sentences` sentences. With `highlight`, one run of words somewhere in it
  /// is wrapped in bold markers.
  mutating func paragraph(sentences: Int, highlight: Bool, into out: inout [UInt8]) {
    let highlightAfter = highlight ? rng.below(sentences) : -1
    for index in 0..<sentences {
      if index > 0 { out.append(Glyph.space) }
      sentence(into: &out)
      if index == highlightAfter {
        out.append(Glyph.space)
        bold(into: &out)
      }
    }
  }

  /// A bold phrase followed by the end of its sentence. Returns whether the phrase runs to
  /// the sentence's end (then, written as a whole title, it is formatting, not a highlight).
  @discardableResult
  mutating func bold(into out: inout [UInt8]) -> Bool {
    highlights += 1
    let marker = BoldMarker.allCases[rng.below(4)]
    let upper = rng.chance(15)
    out.append(contentsOf: marker.opener(upperCase: upper))
    word(into: &out, sentenceStart: true)
    out.append(Glyph.space)
    run(of: rng.within(1...8), into: &out)
    if rng.chance(50) {
      out.append(0x2E)
      out.append(contentsOf: marker.closer(upperCase: upper))
      return true
    } else {
      out.append(contentsOf: marker.closer(upperCase: upper))
      out.append(Glyph.space)
      run(of: rng.within(2...8), into: &out)
      out.append(0x2E)
      return false
    }
  }

  /// A title in bold: a highlight only when the bold leaves part of the title plain
  /// (FORMAT.md: bold over a whole title is the page's formatting).
  mutating func boldTitle(into out: inout [UInt8]) {
    if bold(into: &out) { highlights -= 1 }
  }

  /// A one-line headline: capitalised words, sometimes with a name and a colon or a dash.
  mutating func headline(into out: inout [UInt8]) {
    switch rng.below(10) {
    case 0:
      name(into: &out, full: true)
      out.append(0x3A)
      out.append(Glyph.space)
      word(into: &out, sentenceStart: true)
      out.append(Glyph.space)
      run(of: rng.within(3...9), into: &out)
    case 1:
      word(into: &out, sentenceStart: true)
      out.append(Glyph.space)
      run(of: rng.within(3...9), into: &out)
      out.append(Glyph.space)
      out.append(contentsOf: Glyph.enDash)
      out.append(Glyph.space)
      out.append(contentsOf: rng.pick(words.lastNames))
    default:
      word(into: &out, sentenceStart: true)
      out.append(Glyph.space)
      run(of: rng.within(3...12), into: &out)
    }
    if rng.chance(8) { out.append(0x3F) }
  }
}

/// Appends the decimal digits of a non-negative number.
func appendDecimal(_ value: Int, to out: inout [UInt8]) {
  if value >= 10 { appendDecimal(value / 10, to: &out) }
  out.append(UInt8(0x30 + value % 10))
}

/// Writes a realistic compilation (see FORMAT.md) of about `targetBytes` bytes: articles
/// are added until the output passes the target, then the compilation's own related links
/// and the page trailer close it. The same seed always gives the same bytes, and a smaller
/// target gives a prefix of a larger one (up to the closing section).
struct CompilationGenerator {
  private var prose: ProseWriter
  private var sink: ByteSink
  private var paragraph: [UInt8] = []
  private let editor: String
  /// Articles written so far.
  private(set) var articles = 0
  /// Bold phrases written so far (each one a highlight for the parser).
  var highlights: Int { prose.highlights }

  init(seed: UInt64, sink: ByteSink) {
    prose = ProseWriter(rng: SplitMix64(seed: seed), words: Vocabulary())
    self.sink = sink
    paragraph.reserveCapacity(1 << 16)
    editor = WordLists.editorInitials[prose.rng.below(WordLists.editorInitials.count)]
  }

  /// Generates the whole compilation and returns the number of bytes written.
  mutating func generate(targetBytes: Int) throws(SinkError) -> Int {
    var number = 1
    repeat {
      try article(number: number)
      number += 1
    } while sink.written < targetBytes
    try closing()
    try sink.flush()
    return sink.written
  }

  /// Generates a book: one article (title, byline, body) of about `targetBytes` bytes, with no
  /// closing section; returns the number of bytes written.
  /// `oneLine`: the body's paragraphs joined by spaces into one line (a file saved without
  /// its line breaks), after the title and byline.
  mutating func generateBook(targetBytes: Int, oneLine: Bool = false) throws(SinkError) -> Int {
    articles = 1
    prose.headline(into: &paragraph)
    try emitParagraph()
    _ = byline()
    try emitParagraph()
    joinsParagraphs = oneLine
    repeat {
      try body()
    } while sink.written < targetBytes
    if joinsParagraphs { sink.append(Glyph.newline) }
    try sink.flush()
    return sink.written
  }

  /// Whether paragraphs are joined by a space instead of ended by a blank line.
  private var joinsParagraphs = false

  // MARK: Paragraph output

  /// Emits the scratch paragraph followed by a blank line; `wrapAt` hard-wraps it at spaces.
  private mutating func emitParagraph(wrapAt width: Int? = nil) throws(SinkError) {
    if let width {
      var lineStart = 0
      var lastSpace = -1
      var index = 0
      while index < paragraph.count {
        if paragraph[index] == Glyph.space { lastSpace = index }
        if index - lineStart >= width, lastSpace > lineStart {
          paragraph[lastSpace] = Glyph.newline
          lineStart = lastSpace + 1
        }
        index += 1
      }
    }
    if joinsParagraphs {
      for index in paragraph.indices where paragraph[index] == Glyph.newline {
        paragraph[index] = Glyph.space
      }
      sink.append(paragraph)
      sink.append(Glyph.space)
    } else {
      sink.append(paragraph)
      sink.append(Glyph.newline)
      sink.append(Glyph.newline)
    }
    paragraph.removeAll(keepingCapacity: true)
    try sink.flushIfLarge()
  }

  private mutating func emitLine(_ text: String) throws(SinkError) {
    paragraph.append(contentsOf: Array(text.utf8))
    try emitParagraph()
  }

  // MARK: Articles

  private mutating func article(number: Int) throws(SinkError) {
    articles += 1
    if prose.rng.chance(3) {
      prose.boldTitle(into: &paragraph)
    } else {
      prose.headline(into: &paragraph)
    }
    try emitParagraph()
    if prose.rng.chance(30) { sink.append(Glyph.newline) }  // titles often stand apart

    let authors = byline()
    try emitParagraph()

    if number == 1 { try editorsNote() }

    let hasBio = authors.count == 1 && prose.rng.chance(55)
    let bioFirst = hasBio && prose.rng.chance(30)
    if bioFirst { try bio(of: authors[0]) }
    prose.paragraph(sentences: 1, highlight: prose.rng.chance(5), into: &paragraph)
    try emitParagraph()  // the dek
    if hasBio && !bioFirst { try bio(of: authors[0]) }

    try body()

    if prose.rng.chance(70) {
      try emitLine("Related")
      for _ in 0..<prose.rng.within(1...4) { try relatedLink(note: false) }
    }
  }

  /// Writes a byline into the scratch paragraph and returns the personal authors' names.
  private mutating func byline() -> [[UInt8]] {
    let r = prose.rng.below(100)
    paragraph.append(contentsOf: Array((r < 85 ? "by " : r < 97 ? "By " : "BY ").utf8))
    var authors: [[UInt8]] = []
    let shape = prose.rng.below(100)
    if shape < 10 {
      paragraph.append(contentsOf: prose.rng.pick(prose.words.desks))
    } else {
      authors.append(personName())
      if shape < 25 {
        authors.append(personName())
        paragraph.append(contentsOf: authors[0])
        paragraph.append(contentsOf: Array((shape < 20 ? " and " : " & ").utf8))
        paragraph.append(contentsOf: authors[1])
      } else {
        paragraph.append(contentsOf: authors[0])
      }
      if prose.rng.chance(30) {
        paragraph.append(contentsOf: Array(", ".utf8))
        paragraph.append(contentsOf: prose.rng.pick(prose.words.descriptions))
      }
    }
    if prose.rng.chance(95) {
      paragraph.append(contentsOf: Array(" [".utf8))
      date()
      paragraph.append(contentsOf: Array(" published]".utf8))
    }
    if prose.rng.chance(95) { paragraph.append(0x2E) }
    return authors
  }

  private mutating func personName() -> [UInt8] {
    var name = prose.rng.pick(prose.words.firstNames)
    name.append(Glyph.space)
    name.append(contentsOf: prose.rng.pick(prose.words.lastNames))
    return name
  }

  /// A date, mostly `M-D-YYYY`, sometimes ISO or spelled out.
  private mutating func date() {
    let year = prose.rng.within(2019...2025)
    let month = prose.rng.within(1...12)
    let day = prose.rng.within(1...28)
    switch prose.rng.below(100) {
    case ..<80:
      appendDecimal(month, to: &paragraph)
      paragraph.append(0x2D)
      appendDecimal(day, to: &paragraph)
      paragraph.append(0x2D)
      appendDecimal(year, to: &paragraph)
    case ..<90:
      appendDecimal(year, to: &paragraph)
      paragraph.append(0x2D)
      if month < 10 { paragraph.append(0x30) }
      appendDecimal(month, to: &paragraph)
      paragraph.append(0x2D)
      if day < 10 { paragraph.append(0x30) }
      appendDecimal(day, to: &paragraph)
    default:
      paragraph.append(contentsOf: prose.words.months[month - 1])
      paragraph.append(Glyph.space)
      appendDecimal(day, to: &paragraph)
      paragraph.append(contentsOf: Array(", ".utf8))
      appendDecimal(year, to: &paragraph)
    }
  }

  private mutating func editorsNote() throws(SinkError) {
    paragraph.append(0x28)  // (
    prose.paragraph(sentences: prose.rng.within(5...9), highlight: true, into: &paragraph)
    paragraph.append(Glyph.space)
    paragraph.append(contentsOf: Glyph.emDash)
    paragraph.append(Glyph.space)
    paragraph.append(contentsOf: Array(editor.utf8))
    paragraph.append(0x29)  // )
    try emitParagraph()
  }

  private mutating func bio(of author: [UInt8]) throws(SinkError) {
    paragraph.append(contentsOf: author)
    paragraph.append(contentsOf: Array((prose.rng.chance(85) ? " is " : " was ").utf8))
    prose.run(of: prose.rng.within(8...20), into: &paragraph)
    paragraph.append(0x2E)
    if prose.rng.chance(60) {
      paragraph.append(Glyph.space)
      prose.paragraph(sentences: prose.rng.within(1...5), highlight: false, into: &paragraph)
    }
    try emitParagraph()
  }

  /// The article's body: prose paragraphs with, now and then, a short subheading, a list, or
  /// a section of speakers' statements.
  private mutating func body() throws(SinkError) {
    let paragraphs = prose.rng.within(3...30)
    let highlightPercent = prose.rng.within(5...30)
    let speakersAt = prose.rng.chance(25) ? prose.rng.below(paragraphs) : -1
    let listAt = prose.rng.chance(20) ? prose.rng.below(paragraphs) : -1
    for index in 0..<paragraphs {
      if index == speakersAt { try speakers() }
      if index == listAt { try list() }
      if index > 0, prose.rng.chance(4) {
        prose.headline(into: &paragraph)
        try emitParagraph()  // a subheading
      }
      prose.paragraph(
        sentences: prose.rng.within(1...7), highlight: prose.rng.chance(highlightPercent),
        into: &paragraph)
      try emitParagraph(wrapAt: prose.rng.chance(8) ? prose.rng.within(60...78) : nil)
    }
  }

  private mutating func list() throws(SinkError) {
    let style = prose.rng.below(3)
    for item in 1...prose.rng.within(2...5) {
      switch style {
      case 0:
        appendDecimal(item, to: &paragraph)
        paragraph.append(contentsOf: Array(". ".utf8))
      case 1: paragraph.append(contentsOf: Array("- ".utf8))
      default:
        paragraph.append(contentsOf: Glyph.bullet)
        paragraph.append(Glyph.space)
      }
      prose.sentence(into: &paragraph)
      try emitParagraph()
    }
  }

  /// Statements by named speakers: `Role First Last:`, the quoted paragraphs, `Source`.
  private mutating func speakers() throws(SinkError) {
    for _ in 0..<prose.rng.within(2...6) {
      switch prose.rng.below(4) {
      case 0:
        paragraph.append(contentsOf: prose.rng.pick(prose.words.roleTitles))
        paragraph.append(Glyph.space)
      case 1:
        paragraph.append(contentsOf: prose.rng.pick(prose.words.roleTitles))
        paragraph.append(contentsOf: Array(" at ".utf8))
        paragraph.append(contentsOf: prose.rng.pick(prose.words.institutions))
        paragraph.append(contentsOf: Array(", ".utf8))
      default:
        paragraph.append(contentsOf: prose.rng.pick(prose.words.roleTitles))
        paragraph.append(contentsOf: Array(" of ".utf8))
        paragraph.append(contentsOf: prose.rng.pick(prose.words.institutions))
        paragraph.append(Glyph.space)
      }
      paragraph.append(contentsOf: personName())
      paragraph.append(0x3A)
      try emitParagraph()
      for _ in 0..<prose.rng.within(1...4) {
        prose.paragraph(
          sentences: prose.rng.within(1...6), highlight: prose.rng.chance(8), into: &paragraph)
        try emitParagraph()
      }
      if prose.rng.chance(90) { try emitLine("Source") }
    }
  }

  /// `TITLE [M-D-YYYY]`, with a note after the date when `note` is set.
  private mutating func relatedLink(note: Bool) throws(SinkError) {
    prose.headline(into: &paragraph)
    paragraph.append(contentsOf: Array(" [".utf8))
    let year = prose.rng.within(2019...2025)
    appendDecimal(prose.rng.within(1...12), to: &paragraph)
    paragraph.append(0x2D)
    appendDecimal(prose.rng.within(1...28), to: &paragraph)
    paragraph.append(0x2D)
    appendDecimal(year, to: &paragraph)
    paragraph.append(0x5D)
    if note {
      paragraph.append(Glyph.space)
      prose.paragraph(sentences: prose.rng.within(1...3), highlight: false, into: &paragraph)
    }
    try emitParagraph()
  }

  /// The compilation's own links and the page trailer.
  private mutating func closing() throws(SinkError) {
    sink.append("Additional Related Articles\n\n")
    for _ in 0..<prose.rng.within(1...3) { try relatedLink(note: prose.rng.chance(70)) }
    sink.append("Leave a Comment\n")
  }
}

/// The paragraphs before a document's first running prose, held back until it is clear where
/// the first piece starts.
///
/// A distributor's file opens with its header, a `*** START OF …` line, then the book's title
/// page, dedication and contents: none of it is a piece. Only a file whose first paragraph
/// opens such a header (it names the distributor, or is the start line) is held at all, so any
/// other file streams as it always did. The first piece starts at the last article start
/// before the prose (a title with a byline, or a heading set off as `SectionHeading` says),
/// and everything before it is front matter. Holding stops at the first prose paragraph after
/// the start line, or after `maximumParagraphs` or `maximumBytes`, so a file with no prose is
/// not held whole.
struct LeadIn {
  struct Held {
    var paragraph: Paragraph
    var gap: Int
  }

  static let maximumParagraphs = 400
  static let maximumBytes = 128 << 10

  private(set) var held: [Held] = []
  /// Index in `held` of the last distributor start line.
  private(set) var startMarker: Int?
  private var bytes = 0
  /// Whether holding stopped at prose after the start line (rather than at the end line, the
  /// end of the file or a limit).
  private var reachedProse = false

  /// Holds `paragraph`; returns true when holding should stop (the file has no distributor's
  /// header, the paragraph is prose after the start line, or too much is held). The paragraph
  /// is held either way. Prose in the header (its licence notice) does not stop it.
  mutating func hold(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph, gap: Int) -> Bool {
    let marker = DistributorMarker.parse(text, paragraph)
    if marker == .start { startMarker = held.count }
    let opensFile = held.isEmpty
    let isHeader = marker == .start || DistributorMarker.opensHeader(text, paragraph)
    bytes += paragraph.range.count
    let isProse = ProseParagraph.matches(text, paragraph) && startMarker != nil
    if isProse { reachedProse = true }
    held.append(Held(paragraph: paragraph, gap: gap))
    return (opensFile && !isHeader) || isProse || held.count >= Self.maximumParagraphs
      || bytes >= Self.maximumBytes
  }

  /// Where the first piece starts in `held`: 0 when there is no distributor start line, the
  /// last article start after it otherwise (or the paragraph after the whole lead-in's last
  /// one when there is none, leaving the prose to start an untitled piece).
  func firstPieceIndex(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    guard let marker = startMarker else { return 0 }
    if !reachedProse, let first = firstPieceWithText(text, after: marker) { return first }
    var found = held.count - 1
    var index = marker + 1
    while index < held.count - 1 {
      if startsPiece(text, at: index) { found = index }
      index += 1
    }
    return max(found, marker + 1)
  }

  /// With no prose at all after the start line (an anthology of short pieces), the last
  /// article start would leave every piece but the last in the front matter: the first piece
  /// is then the first article start whose byline is followed by a sentence, which a title
  /// page or a contents list never is.
  private func firstPieceWithText(_ text: UnsafeBufferPointer<UInt8>, after marker: Int) -> Int? {
    var index = marker + 1
    while index + 2 < held.count {
      if startsPiece(text, at: index) {
        var next = index + 1
        if SourceNote.matches(text, held[next].paragraph) { next += 1 }
        let body = next + 1
        if body < held.count, BylineParser.parse(text, held[next].paragraph) != nil,
          Self.isSentence(text, held[body].paragraph)
        {
          return index
        }
      }
      index += 1
    }
    return nil
  }

  /// A paragraph of five words or more ending in a full stop, `!`, `?` or `…`, a closing quote
  /// or bracket after it allowed.
  private static func isSentence(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph)
    -> Bool
  {
    let range = Bytes.trimmed(text, paragraph.range)
    guard range.count >= 20, Bytes.words(text, range).count >= 5 else { return false }
    var end = range.upperBound
    // Closing quotes and brackets, ASCII or UTF-8 (’ ” », whose last bytes are 0x99, 0x9D, 0xBB).
    while end > range.lowerBound,
      [
        UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), 0x99, 0x9D, 0xBB, 0x80, 0xE2,
        0xC2,
      ]
      .contains(text[end - 1])
    {
      end -= 1
    }
    guard end > range.lowerBound else { return false }
    let last = text[end - 1]
    return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
      || (last == 0xA6 && end >= 3 && text[end - 2] == 0x80 && text[end - 3] == 0xE2)
  }

  private func startsPiece(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let candidate = held[index].paragraph
    switch SectionHeading.parse(text, candidate, gap: held[index].gap) {
    case .piece, .numbered, .label: return true
    case .division, .apparatus: return false
    case nil: break
    }
    guard candidate.isSingleLine, index + 1 < held.count else { return false }
    var next = index + 1
    if SourceNote.matches(text, held[next].paragraph), next + 1 < held.count { next += 1 }
    return BylineParser.parse(text, held[next].paragraph) != nil
  }
}

import ReaderCore

/// The search matches of one part of a long block (`LongBlock`), as if the block were not
/// cut: a part owns the matches that start in it, reading on into the next part's first
/// characters, and marks the end of a match that the part before it owns.
///
/// Only a few bytes on each side of a cut are set as text, so a part still costs itself and
/// not its neighbours. For a query that overlaps itself (`aa` in `aaa…`), the matches
/// chosen near a cut may differ from those of the whole text searched at once.
struct PartMatches: Equatable {
  /// Character offsets, in the part's shown text, of the matches that start in it.
  var offsets: [Int]
  /// How many characters at the part's start end a match owned by the part before.
  var carried: Int

  /// The matches of `part` of `block`, whose shown text is `text`.
  init(
    _ search: TextSearch, text: String, part: LongBlock.Part, block: Int, article: Int,
    in document: Document
  ) {
    let reach = search.needle.count - 1
    guard reach > 0 else {
      offsets = search.offsets(in: text)
      carried = 0
      return
    }
    let neighbours = PartMatches.neighbours(of: part, block: block, reach: reach, in: document)
    func shown(_ piece: LongBlock.Part?) -> String {
      guard let piece else { return "" }
      return BlockText.text(
        of: BlockText.pieces(of: block, article: article, in: document, part: piece))
    }
    let head =
      neighbours.next == nil
      ? ""
      : PartMatches.gap(at: part.bytes.upperBound, in: document)
        + String(shown(neighbours.next).prefix(reach))
    let length = text.count
    var carried = 0
    if neighbours.previous != nil {
      let tail =
        String(shown(neighbours.previous).suffix(reach))
        + PartMatches.gap(at: part.bytes.lowerBound, in: document)
      let tailLength = tail.count
      if let first = search.offsets(in: tail + String(text.prefix(reach))).first,
        first < tailLength
      {
        carried = max(0, first + search.needle.count - tailLength)
      }
    }
    self.carried = carried
    offsets = search.offsets(in: text + head).filter { $0 >= carried && $0 < length }
  }

  /// What the whole block shows at a cut that neither part's text holds: each part is
  /// trimmed, so the space a cut follows is in neither.
  private static func gap(at cut: Int, in document: Document) -> String {
    guard cut > 0 else { return "" }
    switch document.storage.bytes[cut - 1] {
    case 0x20, 0x09, 0x0A, 0x0D: return " "
    default: return ""
    }
  }

  /// A few bytes before and after `part` within its block, on character boundaries: enough
  /// for `reach` characters once set as text, unless a run of whitespace folds away.
  private static func neighbours(
    of part: LongBlock.Part, block: Int, reach: Int, in document: Document
  ) -> (previous: LongBlock.Part?, next: LongBlock.Part?) {
    let spans = document.blocks[block].spans
    let start = document.spans[spans.lowerBound].range.lowerBound
    let end = document.spans[spans.upperBound - 1].range.upperBound
    let bytes = document.storage.bytes
    let span = 4 * reach + 64
    var previous: LongBlock.Part?
    if !part.isFirst && part.bytes.lowerBound > start {
      var from = max(start, part.bytes.lowerBound - span)
      while from < part.bytes.lowerBound && bytes[from] & 0xC0 == 0x80 { from += 1 }
      previous = LongBlock.Part(
        bytes: from..<part.bytes.lowerBound, isFirst: from == start, isLast: false)
    }
    var next: LongBlock.Part?
    if !part.isLast && part.bytes.upperBound < end {
      var to = min(end, part.bytes.upperBound + span)
      while to < end && bytes[to] & 0xC0 == 0x80 { to += 1 }
      next = LongBlock.Part(
        bytes: part.bytes.upperBound..<to, isFirst: false, isLast: to == end)
    }
    return (previous, next)
  }
}

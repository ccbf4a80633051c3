/// One highlight found in a block: the marked phrase and the markers around it.
struct BoldRun: Equatable {
  /// The phrase, markers excluded.
  var content: Range<Int>
  /// The phrase with its markers.
  var outer: Range<Int>
  /// This run is a piece of the one before, which it touches: strong around strong is one
  /// highlight cut where the inner markers stand, so that they are hidden too.
  var continues = false
}

/// Finds the editor's bold marks in one block: `**x**`, `__x__`, `<b>x</b>`, `<strong>x</strong>`
/// (tags in any case, the opening ones with or without attributes).
///
/// `**` and `__` pair as CommonMark's strong emphasis does (0.31.2, "process emphasis"): runs
/// open and close by the left- and right-flanking rules judged with Unicode whitespace and
/// punctuation, a closer pairs with the nearest opener before it, single `*` and `_` take part
/// as emphasis so that they use up the characters CommonMark gives them, and only strong pairs
/// become highlights. Highlights do not nest: of nested pairs the outer one is the
/// highlight, as Markdown's strong around strong is, cut into pieces at the inner markers so
/// that none shows (`**a **b** c**` is `a b c`), and directly stacked markers (`****x****`)
/// make one highlight. A tag pair is found as the
/// first closing tag after the opening one. Where a tag pair and a `**` pair overlap, the one
/// that starts first wins. The phrase may cross soft line breaks, since a block is one
/// paragraph; an opener with no closer in the block is literal text.
enum BoldScanner {
  private static let boldName = Array("b".utf8)
  private static let boldClose = Array("</b>".utf8)
  private static let strongName = Array("strong".utf8)
  private static let strongClose = Array("</strong>".utf8)

  static func scan(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [BoldRun] {
    let delimited = strongPairs(text, range)
    let tagged = tagPairs(text, range)
    if tagged.isEmpty { return delimited }
    if delimited.isEmpty { return tagged }
    // A highlight cut into pieces is kept or left whole.
    var groups: [[BoldRun]] = []
    for run in delimited {
      if run.continues, !groups.isEmpty {
        groups[groups.count - 1].append(run)
      } else {
        groups.append([run])
      }
    }
    groups += tagged.map { [$0] }
    var runs: [BoldRun] = []
    for group in groups.sorted(by: { $0[0].outer.lowerBound < $1[0].outer.lowerBound }) {
      if let last = runs.last, last.outer.upperBound > group[0].outer.lowerBound { continue }
      runs += group
    }
    return runs
  }

  // MARK: `**` and `__`

  private static func strongPairs(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> [BoldRun] {
    var runs = delimiterRuns(text, range)
    guard runs.count > 1 else { return [] }
    var matches = StrongNesting()
    // The list of live delimiters is linked backwards so that removing the ones between a
    // matched pair costs each delimiter once, keeping the whole pass linear.
    var previous = Array(-1..<runs.count - 1)
    // CommonMark's openers_bottom: per character, closer-can-open and closer length mod 3, the
    // delimiter below which no opener for such a closer can be found.
    var bottoms = [Int](repeating: -1, count: 12)
    var current = 0
    while current < runs.count {
      let closer = runs[current]
      guard closer.canClose, closer.remaining > 0 else {
        current += 1
        continue
      }
      let key =
        (closer.character == UInt8(ascii: "*") ? 0 : 6) + (closer.canOpen ? 3 : 0)
        + closer.length % 3
      var opener = previous[current]
      while opener > bottoms[key] {
        let candidate = runs[opener]
        if candidate.character == closer.character && candidate.canOpen
          && candidate.remaining > 0
        {
          let oddMatch =
            (closer.canOpen || candidate.canClose) && closer.length % 3 != 0
            && (candidate.length + closer.length) % 3 == 0
          if !oddMatch { break }
        }
        opener = previous[opener]
      }
      guard opener > bottoms[key] else {
        bottoms[key] = previous[current]
        if !closer.canOpen {
          runs[current].remaining = 0
          if current + 1 < runs.count { previous[current + 1] = previous[current] }
        }
        current += 1
        continue
      }
      var between = previous[current]
      while between != opener {
        runs[between].remaining = 0
        between = previous[between]
      }
      previous[current] = opener
      let used = runs[opener].remaining >= 2 && closer.remaining >= 2 ? 2 : 1
      let openerEnd = runs[opener].start + runs[opener].remaining
      let closerStart = closer.end - closer.remaining
      if used == 2 {
        matches.add(
          BoldRun(content: openerEnd..<closerStart, outer: openerEnd - 2..<closerStart + 2))
      }
      runs[opener].remaining -= used
      runs[current].remaining -= used
      if runs[opener].remaining == 0 { previous[current] = previous[opener] }
      if runs[current].remaining == 0 {
        if current + 1 < runs.count { previous[current + 1] = previous[current] }
        current += 1
      }
    }
    return matches.pieces()
  }

  private static func delimiterRuns(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> [DelimiterRun] {
    var runs: [DelimiterRun] = []
    var marks = ByteSearch(text, end: range.upperBound, UInt8(ascii: "*"), UInt8(ascii: "_"))
    var index = range.lowerBound
    while true {
      index = marks.next(from: index)
      guard index < range.upperBound else { break }
      var end = index + 1
      while end < range.upperBound && text[end] == text[index] { end += 1 }
      runs.append(DelimiterRun(text, index, end, paragraph: range))
      index = end
    }
    return runs
  }

  // MARK: Tags

  private static func tagPairs(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> [BoldRun] {
    var runs: [BoldRun] = []
    var boldExhausted = false
    var strongExhausted = false
    var marks = ByteSearch(text, end: range.upperBound, UInt8(ascii: "<"))
    var index = range.lowerBound
    let end = range.upperBound
    while true {
      index = marks.next(from: index)
      guard index < end else { break }
      var run: BoldRun?
      if !boldExhausted, let open = openingTagEnd(text, at: index, end: end, name: boldName) {
        run = tagPair(text, at: index, contentStart: open, end: end, boldClose, &boldExhausted)
      } else if !strongExhausted,
        let open = openingTagEnd(text, at: index, end: end, name: strongName)
      {
        run = tagPair(
          text, at: index, contentStart: open, end: end, strongClose, &strongExhausted)
      }
      if let run {
        runs.append(run)
        index = run.outer.upperBound
      } else {
        index += 1
      }
    }
    return runs
  }

  /// Where the text after an opening tag `<NAME>` or `<NAME attributes>` (any case) at `index`
  /// starts, or nil: a tag pasted from a page keeps its attributes (`<b class="x">`). The
  /// attributes stay on one line, hold no `<`, and end within 256 bytes.
  private static func openingTagEnd(
    _ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, name: [UInt8]
  ) -> Int? {
    let afterName = index + 1 + name.count
    guard afterName < end, Bytes.matches(text, at: index + 1, name, limit: end) else {
      return nil
    }
    switch text[afterName] {
    case UInt8(ascii: ">"): return afterName + 1
    case UInt8(ascii: " "), UInt8(ascii: "\t"): break
    default: return nil
    }
    var cursor = afterName + 1
    let limit = min(end, afterName + 256)
    while cursor < limit {
      switch text[cursor] {
      case UInt8(ascii: ">"): return cursor + 1
      case UInt8(ascii: "<"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return nil
      default: cursor += 1
      }
    }
    return nil
  }

  /// Once a search for a closing tag runs to the end, later openers of that tag cannot pair
  /// either (`exhausted`), so a long paragraph of unclosed tags stays linear.
  private static func tagPair(
    _ text: UnsafeBufferPointer<UInt8>, at index: Int, contentStart: Int, end: Int,
    _ close: [UInt8], _ exhausted: inout Bool
  ) -> BoldRun? {
    guard contentStart < end,
      let closer = Bytes.find(close, in: text, contentStart + 1..<end, ignoringCase: true)
    else {
      exhausted = true
      return nil
    }
    // Tags around nothing but spaces and line ends mark no phrase: a highlight of no words
    // would be counted, listed and stepped to as an empty one. They stay as written.
    guard (contentStart..<closer).contains(where: { !Bytes.isWhitespace(text[$0]) }) else {
      return nil
    }
    return BoldRun(content: contentStart..<closer, outer: index..<closer + close.count)
  }
}

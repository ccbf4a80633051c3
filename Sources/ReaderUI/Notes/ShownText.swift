import ReaderCore

/// A block's text as the reading pane shows it (`BlockText`), with the word and sentence
/// boundaries selection mode moves by. Offsets are UTF-8 offsets into `text`, as the wrapped
/// lines' cells carry them.
struct ShownText: Sendable, Hashable {
  let text: String
  private let scalars: [Unicode.Scalar]
  /// The UTF-8 offset of each scalar, then the text's length.
  private let starts: [Int]

  init(_ text: String) {
    self.text = text
    scalars = Array(text.unicodeScalars)
    var starts: [Int] = []
    starts.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      starts.append(offset)
      offset += UTF8.width(scalar)
    }
    starts.append(offset)
    self.starts = starts
  }

  /// The shown text of `block` (an index into `Document.blocks`) of article `article`; of a
  /// block too long to wrap whole, its first part only (`LongBlock`): decoding 20 MB to select
  /// a sentence would take seconds, and only the first part's lines carry offsets.
  init(block: Int, article: Int, in document: Document) {
    let first = LongBlock.parts(of: document.blocks[block], in: document)?.first
    self.init(
      BlockText.text(
        of: BlockText.pieces(of: block, article: article, in: document, part: first)))
  }

  /// The length in UTF-8 bytes.
  var length: Int { starts[scalars.count] }

  var isBlank: Bool { !scalars.contains { !ShownText.isSpace($0) } }

  /// The text of `range` (UTF-8 offsets).
  func string(_ range: Range<Int>) -> String {
    var result = ""
    result.unicodeScalars.append(
      contentsOf: scalars[index(of: range.lowerBound)..<index(of: range.upperBound)])
    return result
  }

  /// Up to `count` scalars before `offset`, and after `end`: a quote's context.
  func context(before offset: Int, count: Int) -> String {
    let at = index(of: offset)
    return string(starts[max(0, at - count)]..<offset)
  }

  func context(after offset: Int, count: Int) -> String {
    let at = index(of: offset)
    return string(offset..<starts[min(scalars.count, at + count)])
  }

  /// Every UTF-8 offset where `needle` occurs.
  func occurrences(of needle: String) -> [Int] {
    let wanted = Array(needle.unicodeScalars)
    guard !wanted.isEmpty, wanted.count <= scalars.count else { return [] }
    var found: [Int] = []
    for start in 0...(scalars.count - wanted.count)
    where scalars[start] == wanted[0] && scalars[start..<start + wanted.count].elementsEqual(wanted)
    {
      found.append(starts[start])
    }
    return found
  }

  // MARK: Sentences and words

  /// The first sentence starting at or after `offset`, nil when none does.
  func sentence(startingAtOrAfter offset: Int) -> Range<Int>? {
    guard let start = sentenceStarts().first(where: { $0 >= offset }) else { return nil }
    return start..<sentenceEnd(after: start)
  }

  /// The last sentence starting before `offset`, nil when none does.
  func sentence(startingBefore offset: Int) -> Range<Int>? {
    guard let start = sentenceStarts().last(where: { $0 < offset }) else { return nil }
    return start..<sentenceEnd(after: start)
  }

  /// The sentence holding `offset` or the next one: where a selection at `offset` starts.
  func sentenceStarts() -> [Int] {
    var result: [Int] = []
    var atStart = true
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if ShownText.isSpace(scalar) {
        index += 1
        continue
      }
      if atStart {
        result.append(starts[index])
        atStart = false
      }
      if ShownText.isTerminator(scalar) {
        var next = index + 1
        while next < scalars.count && ShownText.isCloser(scalars[next]) { next += 1 }
        if next == scalars.count || ShownText.isSpace(scalars[next]) { atStart = true }
        index = next
      } else {
        index += 1
      }
    }
    return result
  }

  /// The end of the sentence going on at `offset`: after its terminator and any closing
  /// quotes or brackets, else at the end of the text without its trailing spaces.
  func sentenceEnd(after offset: Int) -> Int {
    var index = self.index(of: offset)
    while index < scalars.count && ShownText.isSpace(scalars[index]) { index += 1 }
    while index < scalars.count {
      if ShownText.isTerminator(scalars[index]) {
        var next = index + 1
        while next < scalars.count && ShownText.isCloser(scalars[next]) { next += 1 }
        if next == scalars.count || ShownText.isSpace(scalars[next]) { return starts[next] }
        index = next
      } else {
        index += 1
      }
    }
    return trimmedEnd
  }

  /// The text's end without trailing spaces.
  var trimmedEnd: Int {
    var index = scalars.count
    while index > 0 && ShownText.isSpace(scalars[index - 1]) { index -= 1 }
    return starts[index]
  }

  /// The end of the next word after `offset` (the offset itself at the end of the text).
  func wordEnd(after offset: Int) -> Int {
    var index = self.index(of: offset)
    while index < scalars.count && ShownText.isSpace(scalars[index]) { index += 1 }
    while index < scalars.count && !ShownText.isSpace(scalars[index]) { index += 1 }
    return starts[index]
  }

  /// The end of the word before the one ending at or before `offset`.
  func wordEnd(before offset: Int) -> Int {
    var index = self.index(of: offset)
    while index > 0 && ShownText.isSpace(scalars[index - 1]) { index -= 1 }
    while index > 0 && !ShownText.isSpace(scalars[index - 1]) { index -= 1 }
    while index > 0 && ShownText.isSpace(scalars[index - 1]) { index -= 1 }
    return starts[index]
  }

  /// The start of the word at `offset`, or of the next word when `offset` is on a space: where
  /// a drag's selection starts.
  func wordStart(at offset: Int) -> Int {
    var index = self.index(of: offset)
    if index == scalars.count || ShownText.isSpace(scalars[index]) {
      while index < scalars.count && ShownText.isSpace(scalars[index]) { index += 1 }
      return starts[index]
    }
    while index > 0 && !ShownText.isSpace(scalars[index - 1]) { index -= 1 }
    return starts[index]
  }

  /// The end of the word at `offset`, or of the word before when `offset` is on a space: where
  /// a drag's selection ends.
  func wordEnd(at offset: Int) -> Int {
    var index = self.index(of: offset)
    if index == scalars.count || ShownText.isSpace(scalars[index]) {
      while index > 0 && ShownText.isSpace(scalars[index - 1]) { index -= 1 }
      return starts[index]
    }
    while index < scalars.count && !ShownText.isSpace(scalars[index]) { index += 1 }
    return starts[index]
  }

  /// The end of the last sentence ending before `offset`, if any.
  func sentenceEnd(before offset: Int, after start: Int) -> Int? {
    var best: Int?
    var cursor = start
    while cursor < offset {
      let end = sentenceEnd(after: cursor)
      guard end > cursor, end < offset else { break }
      best = end
      cursor = end
    }
    return best
  }

  /// The scalar index at UTF-8 offset `offset` (the first at or after it).
  private func index(of offset: Int) -> Int {
    var low = 0
    var high = scalars.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }

  private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
  }

  private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    "\"'”’»)]".unicodeScalars.contains(scalar) || isTerminator(scalar)
  }
}

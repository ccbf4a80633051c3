import ReaderCore
import ReaderScreen

/// What the skim view (`S`) keeps of an article: the title and byline whole, of every other
/// block only the sentences that hold a highlight (or, in a file without the editor's
/// highlights, the suggested key sentences once `*` placed them); each run of blocks left out
/// whole becomes one dim line (`… 4 paragraphs`).
enum SkimText {
  /// How the skim view shows one block.
  enum Treatment: Equatable {
    /// Shown whole.
    case whole
    /// Only its sentences with a highlight.
    case highlightedSentences
    /// Left out; the first block of a run left out carries the run's length.
    case omitted(runLength: Int?)
  }

  /// The treatment of each block of `article`, in order; `suggested` holds the blocks with a
  /// suggestion when the suggestions stand in for the highlights.
  static func treatments(
    of article: Article, in document: Document, suggested: Set<Int> = []
  ) -> [Treatment] {
    treatments(ofBlocks: article.blocks, in: document, suggested: suggested)
  }

  /// The treatments of `blocks`, as if they began an article (`blocks` is the rest of one
  /// after a block kept, or after the start of a run left out, when the skim view of an article
  /// still being read is extended).
  ///
  /// With `stoppingFrom`, the treatments end after the first block kept at or after that
  /// block (or at the end of `blocks`): the skim view of a long article is made a stretch at a
  /// time, and a stretch that ends on a kept block leaves no run left out to be lengthened by
  /// the next.
  static func treatments(
    ofBlocks blocks: Range<Int>, in document: Document, suggested: Set<Int> = [],
    stoppingFrom stop: Int? = nil
  ) -> [Treatment] {
    var result: [Treatment] = []
    let expected = stop.map { min(blocks.count, $0 - blocks.lowerBound + 1) }
    result.reserveCapacity(expected ?? blocks.count)
    var runStart: Int?
    // Read once: a growing book's snapshots hand over thousands of blocks at a time.
    let blockTable = document.blocks
    let spanTable = document.spans
    let anySuggested = !suggested.isEmpty
    for index in blocks {
      let kind = blockTable.kind(at: index)
      let kept: Treatment? =
        kind == .title || kind == .byline
        ? .whole
        : (anySuggested && suggested.contains(index))
          || spanTable.containsHighlight(blockTable.spans(at: index))
          ? .highlightedSentences : nil
      if let kept {
        result.append(kept)
        runStart = nil
        if let stop, index >= stop { break }
      } else if let start = runStart {
        result.append(.omitted(runLength: nil))
        result[start] = .omitted(runLength: result.count - start)
      } else {
        runStart = result.count
        result.append(.omitted(runLength: 1))
      }
    }
    return result
  }

  /// Where the run of blocks left out that ends `treatments` starts, if it ends in one: a
  /// later snapshot may lengthen that run, so its line is made again from there.
  static func trailingRunStart(_ treatments: [Treatment]) -> Int? {
    var index = treatments.count - 1
    while index >= 0, case .omitted(let length) = treatments[index] {
      if length != nil { return index }
      index -= 1
    }
    return nil
  }

  /// The dim line standing for `count` blocks left out.
  static func gapText(_ count: Int) -> String {
    "… \(count) \(count == 1 ? "paragraph" : "paragraphs")"
  }

  /// `pieces` with the characters inside `ranges` (UTF-8 offsets into their text, as
  /// `SuggestionPlacement` gives them) in the `suggested` role, so the skim view can keep and
  /// show those sentences: its cut text no longer matches the offsets marks are drawn by.
  static func suggesting(_ ranges: [Range<Int>], in pieces: [StyledPiece]) -> [StyledPiece] {
    guard !ranges.isEmpty else { return pieces }
    var result: [StyledPiece] = []
    var offset = 0
    for piece in pieces {
      for character in piece.text {
        let role = ranges.contains { $0.contains(offset) } ? Role.suggested : piece.role
        offset += character.utf8.count
        if let last = result.last, last.role == role, last.highlight == piece.highlight {
          result[result.count - 1].text.append(character)
        } else {
          result.append(StyledPiece(String(character), role, highlight: piece.highlight))
        }
      }
    }
    return result
  }

  /// The sentences of `characters`, each with the spaces after it: a sentence ends at `.`,
  /// `!`, `?` or `…` (and the closing marks after it) followed by a space or the end.
  static func sentenceRanges(_ characters: [Character]) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = 0
    var position = 0
    while position < characters.count {
      let character = characters[position]
      position += 1
      guard isSentenceEnd(character) else { continue }
      while position < characters.count && isClosingMark(characters[position]) {
        position += 1
      }
      if position == characters.count || characters[position].isWhitespace {
        while position < characters.count && characters[position].isWhitespace { position += 1 }
        sentences.append(start..<position)
        start = position
      }
    }
    if start < characters.count { sentences.append(start..<characters.count) }
    return sentences
  }

  // Switches rather than `String.contains`, which broke its own text into characters for each
  // one asked about: two thirds of the skim view's first screen (callgrind, 14 paragraphs).
  private static func isSentenceEnd(_ character: Character) -> Bool {
    switch character {
    case ".", "!", "?", "…": true
    default: false
    }
  }

  private static func isClosingMark(_ character: Character) -> Bool {
    switch character {
    case "\"", "”", "’", "'", ")", "»", "]": true
    default: false
    }
  }

  /// Whether the skim view shows the character at `offset` of block `index`'s shown text:
  /// `n` and `N` pass over the matches it leaves out. A block cut into parts is taken as
  /// shown (its offsets count from its parts).
  static func shows(
    offset: Int, inBlock index: Int, article: Int, of document: Document, suggested: Set<Int>
  ) -> Bool {
    let block = document.blocks[index]
    if block.kind == .title || block.kind == .byline { return true }
    let highlighted = block.spans.contains { document.spans[$0].style == .highlight }
    guard highlighted || suggested.contains(index) else { return false }
    guard LongBlock.parts(of: block, in: document) == nil else { return true }
    let pieces = BlockText.pieces(of: index, article: article, in: document, part: nil)
    var characters: [Character] = []
    var kept: [Bool] = []
    for piece in pieces {
      for character in piece.text {
        characters.append(character)
        kept.append(isKept(piece))
      }
    }
    // Suggestions are not in the pieces: a suggested block keeps what `*` placed, which only
    // the drawn view knows; take it as shown.
    guard highlighted else { return true }
    return sentenceRanges(characters).contains { sentence in
      sentence.contains(offset) && sentence.contains { kept[$0] }
    }
  }

  /// Whether the skim view keeps the sentence holding `piece`.
  static func isKept(_ piece: StyledPiece) -> Bool {
    piece.highlight >= 0 || piece.role == .suggested
  }

  /// `pieces` cut down to the sentences that hold a highlight or a suggestion, joined by
  /// ` … ` where text between them was left out.
  static func highlightedSentences(of pieces: [StyledPiece]) -> [StyledPiece] {
    cutToHighlightedSentences(pieces).pieces
  }

  /// `highlightedSentences`, and for each UTF-8 byte of the cut text the offset of that byte
  /// in the whole text (-1 for the ` … ` put in): the skim view's lines carry offsets into the
  /// block's whole shown text, as every other line does, since selections, your highlights
  /// and a search's start are counted in it.
  static func cutToHighlightedSentences(_ pieces: [StyledPiece]) -> (
    pieces: [StyledPiece], offsets: [Int]
  ) {
    var characters: [Character] = []
    // The piece each character comes from, and where each character starts in UTF-8 bytes.
    var owners: [Int] = []
    var starts: [Int] = []
    var byte = 0
    for (index, piece) in pieces.enumerated() {
      for character in piece.text {
        characters.append(character)
        owners.append(index)
        starts.append(byte)
        byte += character.utf8.count
      }
    }
    var result: [StyledPiece] = []
    var offsets: [Int] = []
    func append(_ range: Range<Int>) {
      // A run of one piece's characters at a time, not a character at a time.
      var start = range.lowerBound
      while start < range.upperBound {
        let piece = pieces[owners[start]]
        var end = start + 1
        while end < range.upperBound && owners[end] == owners[start] { end += 1 }
        let text = String(characters[start..<end])
        if let last = result.last, last.role == piece.role, last.highlight == piece.highlight {
          result[result.count - 1].text += text
        } else {
          result.append(StyledPiece(text, piece.role, highlight: piece.highlight))
        }
        for index in start..<end {
          offsets += starts[index]..<starts[index] + characters[index].utf8.count
        }
        start = end
      }
    }
    func appendEllipsis(_ text: String) {
      result.append(StyledPiece(text, .muted))
      offsets += repeatElement(-1, count: text.utf8.count)
    }
    var previousEnd = 0
    for sentence in sentenceRanges(characters)
    where sentence.contains(where: { isKept(pieces[owners[$0]]) }) {
      if sentence.lowerBound > previousEnd {
        trimTrailingSpace(&result, &offsets)
        appendEllipsis(result.isEmpty ? "… " : " … ")
      }
      append(sentence)
      previousEnd = sentence.upperBound
    }
    if previousEnd < characters.count, !result.isEmpty {
      trimTrailingSpace(&result, &offsets)
      appendEllipsis(" …")
    }
    return (result, offsets)
  }

  private static func trimTrailingSpace(_ pieces: inout [StyledPiece], _ offsets: inout [Int]) {
    guard !pieces.isEmpty else { return }
    while let last = pieces[pieces.count - 1].text.last, last.isWhitespace {
      pieces[pieces.count - 1].text.removeLast()
      offsets.removeLast(last.utf8.count)
    }
  }
}

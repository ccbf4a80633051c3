import ReaderCore
import ReaderScreen

/// An article wrapped to one text width: the reading pane's rows, and lookups from content
/// (anchors, highlights, search matches, quotes) to rows.
final class ArticleLines: Sendable {
  let article: Int
  let width: Int
  let lines: [ReadingLine]
  /// Per block of the article (offset by its first block): its first line, or -1.
  private let blockStarts: [Int]
  private let firstBlock: Int

  /// `plain`: the same article at the same width without search marks, if at hand; blocks
  /// without a match take their lines from it instead of being wrapped again, so marking the
  /// matches of each letter typed costs only the blocks that match.
  init(
    document: Document, article: Int, width: Int, search: TextSearch?,
    plain: ArticleLines? = nil
  ) {
    self.article = article
    self.width = width
    let blocks = document.articles[article].blocks
    firstBlock = blocks.lowerBound
    var lines: [ReadingLine] = []
    var starts = Array(repeating: -1, count: blocks.count)
    let search = search.flatMap { $0.isEmpty ? nil : $0 }
    let probe = search.map { ByteProbe($0.query) }
    let reusable = plain.flatMap { $0.article == article && $0.width == width ? $0 : nil }
    for index in blocks {
      starts[index - blocks.lowerBound] = lines.count
      let block = document.blocks[index]
      var pieces = BlockText.pieces(of: index, article: article, in: document)
      if let search, let probe {
        // The shown text must hold the probe for a match: most blocks are settled by bytes.
        let text = BlockText.text(of: pieces)
        if !probe.patterns.isEmpty && !probe.occurs(in: Array(text.utf8)) {
          if let reusable, let copied = reusable.lines(ofBlock: index) {
            lines += copied
            continue
          }
        } else {
          pieces = ArticleLines.marking(search, in: pieces)
        }
      }
      var rows = ArticleLines.setting(block, pieces: pieces, width: width)
      let next = index + 1 < blocks.upperBound ? document.blocks[index + 1].kind : nil
      if index + 1 < blocks.upperBound && ArticleLines.wantsBlankLine(after: block.kind, next: next)
      {
        rows.append(([], []))
      }
      let textRows = rows.count - (rows.last.map { $0.cells.isEmpty ? 1 : 0 } ?? 0)
      for (row, line) in rows.enumerated() {
        lines.append(
          ReadingLine(
            cells: line.cells, tags: line.tags, block: index,
            row: row < textRows ? row : ReadingAnchor.gap, rows: textRows))
      }
    }
    self.lines = lines
    blockStarts = starts
  }

  var count: Int { lines.count }

  /// The lines of `block`, its blank line after it included.
  func lines(ofBlock block: Int) -> ArraySlice<ReadingLine>? {
    guard let start = firstLine(ofBlock: block) else { return nil }
    return lines[start..<nextStart(after: block)]
  }

  /// The line an anchor points at (its row clamped to the block's lines).
  func index(of anchor: ReadingAnchor) -> Int {
    guard !lines.isEmpty else { return 0 }
    guard let start = firstLine(ofBlock: anchor.block) else {
      // An anchor from another article: the top.
      return 0
    }
    let end = nextStart(after: anchor.block)
    if anchor.row == ReadingAnchor.gap { return end - 1 }
    let rows = lines[start].rows
    var row = max(0, anchor.row)
    if anchor.rows > 0 && anchor.rows != rows { row = row * rows / anchor.rows }
    return min(start + row, end - 1)
  }

  /// The anchor of line `index` (clamped to the lines).
  func anchor(at index: Int) -> ReadingAnchor {
    guard !lines.isEmpty else { return ReadingAnchor(block: firstBlock, row: 0) }
    let line = lines[min(max(0, index), lines.count - 1)]
    return ReadingAnchor(block: line.block, row: line.row, rows: line.rows)
  }

  func firstLine(ofBlock block: Int) -> Int? {
    let offset = block - firstBlock
    guard offset >= 0, offset < blockStarts.count, blockStarts[offset] >= 0 else { return nil }
    return blockStarts[offset]
  }

  /// The first line showing part of highlight `highlight` (an index into
  /// `Document.highlights`), falling back to its block's first line.
  func line(ofHighlight highlight: Int, block: Int) -> Int? {
    guard let start = firstLine(ofBlock: block) else { return nil }
    let end = nextStart(after: block)
    for index in start..<end where lines[index].tags.contains(highlight) { return index }
    return start
  }

  /// The line showing the `ordinal`-th search match of `block`.
  func line(ofMatch ordinal: Int, block: Int) -> Int? {
    guard let start = firstLine(ofBlock: block) else { return nil }
    let tag = ReadingLine.searchTag(ordinal)
    let end = nextStart(after: block)
    for index in start..<end where lines[index].tags.contains(tag) { return index }
    return start
  }

  private func nextStart(after block: Int) -> Int {
    var offset = block - firstBlock + 1
    while offset < blockStarts.count {
      if blockStarts[offset] >= 0 { return blockStarts[offset] }
      offset += 1
    }
    return lines.count
  }

  private static func wantsBlankLine(after kind: BlockKind, next: BlockKind?) -> Bool {
    switch (kind, next) {
    case (.title, .byline?), (.speaker, .speakerQuote?), (.relatedLink, .relatedLink?):
      return false
    default:
      return true
    }
  }

  /// Splits `pieces` so every search match is a piece of its own in `.searchMatch`, tagged
  /// with its ordinal in the block.
  static func marking(_ search: TextSearch, in pieces: [StyledPiece]) -> [StyledPiece] {
    let offsets = search.offsets(in: BlockText.text(of: pieces))
    guard !offsets.isEmpty else { return pieces }
    let length = search.needle.count
    var result: [StyledPiece] = []
    var position = 0
    var match = 0
    for piece in pieces {
      let characters = Array(piece.text)
      var start = 0
      while start < characters.count {
        let absolute = position + start
        while match < offsets.count && offsets[match] + length <= absolute { match += 1 }
        var end = characters.count
        var inside = false
        if match < offsets.count {
          let matchStart = offsets[match]
          if matchStart <= absolute {
            inside = true
            end = min(end, matchStart + length - position)
          } else {
            end = min(end, matchStart - position)
          }
        }
        let text = String(characters[start..<end])
        if inside {
          result.append(StyledPiece(text, .searchMatch, highlight: ReadingLine.searchTag(match)))
        } else {
          result.append(StyledPiece(text, piece.role, highlight: piece.highlight))
        }
        start = end
      }
      position += characters.count
    }
    return result
  }
}

import ReaderCore
import ReaderScreen

/// An article wrapped to one text width: the reading pane's rows, and lookups from content
/// (anchors, highlights, search matches, quotes) to rows.
///
/// Wrapping is lazy. A block is wrapped when one of its lines is first asked for, and until
/// then counts as an estimate of its rows; so opening a long article costs the screen shown,
/// not the article. A block longer than `LongBlock.partBytes` is cut into parts near spaces
/// and each part is wrapped on its own (a row may end early where two parts meet): a 20 MB
/// paragraph opens like a short one. Articles up to `eagerBytes` are wrapped whole at once,
/// so for them every count is exact from the start, unless they are still being read.
///
/// Not thread-safe: the view layer owns it through its `WrappedLineCache`.
final class ArticleLines {
  let article: Int
  let width: Int
  private let document: Document
  private let search: TextSearch?
  private let probe: ByteProbe?
  /// The same article and width without search marks, whose lines blocks without a match
  /// borrow instead of being wrapped again.
  private let plain: ArticleLines?
  private let firstBlock: Int
  /// The skim view's treatment of each block (offset by `firstBlock`), or nil for the full
  /// text.
  private let skim: [SkimText.Treatment]?
  /// In the skim view, the suggested sentences per block (UTF-8 ranges in its shown text)
  /// when they stand in for the editor's highlights.
  private let suggested: [Int: [Range<Int>]]
  private var segments: [Segment] = []
  /// Per block of the article (offset by `firstBlock`), its first segment; then the count.
  private var blockSegments: [Int] = []
  /// Each segment's rows (exact once wrapped, an estimate before), with their running sums.
  private var rows = RowCounts([])

  /// The first row of the article's title, led by its number (`12. `), which the pane's
  /// header shows instead of a title of its own; the title's lines here start at its second
  /// row. Set once the title is wrapped (`headerTitle`).
  private var titleHeader: ReadingLine?

  /// Bytes of the article's text.
  private var textBytes = 0

  /// Articles up to this many bytes of text are wrapped whole when opened.
  static let eagerBytes = 256 * 1024

  /// A block, or one part of a long block. Kept small — 32 bytes — since an article of short
  /// paragraphs has one per paragraph (3 million one-letter paragraphs held 80 bytes each).
  private struct Segment {
    private var storedBlock: Int32
    private var storedPart: Int32
    private var storedEstimate: Int32
    /// Whether the blank line after the block (if any) belongs to this segment.
    var endsBlock: Bool
    var lines: [ReadingLine]?
    /// A long block's part; nil for a whole block.
    let long: LongSegment?

    init(
      block: Int, part: Int, longPart: LongBlock.Part? = nil, highlights: Set<Int> = [],
      endsBlock: Bool, estimate: Int
    ) {
      storedBlock = Int32(clamping: block)
      storedPart = Int32(clamping: part)
      storedEstimate = Int32(clamping: estimate)
      self.endsBlock = endsBlock
      long = longPart.map { LongSegment(part: $0, highlights: highlights) }
    }

    var block: Int { Int(storedBlock) }
    var part: Int { Int(storedPart) }
    var estimate: Int { Int(storedEstimate) }
    var longPart: LongBlock.Part? { long?.part }
    var highlights: Set<Int> { long?.highlights ?? [] }
    var rows: Int { lines?.count ?? estimate }
  }

  /// What only a long block's part has, out of line.
  private final class LongSegment {
    let part: LongBlock.Part
    /// The highlights the part holds.
    let highlights: Set<Int>
    /// With a search: how many matches the part holds, once counted.
    var matches: Int?

    init(part: LongBlock.Part, highlights: Set<Int>) {
      self.part = part
      self.highlights = highlights
    }
  }

  /// `plain`: the same article at the same width without search marks, if at hand; blocks
  /// without a match take their lines from it instead of being wrapped again, so marking the
  /// matches of each letter typed costs only the blocks that match.
  init(
    document: Document, article: Int, width: Int, search: TextSearch?,
    plain: ArticleLines? = nil, skim: Bool = false, suggested: [TextSpan] = []
  ) {
    self.article = article
    self.width = width
    self.document = document
    let search = search.flatMap { $0.isEmpty ? nil : $0 }
    self.search = search
    probe = search.map { ByteProbe($0.query) }
    self.plain = plain.flatMap { $0.article == article && $0.width == width ? $0 : nil }
    let blocks = document.articles[article].blocks
    firstBlock = blocks.lowerBound
    let suggested = Dictionary(
      grouping: skim ? suggested.filter { $0.article == article } : [], by: \.block
    ).mapValues { $0.map(\.range) }
    self.suggested = suggested
    self.skim =
      skim
      ? SkimText.treatments(
        of: document.articles[article], in: document, suggested: Set(suggested.keys)) : nil
    addSegments(blocks)
  }

  /// `old`'s article as a later snapshot of the same parse has it: an article still being read
  /// has grown at its end. Every block before `old`'s last keeps its segments, wrapped lines and
  /// counts, so the view keeps its place and nothing above it is wrapped again; the last block
  /// (which now has a block after it, and so a blank line) and the new ones are added as for a
  /// new article. Not for the skim view, whose treatments look at the whole article.
  init(extending old: ArticleLines, in document: Document, plain: ArticleLines?) {
    article = old.article
    width = old.width
    self.document = document
    search = old.search
    probe = old.probe
    self.plain = plain.flatMap { $0.article == old.article && $0.width == old.width ? $0 : nil }
    firstBlock = old.firstBlock
    skim = nil
    suggested = [:]
    let kept = max(0, old.blockSegments.count - 2)
    let keptSegments = old.blockSegments[kept]
    segments = Array(old.segments[..<keptSegments])
    blockSegments = Array(old.blockSegments[..<kept])
    titleHeader = keptSegments > 0 ? old.titleHeader : nil
    textBytes =
      old.textBytes - (kept < old.blockCount ? old.byteCount(ofBlock: firstBlock + kept) : 0)
    addSegments(firstBlock + kept..<document.articles[article].blocks.upperBound)
  }

  /// Appends the segments of `blocks` (the article's last ones) with their estimates, and wraps
  /// everything when the article is short enough.
  private func addSegments(_ blocks: Range<Int>) {
    for index in blocks {
      blockSegments.append(segments.count)
      let size = byteCount(ofBlock: index)
      textBytes += size
      if case .omitted(let run) = self.skim?[index - firstBlock] {
        segments.append(
          Segment(block: index, part: 0, endsBlock: true, estimate: run == nil ? 0 : 2))
      } else if let parts = parts(ofLongBlock: index) {
        segments += parts
      } else {
        segments.append(
          Segment(
            block: index, part: 0, endsBlock: true, estimate: estimatedRows(index, bytes: size)))
      }
    }
    blockSegments.append(segments.count)
    rows = RowCounts(segments.map(\.rows))
    // An article still being read is left lazy: it grows past the bound as it is read, and
    // wrapping what the loader read of a book would come before the first frame.
    let isOpen = document.lastArticleIsOpen && article == document.articles.count - 1
    if textBytes <= ArticleLines.eagerBytes && !isOpen {
      for segment in segments.indices { wrap(segment) }
    }
  }

  /// How many blocks the lines cover: an article still being read gets more in later
  /// snapshots.
  var blockCount: Int { blockSegments.count - 1 }

  /// Lines in the article: exact once every block is wrapped, an estimate before.
  var count: Int { rows.total }

  /// Line `index` (clamped to the lines); wraps its block if it was not yet. Call only when
  /// `count > 0`.
  func line(at index: Int) -> ReadingLine {
    var located = locate(index)
    while segments[located.segment].lines == nil {
      wrap(located.segment)
      located = locate(index)
    }
    let lines = segments[located.segment].lines!
    return lines[min(located.row, lines.count - 1)]
  }

  /// The title's first row for the pane's header, or nil when the article does not start with
  /// a title the header can hold (a title of more than `LongBlock.partBytes` stays in the
  /// lines, and the header names the article as before).
  func headerTitle() -> ReadingLine? {
    guard !segments.isEmpty, isHeaderTitle(segments[0]) else { return nil }
    wrap(0)
    return titleHeader
  }

  private func isHeaderTitle(_ segment: Segment) -> Bool {
    segment.block == firstBlock && segment.longPart == nil
      && document.blocks[segment.block].kind == .title
  }

  /// How many blocks and parts are wrapped so far (tests check that opening stays lazy).
  var wrappedSegments: Int { segments.count { $0.lines != nil } }

  /// How many blocks and parts the article has.
  var segmentCount: Int { segments.count }

  /// Every line, with every block wrapped (tests compare whole articles with it).
  var allLines: [ReadingLine] {
    for segment in segments.indices { wrap(segment) }
    return segments.flatMap { $0.lines ?? [] }
  }

  /// The line an anchor points at (its row clamped to the block's lines); wraps that block.
  func index(of anchor: ReadingAnchor) -> Int {
    guard count > 0 else { return 0 }
    let offset = anchor.block - firstBlock
    guard offset >= 0, offset + 1 < blockSegments.count,
      blockSegments[offset] < blockSegments[offset + 1]
    else {
      // An anchor from another article: the top.
      return 0
    }
    let segment = min(blockSegments[offset] + max(0, anchor.part), blockSegments[offset + 1] - 1)
    wrap(segment)
    let lines = segments[segment].lines!
    let start = rows.start(of: segment)
    guard !lines.isEmpty else { return min(start, count - 1) }
    if anchor.row == ReadingAnchor.gap { return start + lines.count - 1 }
    let rows = lines[0].rows
    var row = max(0, anchor.row)
    if anchor.rows > 0 && anchor.rows != rows { row = row * rows / anchor.rows }
    return min(start + row, start + lines.count - 1)
  }

  /// The anchor of line `index` (clamped to the lines).
  func anchor(at index: Int) -> ReadingAnchor {
    guard count > 0 else { return ReadingAnchor(block: firstBlock, row: 0) }
    let line = line(at: index)
    return ReadingAnchor(block: line.block, row: line.row, rows: line.rows, part: line.part)
  }

  /// Wraps every block from `above` lines over `anchor`'s line to `below` lines under it, and
  /// returns where that line is then. Estimates above it no longer move it afterwards.
  func settle(around anchor: ReadingAnchor, above: Int, below: Int) -> Int {
    while true {
      let index = index(of: anchor)
      let total = count
      guard total > 0 else { return 0 }
      let first = locate(max(0, index - above)).segment
      let last = locate(min(total - 1, index + below)).segment
      guard let unwrapped = (first...last).first(where: { segments[$0].lines == nil }) else {
        return index
      }
      wrap(unwrapped)
    }
  }

  /// Wraps blocks from the end until at least `rows` lines there are exact, so the last
  /// screen of the article is where it will stay.
  func settleTail(rows: Int) {
    var wrapped = 0
    var segment = segments.count - 1
    while segment >= 0 && wrapped < rows {
      wrap(segment)
      wrapped += segments[segment].rows
      segment -= 1
    }
  }

  /// The first line of `block` (its lines may still be an estimate), or nil for a block
  /// outside the article.
  func firstLine(ofBlock block: Int) -> Int? {
    let offset = block - firstBlock
    guard offset >= 0, offset + 1 < blockSegments.count else { return nil }
    return rows.start(of: blockSegments[offset])
  }

  /// The first line showing part of highlight `highlight` (an index into
  /// `Document.highlights`), falling back to its block's first line.
  func line(ofHighlight highlight: Int, block: Int) -> Int? {
    guard let range = segments(ofBlock: block) else { return nil }
    // A long block's parts know their highlights: only the part holding this one is wrapped.
    let segment =
      range.count == 1
      ? range.lowerBound : range.first { segments[$0].highlights.contains(highlight) }
    guard let segment else { return firstLine(ofBlock: block) }
    return line(tagged: highlight, in: segment)
  }

  /// The line showing the `ordinal`-th search match of `block`.
  func line(ofMatch ordinal: Int, block: Int) -> Int? {
    guard let range = segments(ofBlock: block) else { return nil }
    var before = 0
    for segment in range {
      let matches = range.count == 1 ? Int.max : matchCount(segment)
      if ordinal < before + matches {
        // A part's marks count from 0: a part is marked without counting the parts before.
        return line(tagged: ReadingLine.searchTag(ordinal - before), in: segment)
      }
      before += matches
    }
    return firstLine(ofBlock: block)
  }

  /// The lines of `block`'s `part` if they are wrapped already.
  fileprivate func wrappedLines(block: Int, part: Int) -> [ReadingLine]? {
    guard let range = segments(ofBlock: block), part < range.count else { return nil }
    return segments[range.lowerBound + part].lines
  }

  private func segments(ofBlock block: Int) -> Range<Int>? {
    let offset = block - firstBlock
    guard offset >= 0, offset + 1 < blockSegments.count else { return nil }
    return blockSegments[offset]..<blockSegments[offset + 1]
  }

  /// The first line of `segment` holding `tag`, else its first line.
  private func line(tagged tag: Int, in segment: Int) -> Int {
    wrap(segment)
    let row = segments[segment].lines!.firstIndex { $0.tags.contains(tag) } ?? 0
    return rows.start(of: segment) + row
  }

  // MARK: Segments

  /// The segment holding line `index` (clamped), and the row within it.
  private func locate(_ index: Int) -> (segment: Int, row: Int) {
    let total = rows.total
    return rows.locate(min(max(0, index), max(0, total - 1)))
  }

  private func wrap(_ index: Int) {
    guard segments[index].lines == nil else { return }
    let segment = segments[index]
    let treatment = skim?[segment.block - firstBlock]
    if case .omitted(let run) = treatment {
      let lines = run.map { gapLines(segment.block, $0) } ?? []
      segments[index].lines = lines
      rows.set(index, to: lines.count)
      return
    }
    var pieces = BlockText.pieces(
      of: segment.block, article: article, in: document, part: segment.longPart)
    if treatment == .highlightedSentences && segment.longPart == nil {
      pieces = SkimText.highlightedSentences(
        of: SkimText.suggesting(suggested[segment.block] ?? [], in: pieces))
    }
    let lines: [ReadingLine]
    if let search, let part = segment.longPart {
      if probe?.mayMatch(part, of: document.blocks[segment.block], in: document) != false {
        let found = PartMatches(
          search, text: BlockText.text(of: pieces), part: part, block: segment.block,
          article: article, in: document)
        segment.long?.matches = found.offsets.count
        pieces = ArticleLines.marking(
          found.offsets, search.needle.count, carried: found.carried, in: pieces)
      }
      lines = setLines(segment, pieces)
    } else if let search, mayMatch(search, pieces) {
      pieces = ArticleLines.marking(search, in: pieces)
      lines = setLines(segment, pieces)
    } else if search != nil,
      let borrowed = plain?.wrappedLines(block: segment.block, part: segment.part)
    {
      lines = borrowed
      if isHeaderTitle(segment) { titleHeader = plain?.titleHeader }
    } else {
      lines = setLines(segment, pieces)
    }
    segments[index].lines = lines
    rows.set(index, to: lines.count)
  }

  /// The skim view's dim line for `count` blocks left out from `block` on, and a blank line.
  private func gapLines(_ block: Int, _ count: Int) -> [ReadingLine] {
    let cells = fit(SkimText.gapText(count), width: width, role: .muted)
    let line = ReadingLine(
      cells: cells, tags: Array(repeating: -1, count: cells.count), block: block, part: 0,
      row: 0, rows: 1)
    guard block + count < document.articles[article].blocks.upperBound else { return [line] }
    return [
      line,
      ReadingLine(cells: [], tags: [], block: block, part: 0, row: ReadingAnchor.gap, rows: 1),
    ]
  }

  private func setLines(_ segment: Segment, _ pieces: [StyledPiece]) -> [ReadingLine] {
    if isHeaderTitle(segment) { return titleLines(segment, pieces) }
    let editor = document.editor.flatMap { $0.block == segment.block ? $0.name : nil }
    var rows = ArticleLines.setting(
      document.blocks[segment.block], pieces: pieces, width: width,
      continuing: segment.part > 0, editor: editor)
    if segment.endsBlock && hasBlankLine(after: segment.block) { rows.append(([], [], [])) }
    let textRows = rows.count - (rows.last.map { $0.cells.isEmpty ? 1 : 0 } ?? 0)
    return rows.enumerated().map { row, line in
      ReadingLine(
        cells: line.cells, tags: line.tags, offsets: line.offsets, block: segment.block,
        part: segment.part,
        row: row < textRows ? row : ReadingAnchor.gap, rows: textRows)
    }
  }

  /// The title wrapped after its number: the first row goes to the header (`titleHeader`),
  /// the rest are the block's lines, numbered from 0 as the block's own rows.
  private func titleLines(_ segment: Segment, _ pieces: [StyledPiece]) -> [ReadingLine] {
    let lead = "\(document.articles[article].number). "
    let leadBytes = lead.utf8.count
    let rows = ArticleLines.setting(
      document.blocks[segment.block], pieces: [StyledPiece(lead, .title)] + pieces, width: width)
    guard let first = rows.first else { return [] }
    func line(_ row: Row, _ index: Int, of count: Int) -> ReadingLine {
      ReadingLine(
        cells: row.cells, tags: row.tags,
        offsets: row.offsets.map { $0 >= leadBytes ? $0 - leadBytes : -1 },
        block: segment.block, part: 0, row: index, rows: count)
    }
    titleHeader = line(first, 0, of: 1)
    var lines = rows.dropFirst().enumerated().map { line($1, $0, of: rows.count - 1) }
    if segment.endsBlock && hasBlankLine(after: segment.block) && !lines.isEmpty {
      lines.append(
        ReadingLine(
          cells: [], tags: [], block: segment.block, part: 0, row: ReadingAnchor.gap,
          rows: lines.count))
    }
    return lines
  }

  /// Whether `pieces` can hold a match: the shown text must hold the probe, so most blocks
  /// are settled by bytes.
  private func mayMatch(_ search: TextSearch, _ pieces: [StyledPiece]) -> Bool {
    guard let probe, !probe.patterns.isEmpty else { return true }
    return probe.occurs(in: Array(BlockText.text(of: pieces).utf8))
  }

  /// Search matches in a long block's part: those starting in it (`PartMatches`).
  private func matchCount(_ index: Int) -> Int {
    let segment = segments[index]
    if let counted = segment.long?.matches { return counted }
    guard let search, let part = segment.longPart else { return 0 }
    if let probe,
      !probe.mayMatch(part, of: document.blocks[segment.block], in: document)
    {
      segment.long?.matches = 0
      return 0
    }
    let pieces = BlockText.pieces(
      of: segment.block, article: article, in: document, part: segment.longPart)
    let count = PartMatches(
      search, text: BlockText.text(of: pieces), part: part, block: segment.block,
      article: article, in: document
    ).offsets.count
    segment.long?.matches = count
    return count
  }

  /// A long block's parts, or nil when it cannot be cut.
  private func parts(ofLongBlock block: Int) -> [Segment]? {
    let model = document.blocks[block]
    guard let parts = LongBlock.parts(of: model, in: document) else { return nil }
    let highlights = model.spans.map { document.spans[$0] }.filter {
      $0.style == .highlight && $0.highlight >= 0
    }
    return parts.enumerated().map { index, part in
      Segment(
        block: block, part: index, longPart: part,
        highlights: Set(
          highlights.filter { $0.range.overlaps(part.bytes) }.map { Int($0.highlight) }),
        endsBlock: part.isLast,
        estimate: max(1, (part.bytes.count + width - 1) / max(1, width))
          + (part.isLast && hasBlankLine(after: block) ? 1 : 0))
    }
  }

  private func byteCount(ofBlock block: Int) -> Int {
    document.blocks[block].spans.reduce(0) { $0 + document.spans[$1].range.count }
  }

  /// A guess at a block's rows from its bytes (made-up text such as a byline's is short).
  private func estimatedRows(_ block: Int, bytes: Int) -> Int {
    max(1, (bytes + width - 1) / max(1, width)) + (hasBlankLine(after: block) ? 1 : 0)
  }

  private func hasBlankLine(after block: Int) -> Bool {
    let blocks = document.articles[article].blocks
    guard block + 1 < blocks.upperBound else { return false }
    switch (document.blocks[block].kind, document.blocks[block + 1].kind) {
    case (.title, .byline), (.speaker, .speakerQuote), (.relatedLink, .relatedLink):
      return false
    case (.verse, .verse):
      // Lines of one stanza stand on consecutive lines of the file.
      return document.blocks[block + 1].firstLine != document.blocks[block].lastLine + 1
    default:
      return true
    }
  }
}

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
/// Lines with search marks are an overlay on the unmarked lines (`plain`): they share its
/// segments and row counts and keep only the segments they have wrapped, so a query typed in
/// a book costs the blocks shown, not a segment per block of the book.
///
/// Not thread-safe: the view layer owns it through its `WrappedLineCache`.
///
/// Its mutable tables are `@exclusivity(unchecked)`: they are private, written only by its
/// own methods on one thread, and never passed `inout` across a call that could reach them
/// again; the run-time check of each access was 9 % of the instructions of a `j` in the seed
/// (about 385 accesses a key, 65 instructions each).
final class ArticleLines {
  let article: Int
  let width: Int
  @exclusivity(unchecked) private var document: Document
  private let search: TextSearch?
  private let probe: ByteProbe?
  /// With a search: the same article, width and view without marks. Its segments are
  /// shared, never written here; blocks without a match take its lines.
  private let plain: ArticleLines?
  /// With a search: the lines of each segment wrapped so far, marked where it has a match.
  @exclusivity(unchecked) private var marked: [Int: [ReadingLine]] = [:]
  /// With a search: row counts of its own, once a marked segment wrapped to a different
  /// number of rows than the plain one (a list item's hanging indent, measured from its
  /// first piece, can change when a match splits that piece); until then the plain ones.
  @exclusivity(unchecked) private var ownRows: RowCounts?
  private let firstBlock: Int
  /// The end of the article's blocks in `document` (`Document.blocks` indices): read once, as
  /// looking the article up copies its entry.
  @exclusivity(unchecked) private var blockEnd: Int
  /// The skim view's treatment of each block (offset by `firstBlock`), or nil for the full
  /// text.
  @exclusivity(unchecked) private var skim: [SkimText.Treatment]?
  /// In the skim view, the suggested sentences per block (UTF-8 ranges in its shown text)
  /// when they stand in for the editor's highlights.
  private let suggested: [Int: [Range<Int>]]
  /// In the skim view of an article of more than `skimStretch` blocks, the first block not
  /// yet given its treatment and segments. The blocks from it on stand as one last segment
  /// (index `segmentCount`) whose rows are a guess from the highlights among them, and are
  /// taken a stretch at a time when a line or a block there is asked for: the first `S` in a
  /// book of 150,000 paragraphs set them all (9–15 ms) to show one screen.
  @exclusivity(unchecked) private var pendingFrom: Int?
  /// How many blocks the skim view takes at a time (tests make it small).
  private var stretch = ArticleLines.skimStretch

  /// How many blocks the skim view has still pending (tests check it stays lazy).
  var pendingBlocks: Int { pendingFrom.map { blockEnd - $0 } ?? 0 }
  /// Per block of the article (offset by `firstBlock`), its first segment; then the count.
  /// Empty when every block is one segment (no block is long): segment `i` is then block
  /// `firstBlock + i`, and an article of millions of short paragraphs keeps nothing per block
  /// here but its row count.
  @exclusivity(unchecked) private var blockSegments: [Int32] = []
  /// How many blocks and parts the article has.
  @exclusivity(unchecked) private(set) var segmentCount = 0
  /// The lines of each segment wrapped so far.
  @exclusivity(unchecked) private var wrapped: [Int: [ReadingLine]] = [:]
  /// Each long block's parts, by segment.
  @exclusivity(unchecked) private var longParts: [Int: LongSegment] = [:]
  /// Each segment's rows (exact once wrapped, an estimate before), with their running sums.
  @exclusivity(unchecked) private var counts = RowCounts([])
  private var rows: RowCounts { ownRows ?? plain?.rows ?? counts }
  // The same row counts read in place. `rows` returns a copy, which retains and releases its
  // four tables and checks access to three properties: a frame's lines called it about a
  // hundred times a key press.
  private var rowTotal: Int { ownRows?.total ?? plain?.rowTotal ?? counts.total }
  private func rowCount(ofSegment segment: Int) -> Int {
    ownRows?[segment] ?? plain?.rowCount(ofSegment: segment) ?? counts[segment]
  }
  private func firstRow(ofSegment segment: Int) -> Int {
    ownRows?.start(of: segment) ?? plain?.firstRow(ofSegment: segment) ?? counts.start(of: segment)
  }
  private func segmentAndRow(at index: Int) -> (segment: Int, row: Int) {
    ownRows?.locate(index) ?? plain?.segmentAndRow(at: index) ?? counts.locate(index)
  }

  /// The first row of the article's title, led by its number (`12. `), which the pane's
  /// header shows instead of a title of its own; the title's lines here start at its second
  /// row. Set once the title is wrapped (`headerTitle`).
  @exclusivity(unchecked) private var titleHeader: ReadingLine?

  /// Bytes of the article's text.
  @exclusivity(unchecked) private var textBytes = 0

  /// Articles up to this many bytes of text — about a screenful — are wrapped whole when
  /// opened. Larger ones wrap as they are shown: at 256 KB, opening the seed's 15 KB first
  /// article wrapped all of it (9.4 M instructions, a third of the first frame) and so did
  /// the first `}` to every article of that size.
  static let eagerBytes = 8 * 1024

  /// How many blocks the skim view of a long article takes at a time (about 0.3 ms of work):
  /// see `pendingFrom`.
  static let skimStretch = 4096

  /// A block, or one part of a long block: made when asked for, from the block and its part.
  private struct Segment {
    let block: Int
    /// A long block's part; nil for a whole block.
    let long: LongSegment?

    var part: Int { long?.index ?? 0 }
    /// Whether the blank line after the block (if any) belongs to this segment.
    var endsBlock: Bool { long?.part.isLast ?? true }
    var longPart: LongBlock.Part? { long?.part }
    var highlights: Set<Int> { long?.highlights ?? [] }
  }

  /// What only a long block's part has, out of line.
  private final class LongSegment {
    let part: LongBlock.Part
    /// Which part of its block it is, from 0.
    let index: Int
    /// The highlights the part holds.
    let highlights: Set<Int>

    init(part: LongBlock.Part, index: Int, highlights: Set<Int>) {
      self.part = part
      self.index = index
      self.highlights = highlights
    }
  }

  /// `plain`: the same article, width and view without search marks, if at hand (else one is
  /// made); lines with a search are an overlay on it, so marking the matches of each letter
  /// typed costs only the blocks shown.
  init(
    document: Document, article: Int, width: Int, search: TextSearch?,
    plain: ArticleLines? = nil, skim: Bool = false, suggested: [TextSpan] = [],
    skimStretch: Int = ArticleLines.skimStretch
  ) {
    self.article = article
    self.width = width
    self.document = document
    let search = search.flatMap { $0.isEmpty ? nil : $0 }
    self.search = search
    probe = search.map { ByteProbe($0.query) }
    if search != nil {
      let base =
        plain.flatMap {
          $0.article == article && $0.width == width
            && $0.blockCount == document.articles[article].blocks.count ? $0 : nil
        }
        ?? ArticleLines(
          document: document, article: article, width: width, search: nil, skim: skim,
          suggested: suggested)
      // An overlay copies the plain lines' segments: they must all be there first.
      base.takePending(through: base.blockEnd - 1)
      self.plain = base
      firstBlock = base.firstBlock
      blockEnd = base.blockEnd
      self.suggested = base.suggested
      self.skim = base.skim
      blockSegments = base.blockSegments
      segmentCount = base.segmentCount
      longParts = base.longParts
      textBytes = base.textBytes
      return
    }
    self.plain = nil
    let blocks = document.articles[article].blocks
    firstBlock = blocks.lowerBound
    blockEnd = blocks.upperBound
    let suggested = Dictionary(
      grouping: skim ? suggested.filter { $0.article == article } : [], by: \.block
    ).mapValues { $0.map(\.range) }
    self.suggested = suggested
    guard skim else {
      self.skim = nil
      addSegments(blocks)
      return
    }
    stretch = skimStretch
    let lazy = blocks.count > skimStretch
    let treatments = SkimText.treatments(
      ofBlocks: blocks, in: document, suggested: Set(suggested.keys),
      stoppingFrom: lazy ? blocks.lowerBound + skimStretch : nil)
    self.skim = treatments
    let taken = blocks.lowerBound + treatments.count
    pendingFrom = taken < blocks.upperBound ? taken : nil
    addSegments(blocks.lowerBound..<taken)
  }

  /// A copy of `other` that wraps on its own from here, over `plain` (the copy of
  /// `other.plain`, if any). Its tables are values, shared until either side writes; the long
  /// parts are immutable. Every stored property is copied: one left out would make the copy
  /// differ from what `other` does next (`PreparedFrameTests` compares the two).
  private init(copying other: ArticleLines, plain: ArticleLines?) {
    article = other.article
    width = other.width
    document = other.document
    search = other.search
    probe = other.probe
    self.plain = plain
    marked = other.marked
    ownRows = other.ownRows
    firstBlock = other.firstBlock
    blockEnd = other.blockEnd
    skim = other.skim
    suggested = other.suggested
    pendingFrom = other.pendingFrom
    stretch = other.stretch
    blockSegments = other.blockSegments
    segmentCount = other.segmentCount
    wrapped = other.wrapped
    longParts = other.longParts
    counts = other.counts
    titleHeader = other.titleHeader
    textBytes = other.textBytes
    lastSettle = other.lastSettle
    ownRevision = other.ownRevision
  }

  /// A copy that wraps on its own, over `plain` (the copy of this one's `plain`); see
  /// `WrappedLineCache.copy()`.
  func copy(over plain: ArticleLines?) -> ArticleLines {
    ArticleLines(copying: self, plain: plain)
  }

  /// The unmarked lines this one overlays, if it marks a search.
  var overlaid: ArticleLines? { plain }

  /// Gives the skim view's blocks still pending (`pendingFrom`) their treatments and
  /// segments, at least through `block` and a stretch, and up to a block the view keeps. The
  /// pending segment is the last, so no line before it moves.
  private func takePending(through block: Int) {
    guard let from = pendingFrom, block >= from, skim != nil else { return }
    let treatments = SkimText.treatments(
      ofBlocks: from..<blockEnd, in: document, suggested: Set(suggested.keys),
      stoppingFrom: max(block, from + stretch))
    skim!.append(contentsOf: treatments)
    let taken = from + treatments.count
    pendingFrom = taken < blockEnd ? taken : nil
    ownRevision += 1
    // The table's closing entry (the segment count) is where the new blocks' entries start.
    if !blockSegments.isEmpty { blockSegments.removeLast() }
    addSegments(from..<taken, kept: from - firstBlock, keptSegments: segmentCount)
  }

  /// A guess at the skim view's rows for the pending blocks: a gap line and a blank before
  /// each highlight or suggestion among them, and two rows of its sentence.
  private func pendingRows() -> Int {
    guard let from = pendingFrom else { return 0 }
    let range = document.articles[article].highlights
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let middle = (low + high) / 2
      if document.highlights[middle].block < from { low = middle + 1 } else { high = middle }
    }
    let kept = range.upperBound - low + suggested.keys.count(where: { $0 >= from })
    return kept == 0 ? 1 : kept * 4 + 1
  }

  /// Takes `document`, a later snapshot of the same parse, in which the article (still being
  /// read) has grown at its end. Every block before the last one known keeps its segments,
  /// wrapped lines and counts, so the view keeps its place and nothing above it is wrapped
  /// again; the last block (which now has a block after it, and so a blank line) and the new
  /// ones are added as for a new article. In the skim view the blocks from the start of a
  /// last run left out are added again too, since the run may go on (and its line counts
  /// it). Only for unmarked lines: marked lines are an overlay made anew on the extended ones,
  /// and overlays made on these lines before are stale.
  ///
  /// In place: a copy of the tables for every snapshot of a growing book cost the keys
  /// pressed while it was read milliseconds (BENCHMARKS.md, session 29).
  func extend(in document: Document) {
    precondition(search == nil, "only lines without search marks are extended")
    if pendingFrom != nil {
      // The new blocks join the pending ones; only the guess at their rows changes.
      self.document = document
      blockEnd = document.articles[article].blocks.upperBound
      counts.set(segmentCount, to: pendingRows())
      ownRevision += 1
      return
    }
    let oldBlockCount = blockCount
    var kept = max(0, oldBlockCount - 1)
    if let skim, let runStart = SkimText.trailingRunStart(skim) {
      // The skim view's last run of blocks left out may grow: its line counts them.
      kept = min(kept, runStart)
    }
    // The blocks added again, as the snapshot they were read from has them.
    textBytes -= (firstBlock + kept..<firstBlock + oldBlockCount).reduce(0) {
      $0 + byteCount(ofBlock: $1)
    }
    self.document = document
    blockEnd = document.articles[article].blocks.upperBound
    if skim != nil {
      skim!.removeSubrange(kept...)
      skim!.append(
        contentsOf: SkimText.treatments(
          ofBlocks: firstBlock + kept..<blockEnd, in: document, suggested: Set(suggested.keys)))
    }
    let keptSegments = segments(ofBlock: firstBlock + kept)?.lowerBound ?? segmentCount
    if wrapped.keys.contains(where: { $0 >= keptSegments }) {
      wrapped = wrapped.filter { $0.key < keptSegments }
    }
    if longParts.keys.contains(where: { $0 >= keptSegments }) {
      longParts = longParts.filter { $0.key < keptSegments }
    }
    if keptSegments == 0 { titleHeader = nil }
    if !blockSegments.isEmpty { blockSegments.removeSubrange(kept...) }
    ownRevision += 1
    addSegments(firstBlock + kept..<blockEnd, kept: kept, keptSegments: keptSegments)
  }

  /// Appends the segments of `blocks` (the article's last ones) with their estimates after
  /// the first `kept` blocks (`keptSegments` segments), and wraps everything when the article
  /// is short enough.
  private func addSegments(_ blocks: Range<Int>, kept: Int = 0, keptSegments: Int = 0) {
    var longBlocks: [Int: [LongSegment]] = [:]
    // Each new block read once, for its bytes, its parts and the blank line after it: a
    // growing book adds tens of thousands of blocks a snapshot, and reading each block four
    // times for its estimate held the keys pressed meanwhile. A byte a block, as the row
    // counts keep them (`UInt8.max`: work it out again), for an article of a million
    // paragraphs peaks with this table too.
    var newRows: [UInt8] = []
    newRows.reserveCapacity(blocks.count)
    func keep(_ rows: Int) { newRows.append(UInt8(clamping: min(rows, Int(UInt8.max)))) }
    var previous: (block: Block, rows: Int)?
    // The tables read once: through `self`, each block's look-up retained them again.
    let blockTable = document.blocks
    let spanTable = document.spans
    let skim = self.skim
    let width = max(1, self.width)
    var addedBytes = 0
    for index in blocks {
      let block = blockTable[index]
      if let previous {
        keep(previous.rows + (Self.blankLine(between: previous.block, and: block) ? 1 : 0))
      }
      var bytes = 0
      var first: Int?
      var last = 0
      for span in block.spans {
        let range = spanTable.range(at: span)
        bytes += range.count
        if first == nil { first = range.lowerBound }
        last = range.upperBound
      }
      previous = (block, max(1, (bytes + width - 1) / width))
      addedBytes += bytes
      if let skim, case .omitted = skim[index - firstBlock] { continue }
      // Only a block whose spans stretch over more than a part can be cut into parts (the
      // test `LongBlock.parts` starts with).
      if let first, last - first > LongBlock.partBytes, let parts = parts(ofLongBlock: block) {
        longBlocks[index - firstBlock] = parts
      }
    }
    if let previous {
      keep(previous.rows + (hasBlankLine(after: blocks.upperBound - 1) ? 1 : 0))
    }
    textBytes += addedBytes
    func estimate(_ index: Int) -> Int {
      let segment = segment(index)
      let offset = segment.block - blocks.lowerBound
      guard segment.longPart == nil, offset >= 0, offset < newRows.count else {
        return estimatedRows(segment)
      }
      let kept = newRows[offset]
      if kept == UInt8.max { return estimatedRows(segment) }
      if case .omitted = skim?[segment.block - firstBlock] { return estimatedRows(segment) }
      return Int(kept)
    }
    if longBlocks.isEmpty && blockSegments.isEmpty {
      segmentCount = keptSegments + blocks.count
    } else {
      // Segments per block: the kept blocks' as they were, then the new ones'.
      if blockSegments.isEmpty { blockSegments = (0..<kept).map { Int32($0) } }
      var next = keptSegments
      for offset in blocks.lowerBound - firstBlock..<blocks.upperBound - firstBlock {
        blockSegments.append(Int32(next))
        if let parts = longBlocks[offset] {
          for part in parts { longParts[next + part.index] = part }
          next += parts.count
        } else {
          next += 1
        }
      }
      blockSegments.append(Int32(next))
      segmentCount = next
    }
    // The kept segments' counts stay (the same lines and the same estimates): working each
    // out again (a lookup of its lines, else an estimate from its bytes) for every segment of
    // a growing book on every snapshot held keys for milliseconds while it was indexed. Only
    // segments from `keptSegments` on are asked for, and none of those is wrapped yet.
    assert(wrapped.keys.allSatisfy { $0 < keptSegments })
    let pending = pendingFrom == nil ? 0 : 1
    counts.replaceSegments(from: keptSegments, count: segmentCount + pending) {
      $0 == segmentCount ? pendingRows() : estimate($0)
    }
    assert(
      (0..<keptSegments).allSatisfy {
        counts[$0] == wrapped[$0]?.count ?? estimatedRows(segment($0))
      })
    // The estimates read in one pass above are the ones `estimatedRows` makes block by block.
    assert((keptSegments..<segmentCount).allSatisfy { counts[$0] == estimatedRows(segment($0)) })
    // An article still being read is left lazy: it grows past the bound as it is read, and
    // wrapping what the loader read of a book would come before the first frame.
    let isOpen = document.lastArticleIsOpen && article == document.articles.count - 1
    if textBytes <= ArticleLines.eagerBytes && !isOpen && pendingFrom == nil {
      for segment in 0..<segmentCount { wrap(segment) }
    } else if keptSegments == 0, segmentCount > 0, isHeaderTitle(segment(0)) {
      // A title the pane's header holds has a row fewer than its estimate: left estimated, it
      // put every line under it one row further down than its lines are, and the first
      // screen of a long article opened on its second line.
      wrap(0)
    }
  }

  /// How many blocks the lines cover: an article still being read gets more in later
  /// snapshots.
  var blockCount: Int {
    if pendingFrom != nil { return blockEnd - firstBlock }
    return blockSegments.isEmpty ? segmentCount : blockSegments.count - 1
  }

  /// Lines in the article: exact once every block is wrapped, an estimate before.
  var count: Int { rowTotal }

  /// Line `index` (clamped to the lines); wraps its block if it was not yet. Call only when
  /// `count > 0`.
  func line(at index: Int) -> ReadingLine {
    var located = locate(index)
    while wrappedLines(located.segment) == nil {
      wrap(located.segment)
      located = locate(index)
    }
    let lines = wrappedLines(located.segment)!
    return lines[min(located.row, lines.count - 1)]
  }

  /// Lines `range`, each as `line(at:)` gives it: a frame's rows, taken one after another
  /// from a segment's lines instead of locating every row in the row counts.
  func lines(_ range: Range<Int>) -> [ReadingLine] {
    var result: [ReadingLine] = []
    result.reserveCapacity(range.count)
    var run: (lines: [ReadingLine], row: Int, end: Int)?
    for index in range {
      if let current = run, current.row + 1 < current.end {
        run?.row += 1
        result.append(current.lines[current.row + 1])
        continue
      }
      guard index >= 0, index < rowTotal else {
        result.append(line(at: index))
        run = nil
        continue
      }
      var located = locate(index)
      while wrappedLines(located.segment) == nil {
        wrap(located.segment)
        located = locate(index)
      }
      let lines = wrappedLines(located.segment)!
      let row = min(located.row, lines.count - 1)
      result.append(lines[row])
      // Later rows of the same segment, as far as both its lines and its row count reach.
      run = (lines, row, min(lines.count, rowCount(ofSegment: located.segment)))
    }
    return result
  }

  /// The title's first row for the pane's header, or nil when the article does not start with
  /// a title the header can hold (a title of more than `LongBlock.partBytes` stays in the
  /// lines, and the header names the article as before).
  func headerTitle() -> ReadingLine? {
    guard segmentCount > 0, isHeaderTitle(segment(0)) else { return nil }
    wrap(0)
    return titleHeader
  }

  private func isHeaderTitle(_ segment: Segment) -> Bool {
    segment.block == firstBlock && segment.longPart == nil
      && document.blocks[segment.block].kind == .title
  }

  /// How many blocks and parts are wrapped so far — with a search, set with their marks
  /// looked for (tests check that opening and typing stay lazy).
  var wrappedSegments: Int { plain == nil ? wrapped.count : marked.count }

  /// Every line, with every block wrapped (tests compare whole articles with it).
  var allLines: [ReadingLine] {
    takePending(through: blockEnd - 1)
    for segment in 0..<segmentCount { wrap(segment) }
    return (0..<segmentCount).flatMap { wrappedLines($0) ?? [] }
  }

  /// The line an anchor points at (its row clamped to the block's lines); wraps that block.
  func index(of anchor: ReadingAnchor) -> Int {
    guard count > 0 else { return 0 }
    guard let range = segments(ofBlock: anchor.block), !range.isEmpty else {
      // An anchor from another article: the top.
      return 0
    }
    let segment = min(range.lowerBound + max(0, anchor.part), range.upperBound - 1)
    wrap(segment)
    let lines = wrappedLines(segment)!
    let start = firstRow(ofSegment: segment)
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
    let question = SettleQuestion(anchor: anchor, above: above, below: below)
    if let last = lastSettle, last.question == question, last.revision == revision {
      return last.index
    }
    while true {
      let index = index(of: anchor)
      let total = count
      guard total > 0 else { return 0 }
      let first = locate(max(0, index - above)).segment
      let last = locate(min(total - 1, index + below)).segment
      guard let unwrapped = (first...last).first(where: { wrappedLines($0) == nil }) else {
        lastSettle = (question, revision, index)
        return index
      }
      wrap(unwrapped)
    }
  }

  /// What `settle` was asked.
  private struct SettleQuestion: Equatable {
    let anchor: ReadingAnchor
    let above: Int
    let below: Int
  }

  /// The last `settle`'s question and answer, at the revision it was given: asked again with
  /// nothing wrapped since, the answer stands. A key makes the reading view five times (the
  /// move, the pane, the sidebar's current quote, the status line), each settling the same
  /// screen again: an eighth of a `j` in the seed.
  @exclusivity(unchecked) private var lastSettle:
    (question: SettleQuestion, revision: Int, index: Int)?

  /// Changes whenever a row count may have changed here or in `plain`: both only grow, so
  /// their sum changes with either.
  private var revision: Int { ownRevision + (plain?.revision ?? 0) }
  @exclusivity(unchecked) private var ownRevision = 0

  /// Wraps blocks from the end until at least `rows` lines there are exact, so the last
  /// screen of the article is where it will stay.
  func settleTail(rows: Int) {
    takePending(through: blockEnd - 1)
    var exact = 0
    var segment = segmentCount - 1
    while segment >= 0 && exact < rows {
      wrap(segment)
      exact += rowCount(ofSegment: segment)
      segment -= 1
    }
  }

  /// The first line of `block` (its lines may still be an estimate), or nil for a block
  /// outside the article.
  func firstLine(ofBlock block: Int) -> Int? {
    guard let range = segments(ofBlock: block) else { return nil }
    return firstRow(ofSegment: range.lowerBound)
  }

  /// The first line showing part of highlight `highlight` (an index into
  /// `Document.highlights`), falling back to its block's first line.
  func line(ofHighlight highlight: Int, block: Int) -> Int? {
    guard let range = segments(ofBlock: block) else { return nil }
    // A long block's parts know their highlights: only the part holding this one is wrapped.
    let segment =
      range.count == 1
      ? range.lowerBound : range.first { self.segment($0).highlights.contains(highlight) }
    guard let segment else { return firstLine(ofBlock: block) }
    return line(tagged: highlight, in: segment)
  }

  /// The line showing the `ordinal`-th search match of `block` that starts at `offset`
  /// (`SearchMatch`): in a long block, the ordinal counts within the part holding the offset.
  func line(ofMatch ordinal: Int, block: Int, offset: Int) -> Int? {
    guard let range = segments(ofBlock: block) else { return nil }
    return line(tagged: ReadingLine.searchTag(ordinal), in: segment(of: range, at: offset))
  }

  /// Where a search from line `index` starts in its block, as a `SearchMatch` offset: the
  /// first character of the line, so that a search from the middle of a long paragraph starts
  /// there and not at the paragraph's top (in a long block, the part's first byte plus the
  /// character's offset in the part); 0 on a block's first line.
  func searchOffset(at index: Int) -> Int {
    let line = line(at: index)
    guard let range = segments(ofBlock: line.block), range.lowerBound + line.part < range.upperBound
    else { return 0 }
    let segment = self.segment(range.lowerBound + line.part)
    let base = segment.longPart?.bytes.lowerBound ?? 0
    guard line.row > 0, let first = line.offsets.first(where: { $0 >= 0 }), first > 0 else {
      return base
    }
    // The line's offsets are UTF-8 offsets into the shown text; matches count characters.
    let text = BlockText.text(
      of: BlockText.pieces(of: line.block, article: article, in: document, part: segment.longPart))
    let utf8 = text.utf8
    guard first <= utf8.count else { return base }
    return base + String(decoding: utf8.prefix(first), as: UTF8.self).count
  }

  /// The segment of `range` (one block's) holding byte `offset`: the last part starting at
  /// or before it.
  private func segment(of range: Range<Int>, at offset: Int) -> Int {
    var low = range.lowerBound
    var high = range.upperBound - 1
    while low < high {
      let middle = (low + high + 1) / 2
      let start = segment(middle).longPart?.bytes.lowerBound ?? 0
      if start <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  private func segments(ofBlock block: Int) -> Range<Int>? {
    if let pending = pendingFrom, block >= pending, block < blockEnd {
      takePending(through: block)
    }
    let offset = block - firstBlock
    if blockSegments.isEmpty {
      return offset >= 0 && offset < segmentCount ? offset..<offset + 1 : nil
    }
    guard offset >= 0, offset + 1 < blockSegments.count else { return nil }
    return Int(blockSegments[offset])..<Int(blockSegments[offset + 1])
  }

  /// The block and part of segment `index`.
  private func segment(_ index: Int) -> Segment {
    guard !blockSegments.isEmpty else { return Segment(block: firstBlock + index, long: nil) }
    // The last block starting at or before `index`: every block has at least one segment.
    var low = 0
    var high = blockSegments.count - 2
    while low < high {
      let middle = (low + high + 1) / 2
      if Int(blockSegments[middle]) <= index { low = middle } else { high = middle - 1 }
    }
    return Segment(block: firstBlock + low, long: longParts[index])
  }

  /// The first line of `segment` holding `tag`, else its first line.
  private func line(tagged tag: Int, in segment: Int) -> Int {
    wrap(segment)
    let row = wrappedLines(segment)!.firstIndex { $0.tags.contains(tag) } ?? 0
    return firstRow(ofSegment: segment) + row
  }

  // MARK: Segments

  /// The segment holding line `index` (clamped), and the row within it.
  private func locate(_ index: Int) -> (segment: Int, row: Int) {
    while let pending = pendingFrom {
      let found = segmentAndRow(at: min(max(0, index), max(0, rowTotal - 1)))
      guard found.segment >= segmentCount else { return found }
      takePending(through: pending)
    }
    return segmentAndRow(at: min(max(0, index), max(0, rowTotal - 1)))
  }

  /// The lines of segment `index` as this instance has set them, or nil before.
  private func wrappedLines(_ index: Int) -> [ReadingLine]? {
    plain == nil ? wrapped[index] : marked[index]
  }

  private func wrap(_ index: Int) {
    if let plain {
      mark(index, over: plain)
      return
    }
    guard wrapped[index] == nil else { return }
    let segment = self.segment(index)
    let treatment = skim?[segment.block - firstBlock]
    let lines: [ReadingLine]
    if case .omitted(let run) = treatment {
      lines = run.map { gapLines(segment.block, $0) } ?? []
    } else {
      let (pieces, shownOffsets) = pieces(of: segment, treatment)
      lines = setLines(segment, pieces, shownOffsets: shownOffsets)
    }
    wrapped[index] = lines
    counts.set(index, to: lines.count)
    ownRevision += 1
  }

  /// Sets segment `index` with its matches marked, or takes the plain lines when it holds
  /// none; the plain segment is wrapped first, so the rows both count are the same.
  private func mark(_ index: Int, over plain: ArticleLines) {
    guard marked[index] == nil else { return }
    plain.wrap(index)
    let marks = markedLines(index)
    let lines = marks ?? plain.wrapped[index]!
    if marks == nil && isHeaderTitle(segment(index)) { titleHeader = plain.titleHeader }
    marked[index] = lines
    ownRevision += 1
    if lines.count != rowCount(ofSegment: index) {
      if ownRows == nil { ownRows = plain.rows }
      ownRows?.set(index, to: lines.count)
    }
  }

  /// Segment `index` set with its search matches marked, or nil when it holds none.
  private func markedLines(_ index: Int) -> [ReadingLine]? {
    let segment = self.segment(index)
    let treatment = skim?[segment.block - firstBlock]
    guard let search else { return nil }
    if case .omitted = treatment { return nil }
    var (pieces, shownOffsets) = pieces(of: segment, treatment)
    if let part = segment.longPart {
      guard probe?.mayMatch(part, of: document.blocks[segment.block], in: document) != false
      else { return nil }
      let found = PartMatches(
        search, text: BlockText.text(of: pieces), part: part, block: segment.block,
        article: article, in: document)
      guard !found.offsets.isEmpty || found.carried > 0 else { return nil }
      pieces = ArticleLines.marking(
        found.offsets, search.needle.count, carried: found.carried, in: pieces)
    } else {
      guard mayMatch(search, pieces) else { return nil }
      let offsets = search.offsets(in: BlockText.text(of: pieces))
      guard !offsets.isEmpty else { return nil }
      pieces = ArticleLines.marking(offsets, search.needle.count, in: pieces)
    }
    return setLines(segment, pieces, shownOffsets: shownOffsets)
  }

  /// What `segment` shows, before marks: in the skim view, only the sentences it keeps, with
  /// where each byte of that cut text stands in the whole (nil: the text is the whole).
  private func pieces(of segment: Segment, _ treatment: SkimText.Treatment?) -> (
    [StyledPiece], [Int]?
  ) {
    let pieces = BlockText.pieces(
      of: segment.block, article: article, in: document, part: segment.longPart)
    guard treatment == .highlightedSentences && segment.longPart == nil else {
      return (pieces, nil)
    }
    let cut = SkimText.cutToHighlightedSentences(
      SkimText.suggesting(suggested[segment.block] ?? [], in: pieces))
    return (cut.pieces, cut.offsets)
  }

  /// The skim view's dim line for `count` blocks left out from `block` on, and a blank line.
  private func gapLines(_ block: Int, _ count: Int) -> [ReadingLine] {
    let cells = fit(SkimText.gapText(count), width: width, role: .muted)
    let line = ReadingLine(
      cells: cells, tags: Array(repeating: -1, count: cells.count), block: block, part: 0,
      row: 0, rows: 1)
    guard block + count < blockEnd else { return [line] }
    return [
      line,
      ReadingLine(cells: [], tags: [], block: block, part: 0, row: ReadingAnchor.gap, rows: 1),
    ]
  }

  /// `shownOffsets`: where each byte of a skim view's cut text stands in the block's whole
  /// text, which the lines' offsets count in.
  private func setLines(_ segment: Segment, _ pieces: [StyledPiece], shownOffsets: [Int]? = nil)
    -> [ReadingLine]
  {
    if isHeaderTitle(segment) { return titleLines(segment, pieces) }
    let editor = document.editor.flatMap { $0.block == segment.block ? $0.name : nil }
    var rows = ArticleLines.setting(
      document.blocks[segment.block], pieces: pieces, width: width,
      continuing: segment.part > 0, editor: editor)
    if segment.endsBlock && hasBlankLine(after: segment.block) { rows.append(([], [], [])) }
    let textRows = rows.count - (rows.last.map { $0.cells.isEmpty ? 1 : 0 } ?? 0)
    return rows.enumerated().map { row, line in
      var offsets = line.offsets
      if let shownOffsets {
        offsets = offsets.map { $0 >= 0 && $0 < shownOffsets.count ? shownOffsets[$0] : -1 }
      }
      return ReadingLine(
        cells: line.cells, tags: line.tags, offsets: offsets, block: segment.block,
        part: segment.part,
        row: row < textRows ? row : ReadingAnchor.gap, rows: textRows)
    }
  }

  /// The title wrapped after its number: the first row goes to the header (`titleHeader`),
  /// the rest are the block's lines, numbered from 0 as the block's own rows.
  private func titleLines(_ segment: Segment, _ pieces: [StyledPiece]) -> [ReadingLine] {
    let entry = document.articles[article]
    // A title numbered by the file (`2. The tool library`) keeps its own number alone.
    let lead = Self.isNumbered(entry.title) ? "" : "\(entry.number). "
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

  /// Whether `title` starts with a number and `.` or `)` and a space, as a numbered list's
  /// entries do.
  static func isNumbered(_ title: String) -> Bool {
    let digits = title.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4 else { return false }
    let rest = title.dropFirst(digits.count)
    return (rest.hasPrefix(". ") || rest.hasPrefix(") "))
  }

  /// Whether `pieces` can hold a match: the shown text must hold the probe, so most blocks
  /// are settled by bytes.
  private func mayMatch(_ search: TextSearch, _ pieces: [StyledPiece]) -> Bool {
    guard let probe, !probe.patterns.isEmpty else { return true }
    return probe.occurs(in: Array(BlockText.text(of: pieces).utf8))
  }

  /// A long block's parts, or nil when it cannot be cut.
  private func parts(ofLongBlock model: Block) -> [LongSegment]? {
    guard let parts = LongBlock.parts(of: model, in: document) else { return nil }
    // Spans run in byte order: one sweep hands each part the highlights it overlaps (a
    // filter of every highlight per part took 0.3 s for a paragraph of 313,000 highlights).
    var span = model.spans.lowerBound
    return parts.enumerated().map { index, part in
      while span < model.spans.upperBound
        && document.spans[span].range.upperBound <= part.bytes.lowerBound
      {
        span += 1
      }
      var highlights = Set<Int>()
      var next = span
      while next < model.spans.upperBound
        && document.spans[next].range.lowerBound < part.bytes.upperBound
      {
        let value = document.spans[next]
        if value.style == .highlight && value.highlight >= 0 && value.range.overlaps(part.bytes) {
          highlights.insert(Int(value.highlight))
        }
        next += 1
      }
      return LongSegment(part: part, index: index, highlights: highlights)
    }
  }

  /// A guess at a segment's rows before it is wrapped, from its bytes.
  private func estimatedRows(_ segment: Segment, bytes: Int? = nil) -> Int {
    if case .omitted(let run) = skim?[segment.block - firstBlock] { return run == nil ? 0 : 2 }
    guard let part = segment.longPart else {
      return estimatedRows(segment.block, bytes: bytes ?? byteCount(ofBlock: segment.block))
    }
    return max(1, (part.bytes.count + width - 1) / max(1, width))
      + (part.isLast && hasBlankLine(after: segment.block) ? 1 : 0)
  }

  private func byteCount(ofBlock block: Int) -> Int {
    document.blocks[block].spans.reduce(0) { $0 + document.spans[$1].range.count }
  }

  /// A guess at a block's rows from its bytes (made-up text such as a byline's is short).
  private func estimatedRows(_ block: Int, bytes: Int) -> Int {
    max(1, (bytes + width - 1) / max(1, width)) + (hasBlankLine(after: block) ? 1 : 0)
  }

  private func hasBlankLine(after block: Int) -> Bool {
    guard block + 1 < blockEnd else { return false }
    return Self.blankLine(between: document.blocks[block], and: document.blocks[block + 1])
  }

  /// Whether a blank line stands between two blocks that follow each other in an article.
  private static func blankLine(between this: Block, and next: Block) -> Bool {
    switch (this.kind, next.kind) {
    case (.title, .byline), (.speaker, .speakerQuote), (.relatedLink, .relatedLink):
      return false
    case (.verse, .verse):
      // Lines of one stanza stand on consecutive lines of the file.
      return next.firstLine != this.lastLine + 1
    default:
      return true
    }
  }
}

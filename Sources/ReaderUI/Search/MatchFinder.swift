import ReaderCore

/// Finds the search matches of one article: the byte probe picks the blocks that may hold
/// one, and only those are set as text and searched exactly.
struct MatchFinder {
  let document: Document
  let search: TextSearch
  let probe: ByteProbe

  init(document: Document, query: String) {
    self.document = document
    search = TextSearch(query)
    probe = ByteProbe(query)
  }

  /// Every match in `article`, in order.
  func matches(in article: Int) -> [SearchMatch] {
    guard !search.isEmpty else { return [] }
    return candidates(in: article).flatMap { matches(inBlock: $0, article: article) }
  }

  /// Every match in `block` of `article`, in order.
  func matches(inBlock block: Int, article: Int) -> [SearchMatch] {
    if let parts = LongBlock.parts(of: document.blocks[block], in: document) {
      return matches(in: block, parts: parts, article: article)
    }
    let text = BlockText.text(of: BlockText.pieces(of: block, article: article, in: document))
    // The shown text holds the probe too: a cheap byte test before the character search.
    guard probe.patterns.isEmpty || probe.occurs(in: Array(text.utf8)) else { return [] }
    return search.offsets(in: text).enumerated().map { ordinal, offset in
      SearchMatch(article: article, block: block, offset: offset, ordinal: ordinal)
    }
  }

  /// A long block's parts (`LongBlock`), searched one by one as the pane marks them: a match
  /// belongs to the part it starts in (`PartMatches`). A match's `offset` is then the part's
  /// first byte plus the offset in the part, which orders matches as offsets into the whole
  /// text would, and its `ordinal` counts from the part's first match, as the pane tags them,
  /// so that a match is found and shown without setting the parts before it as text.
  private func matches(in block: Int, parts: [LongBlock.Part], article: Int) -> [SearchMatch] {
    parts.indices.flatMap { matches(ofPart: parts[$0], block: block, article: article) }
  }

  /// The matches of one part of a long block; `probed`: the byte probe already let it through.
  func matches(ofPart part: LongBlock.Part, block: Int, article: Int, probed: Bool = false)
    -> [SearchMatch]
  {
    guard probed || probe.mayMatch(part, of: document.blocks[block], in: document) else {
      return []
    }
    let text = BlockText.text(
      of: BlockText.pieces(of: block, article: article, in: document, part: part))
    let found = PartMatches(
      search, text: text, part: part, block: block, article: article, in: document)
    return found.offsets.enumerated().map { ordinal, offset in
      SearchMatch(
        article: article, block: block, offset: part.bytes.lowerBound + offset, ordinal: ordinal)
    }
  }

  /// The blocks of `article` that may hold a match, ascending.
  func candidates(in article: Int) -> [Int] {
    let blocks = document.articles[article].blocks
    guard !probe.patterns.isEmpty, !blocks.isEmpty else { return Array(blocks) }
    var found: [Int] = []
    let text = document.storage.bytes
    let bytes = byteRange(of: article)
    var from = bytes.lowerBound
    var scanner = ByteProbe.Scanner(probe, text: text, end: bytes.upperBound)
    while from < bytes.upperBound, let hit = scanner.first(from: from) {
      let block = self.block(at: hit, in: blocks)
      found.append(block)
      from = max(hit + 1, end(of: block))
    }
    return Array(Set(found + candidatesBeyondBytes(in: article))).sorted()
  }

  /// The blocks of `article` that may hold a match the file's bytes do not show as written,
  /// ascending.
  func candidatesBeyondBytes(in article: Int) -> [Int] {
    candidatesBeyondBytes(in: article, blocks: document.articles[article].blocks)
  }

  /// Those of them in `window`: each kind is found by bisection and read only as far as the
  /// window goes, so a scan that moves forward block by block costs what it passes.
  func candidatesBeyondBytes(in article: Int, blocks window: Range<Int>) -> [Int] {
    let blocks = document.articles[article].blocks.clamped(to: window)
    guard !blocks.isEmpty else { return [] }
    var found: [Int] = []
    if let block = document.editor?.block, blocks.contains(block) { found.append(block) }
    if !probe.madeUp.isEmpty { found += madeUpBlocks(in: article, blocks: blocks) }
    found += blocksCutByMarkers(in: article, blocks: blocks)
    // Usually none: a forward scan asks for every stretch between two hits.
    return found.count < 2 ? found : Array(Set(found)).sorted()
  }

  /// From the article's first byte to the next article's first byte (to its last block's
  /// end for the last article: while indexing, the file goes on past it).
  func byteRange(of article: Int) -> Range<Int> {
    let blocks = document.articles[article].blocks
    guard !blocks.isEmpty else { return 0..<0 }
    let first = start(of: blocks.lowerBound)
    let next = article + 1
    let last =
      next < document.articles.count
      ? start(of: document.articles[next].blocks.lowerBound) : end(of: blocks.upperBound - 1)
    return first..<max(first, last)
  }

  /// Where block `index` starts in the file (its first span; blocks without spans take the
  /// next span's start, which keeps the order).
  func start(of index: Int) -> Int {
    guard index < document.blocks.count else { return document.storage.count }
    let first = document.blocks[index].spans.lowerBound
    return first < document.spans.count
      ? document.spans[first].range.lowerBound : document.storage.count
  }

  /// Where block `index`'s last span ends.
  func end(of index: Int) -> Int {
    let spans = document.blocks[index].spans
    return spans.isEmpty ? start(of: index) : document.spans[spans.upperBound - 1].range.upperBound
  }

  /// The last block of `blocks` starting at or before byte `offset`.
  func block(at offset: Int, in blocks: Range<Int>) -> Int {
    var low = blocks.lowerBound
    var high = blocks.upperBound
    while low < high {
      let middle = (low + high) / 2
      if start(of: middle) <= offset { low = middle + 1 } else { high = middle }
    }
    return max(blocks.lowerBound, low - 1)
  }

  /// The blocks in `blocks` whose text the pane builds rather than shows as written.
  private func madeUpBlocks(in article: Int, blocks: Range<Int>) -> [Int] {
    let value = document.articles[article]
    var result: [Int] = []
    if probe.madeUp.contains(.bylines) {
      for index in value.blocks.prefix(3)
      where blocks.contains(index) && document.blocks[index].kind == .byline {
        result.append(index)
      }
    }
    if probe.madeUp.contains(.speakers) {
      // Quotes are numbered in reading order: those starting just after the window's first
      // block on.
      var quote = MatchFinder.firstIndex(in: value.quotes) {
        document.quotes[$0].blocks.lowerBound > blocks.lowerBound
      }
      while quote < value.quotes.upperBound {
        let first = document.quotes[quote].blocks.lowerBound
        guard first - 1 < blocks.upperBound else { break }
        if document.quotes[quote].kind == .block && document.blocks[first - 1].kind == .speaker {
          result.append(first - 1)
        }
        quote += 1
      }
    }
    if probe.madeUp.contains(.links) {
      result += value.related.map(\.block).filter { blocks.contains($0) }
      // The compilation's own links are in file order: only those inside the window.
      let links = document.related
      var low = MatchFinder.firstIndex(in: 0..<links.count) { links[$0].block >= blocks.lowerBound }
      while low < links.count && links[low].block < blocks.upperBound {
        result.append(links[low].block)
        low += 1
      }
    }
    return result
  }

  /// The first index of `range` where `isPast` holds, for a predicate false then true along
  /// it (the range's end when it never holds).
  static func firstIndex(in range: Range<Int>, where isPast: (Int) -> Bool) -> Int {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let middle = (low + high) / 2
      if isPast(middle) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// Blocks with highlights where the probe's text runs across a bold marker (`**fo**o`):
  /// the bytes on both sides of each marker, joined, are probed. A long block (`LongBlock`)
  /// is left to its parts (`ByteProbe.mayMatch`), each of which is probed the same way when
  /// it is read: probing a paragraph of 313,000 highlights whole took every typed key 10 ms.
  private func blocksCutByMarkers(in article: Int, blocks: Range<Int>) -> [Int] {
    guard probe.length > 1 else { return [] }
    var result: [Int] = []
    // Highlights are numbered in reading order: those in the window only, a block at a time.
    let highlights = document.articles[article].highlights
    var highlight = MatchFinder.firstIndex(in: highlights) {
      document.highlights[$0].block >= blocks.lowerBound
    }
    while highlight < highlights.upperBound {
      let block = document.highlights[highlight].block
      guard block < blocks.upperBound else { break }
      let spans = document.blocks[block].spans
      if let first = spans.first, let last = spans.last,
        document.spans[last].range.upperBound - document.spans[first].range.lowerBound
          > LongBlock.partBytes
      {
        result.append(block)
      } else if spans.dropLast().contains(where: { index in
        let left = document.spans[index].range
        let right = document.spans[index + 1].range
        return left.upperBound < right.lowerBound
          && probe.isCut(between: left, and: right, in: document)
      }) {
        result.append(block)
      }
      // On to the next block's highlights.
      highlight = MatchFinder.firstIndex(in: highlight..<highlights.upperBound) {
        document.highlights[$0].block > block
      }
    }
    return result
  }
}

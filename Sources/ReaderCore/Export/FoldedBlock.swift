/// A block's text with soft line breaks folded (as `Bytes.appendFolding` folds them) and where
/// its highlights and links fall in it, in Unicode scalars.
///
/// A highlight stored as several spans (it crosses a soft line break) is one mark. The text is
/// decoded piece by piece between the marks' ends, so the offsets count exactly the scalars of
/// `text`, U+FFFD for invalid bytes included.
struct FoldedBlock {
  /// A highlight or a link (or both: bold words that are a link): scalar offsets into
  /// `text`, the first of its spans, and its index in `Document.links` if it is a link.
  struct Mark {
    var start: Int
    var end: Int
    var span: Int
    var link: Int?
  }

  private(set) var text = ""
  private(set) var marks: [Mark] = []

  init(block index: Int, in document: Document) {
    let block = document.blocks[index]
    let bytes = document.storage.bytes
    // The block's bytes joined, and the marked ranges in them (joined offsets).
    var joined: [UInt8] = []
    var marked: [(range: Range<Int>, span: Int, link: Int?)] = []
    for spanIndex in block.spans {
      let span = document.spans[spanIndex]
      let start = joined.count
      joined += bytes[span.range]
      guard span.style != .plain else { continue }
      let link = document.link(ofSpan: spanIndex, inBlock: index)
      if let last = marked.last, span.style == .highlight, link == nil, last.link == nil,
        document.spans[last.span].style == .highlight,
        document.spans[last.span].highlight == span.highlight, last.range.upperBound == start
      {
        marked[marked.count - 1].range = last.range.lowerBound..<joined.count
      } else {
        marked.append((start..<joined.count, spanIndex, link))
      }
    }
    let (folded, offsets) = Self.fold(
      joined, boundaries: marked.flatMap { [$0.range.lowerBound, $0.range.upperBound] })
    // Decode between consecutive boundaries, counting scalars as the pieces are joined.
    var scalarOffsets: [Int: Int] = [:]
    var scalars = 0
    var cursor = 0
    for offset in Set(offsets).sorted() + [folded.count] where offset >= cursor {
      let piece = String(decoding: folded[cursor..<offset], as: UTF8.self)
      text += piece
      scalars += piece.unicodeScalars.count
      scalarOffsets[offset] = scalars
      cursor = offset
    }
    scalarOffsets[0] = 0
    for (index, item) in marked.enumerated() {
      let start = scalarOffsets[offsets[2 * index]] ?? 0
      let end = scalarOffsets[offsets[2 * index + 1]] ?? start
      marks.append(Mark(start: start, end: max(start, end), span: item.span, link: item.link))
    }
  }

  /// `bytes` with each run of whitespace that holds a line break made one space (none at the
  /// ends), and where each of `boundaries` (offsets into `bytes`) lands in the result. A
  /// boundary inside such a run lands after its space when it starts a mark, before it when it
  /// ends one (even indexes start marks, odd ones end them).
  private static func fold(_ bytes: [UInt8], boundaries: [Int]) -> ([UInt8], [Int]) {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var landed = [Int](repeating: 0, count: boundaries.count)
    var order = boundaries.indices.sorted { boundaries[$0] < boundaries[$1] }[...]
    var index = 0
    while index < bytes.count {
      while let next = order.first, boundaries[next] <= index {
        landed[next] = output.count
        order.removeFirst()
      }
      guard Bytes.isWhitespace(bytes[index]) else {
        output.append(bytes[index])
        index += 1
        continue
      }
      var end = index
      var hasBreak = false
      while end < bytes.count && Bytes.isWhitespace(bytes[end]) {
        hasBreak = hasBreak || Bytes.isLineBreak(bytes[end])
        end += 1
      }
      let before = output.count
      if hasBreak {
        if !output.isEmpty && end < bytes.count { output.append(0x20) }
      } else {
        output += bytes[index..<end]
      }
      while let next = order.first, boundaries[next] < end {
        if !hasBreak {
          landed[next] = before + boundaries[next] - index
        } else {
          landed[next] = next % 2 == 0 ? output.count : before
        }
        order.removeFirst()
      }
      index = end
    }
    for next in order { landed[next] = output.count }
    return (output, landed)
  }
}

/// A verse paragraph's marks cut where its lines end, since each line becomes a block of its
/// own: bold over `The **rose is red` / `the violet** blue` becomes a piece on each line, the
/// later pieces continuing the first's highlight (FORMAT.md: a highlight may span soft line
/// breaks inside one paragraph, verse included).
enum VerseMarks {
  /// `marks` with every mark that crosses a line end cut into one piece per line; a piece
  /// left with no words (a tag alone on its line) only hides its markers.
  static func cut(_ marks: [InlineMark], at lines: [VerseParagraph.Line]) -> [InlineMark] {
    guard lines.count > 1,
      marks.contains(where: { mark in !lines.contains { $0.range.holds(mark.outer) } })
    else { return marks }
    var pieces: [InlineMark] = []
    for mark in marks {
      var started = mark.continuesHighlight
      for line in lines where line.range.overlaps(mark.outer) {
        var piece = mark
        piece.outer = clamped(mark.outer, to: line.range)
        piece.content = clamped(mark.content, to: piece.outer)
        if piece.content.isEmpty {
          piece.isFormatting = true
        } else {
          piece.continuesHighlight = started
          started = true
        }
        pieces.append(piece)
      }
    }
    return pieces
  }

  private static func clamped(_ range: Range<Int>, to bounds: Range<Int>) -> Range<Int> {
    let lower = min(max(range.lowerBound, bounds.lowerBound), bounds.upperBound)
    let upper = max(min(range.upperBound, bounds.upperBound), lower)
    return lower..<upper
  }
}

extension Range where Bound == Int {
  /// Whether `other` lies wholly inside this range.
  fileprivate func holds(_ other: Range<Int>) -> Bool {
    other.lowerBound >= lowerBound && other.upperBound <= upperBound
  }
}

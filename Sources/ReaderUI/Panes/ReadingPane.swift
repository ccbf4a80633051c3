import ReaderScreen

/// The reading pane: the open article's lines from the top of the view down, the highlight
/// jumped to in `.currentHighlight`; or a short message when no article is open. Draws only
/// its view model.
struct ReadingPane: Equatable {
  /// What the pane shows below its header.
  enum Body: Equatable {
    /// The lines on screen, top to bottom, and the highlight (index into
    /// `Document.highlights`) to draw as current, if any.
    case lines([ReadingLine], currentHighlight: Int?)
    case message(String)
  }

  var header: PaneHeader
  var body: Body
  /// Where the text column starts, and how wide it is.
  var textLeft: Int
  var textWidth: Int
  /// Your highlights and the selection, drawn over the lines.
  var marks: [TextMark] = []

  /// Draws the pane; the lines at `skipped` slots (rows below the header) are left as they
  /// are, drawn already (`ReadingShift`).
  func render(in area: Rect, on screen: inout Screen, skipping skipped: Range<Int> = 0..<0) {
    guard !area.isEmpty else { return }
    header.render(in: area, on: &screen)
    let firstRow = area.y + 1
    switch body {
    case .message(let message):
      _ = screen.put(
        fit(message, width: textWidth, role: .muted), x: textLeft, y: firstRow,
        maxWidth: textWidth)
    case .lines(let lines, let currentHighlight):
      let maxWidth = area.maxX - textLeft
      for (slot, line) in lines.enumerated() where !skipped.contains(slot) {
        let cells = line.shownCells(marks: marks, currentHighlight: currentHighlight)
        _ = screen.put(cells, x: textLeft, y: firstRow + slot, maxWidth: maxWidth)
      }
    }
  }
}

extension ReadingLine {
  /// The line as the pane draws it: `marks` (your highlights, the selection) over its cells,
  /// and the highlight jumped to in `.currentHighlight`. The header's title row too.
  func shownCells(marks: [TextMark], currentHighlight: Int?) -> [Cell] {
    var cells = marks.isEmpty ? self.cells : cells(marked: marks)
    if let current = currentHighlight {
      for (position, tag) in tags.enumerated()
      where tag == current && cells[position].role == .highlight {
        cells[position].role = .currentHighlight
      }
    }
    return cells
  }
}

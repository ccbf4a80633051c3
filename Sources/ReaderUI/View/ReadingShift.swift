import ReaderScreen

/// The reading pane's lines that a frame takes from the last frame's cells, moved: when the
/// pane only scrolled, the lines both frames show look the same, so only the header and the
/// lines that came into view are drawn (a `j` draws one line instead of a screenful).
struct ReadingShift {
  /// How many rows the lines moved up (negative: down).
  let distance: Int
  /// The slots (rows below the header, from 0) whose line is the last frame's slot
  /// `slot + distance`, drawn the same way.
  let kept: Range<Int>

  /// Nil unless `new` shows some of `old`'s lines, at other slots, with nothing about how
  /// they are drawn changed: the text column, your highlights and the selection, and the
  /// highlight drawn as current.
  init?(from old: ReadingPane?, to new: ReadingPane?) {
    guard let old, let new, old.textLeft == new.textLeft, old.textWidth == new.textWidth,
      case .lines(let before, let beforeCurrent) = old.body,
      case .lines(let after, let afterCurrent) = new.body,
      beforeCurrent == afterCurrent, old.marks == new.marks,
      let distance = Self.distance(from: before, to: after), distance != 0
    else { return nil }
    let kept = max(0, -distance)..<min(after.count, before.count - distance)
    guard !kept.isEmpty else { return nil }
    // Lines come from the wrapped-line cache, so equal lines share their arrays and compare
    // at once; a line marked anew (a search typed) differs, and the pane is drawn whole.
    for slot in kept where after[slot] != before[slot + distance] { return nil }
    self.distance = distance
    self.kept = kept
  }

  /// How far lines moved up (negative: down): where the new top line is among the old lines,
  /// or the old top line among the new.
  static func distance(from before: [ReadingLine], to after: [ReadingLine]) -> Int? {
    guard let firstBefore = before.first, let firstAfter = after.first else { return nil }
    func same(_ one: ReadingLine, _ other: ReadingLine) -> Bool {
      one.block == other.block && one.part == other.part && one.row == other.row
    }
    if let up = before.firstIndex(where: { same($0, firstAfter) }) { return up }
    if let down = after.firstIndex(where: { same($0, firstBefore) }) { return -down }
    return nil
  }

  /// Draws `pane` in `area` of `screen`, taking the kept lines' rows from `last`, the frame
  /// the pane scrolled from (same size and layout). Every other row of the area is blanked
  /// and drawn, so what was on `screen` in the area does not matter.
  func draw(_ pane: ReadingPane, in area: Rect, on screen: inout Screen, from last: Screen) {
    let firstRow = area.y + 1
    let keptRows = Rect(
      x: area.x, y: firstRow + kept.lowerBound, width: area.width, height: kept.count)
    screen.copy(keptRows, from: last, rowsDown: distance)
    let blank = Cell.blank()
    screen.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: blank)
    screen.fill(
      Rect(x: area.x, y: firstRow, width: area.width, height: kept.lowerBound), with: blank)
    screen.fill(
      Rect(x: area.x, y: keptRows.maxY, width: area.width, height: area.maxY - keptRows.maxY),
      with: blank)
    pane.render(in: area, on: &screen, skipping: kept)
  }
}

/// A drag on the reading pane's text selects as `v` does, so that the same keys follow: from
/// the start of the word under the press to the end of the word under the release, inside
/// the press's block (selections stay in one block). A click selects nothing.
extension Update {
  /// Remembers a press on the text; on the release at another cell, enters selection mode.
  static func trackDrag(_ mouse: MouseEvent, in model: inout ReaderModel, lines: WrappedLineCache) {
    switch mouse.action {
    case .press:
      model.notes.dragStart = nil
      guard canDrag(model),
        let point = Update(model, lines: lines).textPoint(
          atX: mouse.x, y: mouse.y, model.state, clamped: false),
        point.part == 0
      else { return }
      model.notes.dragStart = DragStart(
        x: mouse.x, y: mouse.y, article: model.state.openArticle, point: point)
    case .release:
      guard let start = model.notes.dragStart else { return }
      model.notes.dragStart = nil
      guard canDrag(model), start.article == model.state.openArticle,
        start.x != mouse.x || start.y != mouse.y,
        let end = Update(model, lines: lines).textPoint(
          atX: mouse.x, y: mouse.y, model.state, clamped: true),
        let span = dragSpan(from: start.point, to: end, model)
      else { return }
      model.state.message = nil
      model.notes.selected = nil
      model.notes.mode = .selecting(span)
    case .wheelUp, .wheelDown:
      break
    }
  }

  /// A drag needs the reading in front: no overlay, prompt or note being written.
  private static func canDrag(_ model: ReaderModel) -> Bool {
    guard model.mouseEnabled, model.state.overlay == nil, model.state.search?.isEditing != true,
      !model.document.articles.isEmpty
    else { return false }
    switch model.notes.mode {
    case .none, .selecting: return true
    case .editingNote, .confirmingRemoval: return false
    }
  }

  /// The words from `start` to `end` (either way round), cut at the end of `start`'s block.
  private static func dragSpan(from start: TextPoint, to end: TextPoint, _ model: ReaderModel)
    -> TextSpan?
  {
    let article = model.state.openArticle
    let text = ShownText(block: start.block, article: article, in: model.document)
    var lower: Int
    var upper: Int
    if end.block == start.block && end.part == 0 {
      lower = min(start.offset, end.offset)
      upper = max(start.offset, end.offset)
    } else if end.block < start.block {
      lower = 0
      upper = start.offset
    } else {
      lower = start.offset
      upper = Int.max
    }
    lower = text.wordStart(at: min(lower, text.length))
    upper = upper >= text.length ? text.trimmedEnd : text.wordEnd(at: upper)
    guard lower < upper else { return nil }
    return TextSpan(article: article, block: start.block, range: lower..<upper)
  }

  /// The text under the cell at (`x`, `y`): the character there, else the nearest one before
  /// it on its line (indentation and wide characters' second cells have none), else the
  /// line's first. `clamped`, a cell off the text counts as the nearest line on screen: above
  /// the pane as its first line's start, below as its last line's end.
  func textPoint(atX x: Int, y: Int, _ state: AppState, clamped: Bool) -> TextPoint? {
    let layout = state.layout
    guard let view = readingView(state), view.lines.count > view.top else { return nil }
    let shown = min(view.height, view.lines.count - view.top)
    var row = y - layout.paneRows.lowerBound - 1
    var column = x - layout.textLeft
    if !clamped {
      guard layout.pane(atColumn: x) == .reading, row >= 0, row < shown else { return nil }
    } else if row < 0 {
      row = 0
      column = Int.min
    } else if row >= shown {
      row = shown - 1
      column = Int.max
    }
    let line = view.lines.line(at: view.top + row)
    let offsets = line.offsets
    guard line.row != ReadingAnchor.gap, let first = offsets.firstIndex(where: { $0 >= 0 }) else {
      return TextPoint(block: line.block, part: line.part, offset: Int.max)
    }
    let at = min(max(column, 0), offsets.count - 1)
    let offset = offsets[...at].last { $0 >= 0 } ?? offsets[first]
    return TextPoint(block: line.block, part: line.part, offset: offset)
  }
}

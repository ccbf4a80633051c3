import ReaderScreen

/// A run of a block's shown text drawn in another role: your highlights, the selection.
struct TextMark: Sendable, Hashable {
  /// Index into `Document.blocks`.
  var block: Int
  /// UTF-8 offsets into the block's shown text, as `ReadingLine.offsets` holds them.
  var range: Range<Int>
  var role: Role
}

/// What the notes add to the view models: marks in the reading pane, prompts in the status
/// line.
struct NotesView {
  let notes: NotesState
  let openArticle: Int

  /// Your highlights in the open article, then the selection over them (later marks win).
  var marks: [TextMark] {
    var marks = notes.placed.values
      .filter { $0.article == openArticle }
      .sorted { ($0.block, $0.range.lowerBound) < ($1.block, $1.range.lowerBound) }
      .map { TextMark(block: $0.block, range: $0.range, role: .ownHighlight) }
    var chosen: TextSpan?
    switch notes.mode {
    case .selecting(let span): chosen = span
    case .editingNote(.selection(let span), _): chosen = span
    default: chosen = notes.selected
    }
    if let chosen, chosen.article == openArticle {
      marks.append(TextMark(block: chosen.block, range: chosen.range, role: .selection))
    }
    return marks
  }

  /// The status line while a mode wants the keys; nil otherwise. `cursor`: where it stands
  /// in a note being typed (`AppState.promptCursor`), in a status line `width` wide.
  func statusLine(message: String?, cursor: Int? = nil, width: Int = 80) -> StatusLine? {
    switch notes.mode {
    case .none:
      return nil
    case .selecting:
      return StatusLine(
        items: [
          [(" select", .statusAccent)],
          [("j k move · w b ) ( $ extend · h keep · c note", .status)],
        ],
        right: message.map { ($0 + " ", .statusAccent) } ?? ("Esc cancel ", .status),
        rightIsHint: message == nil)
    case .editingNote(_, let text):
      let line = LineEdit(text, cursor: cursor).shown(width: width - 7)
      return StatusLine(
        items: [
          [
            (" note: ", .statusAccent), (line.before, .status), ("▏", .statusAccent),
            (line.after, .status),
          ]
        ],
        right: ("Enter save · Esc cancel ", .status), rightIsHint: true)
    case .confirmingRemoval(let id):
      // Asked from the `H` list of one whose text is gone: the prompt says why it is offered.
      let question =
        notes.orphaned.contains(id)
        ? " its text is gone: remove it and its note? "
        : " remove this highlight of yours and its note? "
      return StatusLine(
        items: [[(question, .statusAccent)]], right: ("y remove · any other key keeps it ", .status)
      )
    }
  }
}

extension ReadingLine {
  /// The line's cells with `marks` drawn over them (only a block's first part carries offsets
  /// into the whole block's text).
  func cells(marked marks: [TextMark]) -> [Cell] {
    guard part == 0, !offsets.isEmpty else { return cells }
    var cells = self.cells
    for mark in marks where mark.block == block {
      for (position, offset) in offsets.enumerated()
      where offset >= 0 && mark.range.contains(offset) {
        cells[position].mark(mark.role)
      }
    }
    return cells
  }
}

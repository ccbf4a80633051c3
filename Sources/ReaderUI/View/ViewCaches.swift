import ReaderScreen

/// The view layer's memory between frames: wrapped articles (lent to the update for
/// scrolling), list and sidebar rows, and the previous frame's panes. Nothing in it is state:
/// dropping it changes no text on the screen, only how long the next frame takes, and the
/// status line's percent, which reads the wrapped lines' estimated counts (a frame drawn ahead
/// therefore wraps in a copy of them).
final class ViewCaches {
  /// A var: a frame drawn ahead and taken brings its own copy (`PreparedFrame`).
  var lines: WrappedLineCache
  let rows: RowCellCache
  let pieces: PieceCellCache
  var drawn: DrawnPanes?
  /// The screen of the frame before `drawn` (when `drawn` was made from it by redrawing some
  /// areas), whose cells the next frame is drawn on: the terminal's painter holds `drawn`'s
  /// for its comparison, and copying a whole screen for every key cost more than drawing it.
  var spare: Screen?

  init() {
    lines = WrappedLineCache()
    rows = RowCellCache()
    pieces = PieceCellCache()
  }

  /// Caches for a frame drawn ahead (`PreparedFrame`): the same status line pieces, rows
  /// read from the real cache but kept apart (`RowCellCache(over:)`: a dozen frames drawn
  /// ahead a key filled it and started it over), and their own copies of the wrapped lines
  /// (whose estimates a key changes as it wraps) and of the last frame's panes, so that drawing ahead leaves the
  /// real next frame's starting point as it was. No spare screen: the real one stays held by
  /// the real caches alone, so that a key not drawn ahead still draws on it in place (after
  /// a frame is adopted, its spare is the frame before, which the frames not taken also hold
  /// until they are freed).
  init(branchingFrom other: ViewCaches) {
    lines = other.lines.copy()
    rows = RowCellCache(over: other.rows)
    pieces = other.pieces
    drawn = other.drawn
    spare = nil
  }
}

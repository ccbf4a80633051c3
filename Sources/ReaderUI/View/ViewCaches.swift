import ReaderScreen

/// The view layer's memory between frames: wrapped articles (lent to the update for
/// scrolling), list and sidebar rows, and the previous frame's panes. Nothing in it is state:
/// dropping it changes no frame, only how long the next one takes.
final class ViewCaches {
  let lines = WrappedLineCache()
  let rows = RowCellCache()
  let pieces = PieceCellCache()
  var drawn: DrawnPanes?
  /// The screen of the frame before `drawn` (when `drawn` was made from it by redrawing some
  /// areas), whose cells the next frame is drawn on: the terminal's painter holds `drawn`'s
  /// for its comparison, and copying a whole screen for every key cost more than drawing it.
  var spare: Screen?
}
